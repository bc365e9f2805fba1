package org.bulwark.render;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bulwark.link.Index;
import org.bulwark.link.Urls;
import org.bulwark.model.Applicability;
import org.bulwark.model.Area;
import org.bulwark.model.Control;
import org.bulwark.model.Framework;
import org.bulwark.model.LayerOwner;
import org.bulwark.model.Page;
import org.bulwark.model.Ref;
import org.bulwark.model.Requirement;
import org.bulwark.model.Service;
import org.bulwark.model.Status;
import org.bulwark.model.Term;
import org.bulwark.model.Topic;

/**
 * The search index, built once per site and written as a script ({@code search-index.js},
 * {@code window.BULWARK_SEARCH = {...}}) so that search works from {@code file://}, where a page
 * cannot fetch JSON. search.js loads it lazily and reads it as follows:
 *
 * <ul>
 *   <li>{@code types}: document kinds, and {@code urls}: each kind's URL with {@code {id}};</li>
 *   <li>{@code docs}: {@code [type, id, title, snippet, aliases, status]}, status only when not
 *       active; a document's number is its position;</li>
 *   <li>{@code words}: every indexed word, sorted, separated by spaces (prefix search is a
 *       binary search), and {@code postings}: per word, the encoded documents it occurs in
 *       ({@link SearchPostings}).</li>
 * </ul>
 *
 * Ids are not split into words: search.js matches them exactly or by prefix against the
 * documents' ids and aliases.
 */
public final class SearchIndex {
    static final int FORMAT = 1;
    private static final int SNIPPET = 160;
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");
    private static final List<String> TYPES = List.of("control", "area", "service", "page", "term", "framework");

    private final List<Object[]> docs = new ArrayList<>();
    private final SearchPostings postings = new SearchPostings();
    private final RenderedContent rendered;

    private SearchIndex(RenderedContent rendered) {
        this.rendered = rendered;
    }

    public static byte[] build(Index index, PageModels models, RenderedContent rendered) {
        SearchIndex search = new SearchIndex(rendered);
        for (Control c : models.published()) search.control(index, c);
        for (Area a : index.content().areas()) search.area(a);
        for (Service s : index.content().services()) search.service(s);
        for (Page p : index.content().pages()) search.page(p);
        for (Term t : index.content().glossary()) search.term(t);
        for (Framework f : index.content().standard().frameworks()) search.framework(f);
        return search.write();
    }

    private void control(Index index, Control c) {
        List<String> aliases = c.aliases().stream().map(Ref::id).toList();
        int doc = add("control", c.id(), c.title(), text(c.statement()), aliases, c.status());
        postings.add(doc, SearchPostings.TITLE, SearchWords.of(c.title()));
        if (c.status() == Status.WITHDRAWN) return; // a tombstone: found by id and title only
        StringBuilder statement = new StringBuilder(text(c.statement()));
        for (Requirement r : c.requirements()) statement.append(' ').append(text(r.text()));
        postings.add(doc, SearchPostings.STATEMENT, SearchWords.of(statement.toString()));
        StringBuilder body = new StringBuilder();
        body.append(text(c.rationale())).append(' ').append(text(c.guidance()));
        c.topic().flatMap(t -> index.area(c.area().id()).flatMap(a -> a.topics().stream()
                .filter(x -> x.id().equals(t.id())).findFirst())).ifPresent(t -> body.append(' ').append(t.title()));
        for (Applicability a : c.services()) {
            body.append(' ').append(a.service().id());
            index.service(a.service().id()).ifPresent(s -> body.append(' ').append(s.name()));
            body.append(' ').append(text(a.customer())).append(' ').append(text(a.provider()));
        }
        c.verification().forEach(v -> body.append(' ').append(v.ref().orElse("")).append(' ')
                .append(text(v.description())));
        c.evidence().forEach(e -> body.append(' ').append(e.id()).append(' ').append(text(e.description())));
        postings.add(doc, SearchPostings.BODY, SearchWords.of(body.toString()));
    }

    private void area(Area a) {
        int doc = add("area", a.id(), a.title(), firstOf(text(a.summary()), text(a.body())), List.of(), Status.ACTIVE);
        postings.add(doc, SearchPostings.TITLE, SearchWords.of(a.title()));
        postings.add(doc, SearchPostings.STATEMENT, SearchWords.of(text(a.summary())));
        StringBuilder body = new StringBuilder(text(a.body()));
        for (Topic t : a.topics()) body.append(' ').append(t.title());
        postings.add(doc, SearchPostings.BODY, SearchWords.of(body.toString()));
    }

    private void service(Service s) {
        int doc = add("service", s.id(), s.name(), firstOf(text(s.summary()), text(s.guidance())), List.of(),
                Status.ACTIVE);
        postings.add(doc, SearchPostings.TITLE, SearchWords.of(s.name() + " " + s.id()));
        postings.add(doc, SearchPostings.STATEMENT, SearchWords.of(text(s.summary())));
        StringBuilder body = new StringBuilder(text(s.guidance()));
        for (LayerOwner l : s.responsibilities()) body.append(' ').append(text(l.notes()));
        postings.add(doc, SearchPostings.BODY, SearchWords.of(body.toString()));
    }

    private void page(Page p) {
        int doc = add("page", p.id(), p.title(), firstOf(text(p.summary()), text(p.body())), List.of(), Status.ACTIVE);
        postings.add(doc, SearchPostings.TITLE, SearchWords.of(p.title()));
        postings.add(doc, SearchPostings.STATEMENT, SearchWords.of(text(p.summary())));
        postings.add(doc, SearchPostings.BODY, SearchWords.of(text(p.body())));
    }

    private void term(Term t) {
        int doc = add("term", Index.termAnchor(t.term()), t.term(), text(t.definition()), List.of(), Status.ACTIVE);
        postings.add(doc, SearchPostings.TITLE, SearchWords.of(t.term() + " " + String.join(" ", t.aliases())));
        postings.add(doc, SearchPostings.STATEMENT, SearchWords.of(text(t.definition())));
    }

    private void framework(Framework f) {
        int doc = add("framework", f.id(), f.title(), "", List.of(), Status.ACTIVE);
        postings.add(doc, SearchPostings.TITLE, SearchWords.of(f.title() + " " + f.id()));
    }

    private int add(String type, String id, String title, String snippet, List<String> aliases, Status status) {
        docs.add(new Object[] {TYPES.indexOf(type), id, title, snippet(snippet), String.join(" ", aliases),
                status == Status.ACTIVE ? "" : status.keyword()});
        return docs.size() - 1;
    }

    private String text(Object markdown) {
        return rendered.of(markdown).text();
    }

    private static String firstOf(String a, String b) {
        return a.isBlank() ? b : a;
    }

    /** The start of a text, cut at a word boundary. */
    static String snippet(String text) {
        String t = SPACES.matcher(text.strip()).replaceAll(" ");
        if (t.length() <= SNIPPET) return t;
        int cut = t.lastIndexOf(' ', SNIPPET);
        return t.substring(0, cut > SNIPPET / 2 ? cut : SNIPPET).stripTrailing() + "…";
    }

    private static String url(String type) {
        String marker = "\u0000";
        String url = switch (type) {
            case "control" -> Urls.control(marker);
            case "area" -> Urls.area(marker);
            case "service" -> Urls.service(marker);
            case "page" -> Urls.page(marker);
            case "term" -> Urls.glossary() + "#" + marker;
            case "framework" -> Urls.framework(marker);
            default -> throw new IllegalArgumentException(type);
        };
        return url.replace(marker, "{id}");
    }

    private byte[] write() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 16);
        try {
            bytes.write("window.BULWARK_SEARCH=".getBytes(StandardCharsets.UTF_8));
            try (JsonGenerator g = new JsonFactory().createGenerator(bytes)) {
                g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
                g.writeStartObject();
                g.writeNumberField("v", FORMAT);
                g.writeArrayFieldStart("types");
                for (String t : TYPES) g.writeString(t);
                g.writeEndArray();
                g.writeArrayFieldStart("urls");
                for (String t : TYPES) g.writeString(url(t));
                g.writeEndArray();
                g.writeArrayFieldStart("docs");
                for (Object[] d : docs) {
                    g.writeStartArray();
                    g.writeNumber((Integer) d[0]);
                    for (int i = 1; i < 4; i++) g.writeString((String) d[i]);
                    boolean aliases = !((String) d[4]).isEmpty();
                    boolean status = !((String) d[5]).isEmpty();
                    if (aliases || status) g.writeString((String) d[4]);
                    if (status) g.writeString((String) d[5]);
                    g.writeEndArray();
                }
                g.writeEndArray();
                Map<String, String> encoded = postings.encoded();
                g.writeStringField("words", String.join(" ", encoded.keySet()));
                g.writeArrayFieldStart("postings");
                for (String p : encoded.values()) g.writeString(p);
                g.writeEndArray();
                g.writeEndObject();
            }
            bytes.write(";\n".getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
