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
import org.bulwark.link.Crosswalk;
import org.bulwark.link.Index;
import org.bulwark.link.VerificationRefs;
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
import org.bulwark.model.VerificationMethod;

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
 *       ({@link SearchPostings});</li>
 *   <li>{@code refs}: framework identifiers and verification refs, looked up whole
 *       ({@link SearchRefs}). Each cross-walk row is a document of type {@code identifier}, its
 *       id {@code <framework>/#<anchor>}; it has no words, being found through its key.</li>
 * </ul>
 *
 * Control ids are not split into words: search.js matches them exactly or by prefix against
 * the documents' ids and aliases. (Service, framework and evidence ids in a control's text
 * are words like any other.)
 */
public final class SearchIndex {
    static final int FORMAT = 2;
    private static final int SNIPPET = 160;
    private static final List<String> TYPES = List.of("control", "area", "service", "page", "term", "framework",
            "identifier");

    private final List<Object[]> docs = new ArrayList<>();
    private final SearchPostings postings = new SearchPostings();
    private final SearchRefs refs = new SearchRefs();
    /** A control's document number, for the identifiers leading to it. */
    private final Map<String, Integer> controlDocs = new java.util.HashMap<>();
    private final RenderedContent rendered;

    private SearchIndex(RenderedContent rendered) {
        this.rendered = rendered;
    }

    public static byte[] build(Index index, PageModels models, RenderedContent rendered, Crosswalk crosswalk) {
        SearchIndex search = new SearchIndex(rendered);
        for (Control c : models.published()) search.control(index, c);
        for (Area a : index.content().areas()) search.area(a);
        for (Service s : index.content().services()) search.service(s);
        for (Page p : index.content().pages()) search.page(p);
        for (Term t : index.content().glossary()) search.term(t);
        for (Framework f : index.content().standard().frameworks()) search.framework(f);
        for (Framework f : index.content().standard().frameworks()) search.identifiers(f, crosswalk);
        search.verificationRefs(index, new VerificationRefs(models.published()));
        return search.write();
    }

    private void control(Index index, Control c) {
        List<String> aliases = c.aliases().stream().map(Ref::id).toList();
        String statement = text(c.statement());
        int doc = add("control", c.id(), c.title(), statement, aliases, c.status());
        controlDocs.put(c.id(), doc);
        words(doc, SearchPostings.TITLE, c.title());
        if (c.status() == Status.WITHDRAWN) return; // a tombstone: found by id and title only
        words(doc, SearchPostings.STATEMENT, statement);
        for (Requirement r : c.requirements()) words(doc, SearchPostings.STATEMENT, text(r.text()));
        int body = SearchPostings.BODY;
        words(doc, body, text(c.rationale()));
        words(doc, body, text(c.guidance()));
        c.topic().flatMap(t -> index.area(c.area().id()).flatMap(a -> a.topic(t.id())))
                .ifPresent(t -> words(doc, body, t.title()));
        for (Applicability a : c.services()) {
            words(doc, body, a.service().id());
            index.service(a.service().id()).ifPresent(s -> words(doc, body, s.name()));
            words(doc, body, text(a.customer()));
            words(doc, body, text(a.provider()));
        }
        c.verification().forEach(v -> {
            words(doc, body, v.ref().orElse(""));
            words(doc, body, text(v.description()));
        });
        c.evidence().forEach(e -> {
            words(doc, body, e.id());
            words(doc, body, text(e.description()));
        });
    }

    private void area(Area a) {
        int doc = add("area", a.id(), a.title(), firstOf(text(a.summary()), text(a.body())), List.of(), Status.ACTIVE);
        words(doc, SearchPostings.TITLE, a.title());
        words(doc, SearchPostings.STATEMENT, text(a.summary()));
        words(doc, SearchPostings.BODY, text(a.body()));
        for (Topic t : a.topics()) words(doc, SearchPostings.BODY, t.title());
    }

    private void service(Service s) {
        int doc = add("service", s.id(), s.name(), firstOf(text(s.summary()), text(s.guidance())), List.of(),
                Status.ACTIVE);
        words(doc, SearchPostings.TITLE, s.name());
        words(doc, SearchPostings.TITLE, s.id());
        words(doc, SearchPostings.STATEMENT, text(s.summary()));
        words(doc, SearchPostings.BODY, text(s.guidance()));
        for (LayerOwner l : s.responsibilities()) words(doc, SearchPostings.BODY, text(l.notes()));
    }

    private void page(Page p) {
        int doc = add("page", p.id(), p.title(), firstOf(text(p.summary()), text(p.body())), List.of(), Status.ACTIVE);
        words(doc, SearchPostings.TITLE, p.title());
        words(doc, SearchPostings.STATEMENT, text(p.summary()));
        words(doc, SearchPostings.BODY, text(p.body()));
    }

    private void term(Term t) {
        int doc = add("term", Index.termAnchor(t.term()), t.term(), text(t.definition()), List.of(), Status.ACTIVE);
        words(doc, SearchPostings.TITLE, t.term());
        for (String alias : t.aliases()) words(doc, SearchPostings.TITLE, alias);
        words(doc, SearchPostings.STATEMENT, text(t.definition()));
    }

    private void framework(Framework f) {
        int doc = add("framework", f.id(), f.title(), "", List.of(), Status.ACTIVE);
        words(doc, SearchPostings.TITLE, f.title());
        words(doc, SearchPostings.TITLE, f.id());
    }

    /**
     * Each row of a framework's cross-walk, as a document found by its identifier, which leads
     * to it and then to the controls citing or verifying with it.
     */
    private void identifiers(Framework f, Crosswalk crosswalk) {
        crosswalk.entries(f.id()).forEach((id, entry) -> {
            List<String> cite = new ArrayList<>();
            List<String> verify = new ArrayList<>();
            for (Control c : entry.controls()) (entry.verifies(c) ? verify : cite).add(c.id());
            String snippet = f.title() + (cite.isEmpty() ? "" : ". Cited by " + String.join(", ", cite))
                    + (verify.isEmpty() ? "" : ". Verified with by " + String.join(", ", verify));
            int doc = add("identifier", f.id() + "/#" + Crosswalk.anchor(id), id + " · " + f.title(), snippet,
                    List.of(), Status.ACTIVE);
            List<Integer> found = new ArrayList<>(entry.controls().size() + 1);
            found.add(doc);
            for (Control c : entry.controls()) found.add(controlDocs.get(c.id()));
            refs.add(id, found);
        });
    }

    /**
     * Refs of the methods no framework takes (AWS Config rules, ...): a ref leads to the
     * controls verifying with it. (A framework's are its cross-walk rows, above.)
     */
    private void verificationRefs(Index index, VerificationRefs verification) {
        for (VerificationMethod m : verification.methods()) {
            if (index.frameworkVerifiedBy(m).isPresent()) continue;
            verification.refs(m).forEach((ref, controls) ->
                    refs.add(ref, controls.stream().map(c -> controlDocs.get(c.id())).toList()));
        }
    }

    /**
     * Indexes the words of one text of a document. A document's texts are indexed one by one
     * rather than joined: words never span two texts, and a word keeps its best field whatever
     * the order.
     */
    private void words(int doc, int field, String text) {
        SearchWords.forEach(text, new Into(doc, field));
    }

    /**
     * Where a text's words go. A class, not a lambda: under C1 a capturing lambda is made through
     * a method handle call, once per text.
     */
    private final class Into implements SearchWords.Sink {
        private final int doc;
        private final int field;

        Into(int doc, int field) {
            this.doc = doc;
            this.field = field;
        }

        @Override
        public void word(char[] chars, int length, int hash) {
            postings.add(doc, field, chars, length, hash);
        }
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

    /**
     * The start of a text, cut at a word boundary: stripped, runs of {@code \s} (space, tab,
     * line breaks) made one space, at most {@link #SNIPPET} characters. Only that start is
     * collapsed: the rest of a long text is cut off anyway.
     */
    static String snippet(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && Character.isWhitespace(text.charAt(start))) start++;
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) end--;
        char[] t = new char[SNIPPET + 1];
        int n = 0;
        boolean space = false;
        for (int i = start; i < end && n <= SNIPPET; i++) {
            char c = text.charAt(i);
            boolean s = c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
            if (!s) t[n++] = c;
            else if (!space) t[n++] = ' ';
            space = s;
        }
        if (n <= SNIPPET) return new String(t, 0, n);
        int cut = SNIPPET;
        while (cut >= 0 && t[cut] != ' ') cut--;
        return new String(t, 0, cut > SNIPPET / 2 ? cut : SNIPPET).stripTrailing() + "…";
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
            case "identifier" -> Urls.frameworks() + marker; // the id is "<framework>/#<anchor>"
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
                Map<String, byte[]> sorted = postings.sorted();
                g.writeStringField("words", String.join(" ", sorted.keySet()));
                g.writeArrayFieldStart("postings");
                for (byte[] p : sorted.values()) g.writeRawUTF8String(p, 0, p.length); // base-32 digits only
                g.writeEndArray();
                refs.write(g);
                g.writeEndObject();
            }
            bytes.write(";\n".getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
