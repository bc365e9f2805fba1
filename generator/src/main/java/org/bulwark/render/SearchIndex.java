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
import org.bulwark.link.Urls;
import org.bulwark.link.VerificationRefs;
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
 *   <li>{@code types}: document kinds, {@code urls}: each kind's URL with {@code {id}}, and
 *       {@code labels}: what a result of each kind is called;</li>
 *   <li>{@code groups}: per kind, the kind the search page shows it with (a cross-walk row among
 *       the frameworks);</li>
 *   <li>{@code stop}: the words too common to index, separated by spaces ({@link SearchWords}),
 *       which search.js leaves out of a query too;</li>
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
    static final int FORMAT = 3;
    private static final int SNIPPET = 160;

    /** The kinds of document search finds, in the index's order: what a result is and where it links. */
    public enum Type {
        CONTROL("control", "Control", "Controls", Urls.control("{id}")),
        AREA("area", "Area", "Areas", Urls.area("{id}")),
        SERVICE("service", "Service", "Services", Urls.service("{id}")),
        PAGE("page", "Page", "Pages", Urls.page("{id}")),
        TERM("term", "Term", "Glossary", Urls.glossary() + "#{id}"),
        FRAMEWORK("framework", "Framework", "Frameworks", Urls.framework("{id}")),
        /** A row of a cross-walk, its id "<framework>/#<anchor>": shown with the frameworks. */
        IDENTIFIER("identifier", "Cross-walk", "Frameworks", Urls.frameworks() + "{id}");

        private final String id;
        private final String label;
        private final String plural;
        private final String url;

        Type(String id, String label, String plural, String url) {
            this.id = id;
            this.label = label;
            this.plural = plural;
            this.url = url;
        }

        /** The kind the search page's choice of kinds shows this one with: a cross-walk row with the frameworks. */
        public Type group() {
            return this == IDENTIFIER ? FRAMEWORK : this;
        }

        public String id() {
            return id;
        }

        /** One result's kind, as the results list shows it. */
        public String label() {
            return label;
        }

        /** The results of this kind, as the search page offers to show them. */
        public String plural() {
            return plural;
        }
    }

    private final List<Object[]> docs = new ArrayList<>();
    private final SearchPostings postings = new SearchPostings();
    private final SearchRefs refs = new SearchRefs();
    /** A control's document number, for the identifiers leading to it. */
    private final Map<String, Integer> controlDocs = new java.util.HashMap<>();
    private final RenderedContent rendered;

    private SearchIndex(RenderedContent rendered) {
        this.rendered = rendered;
    }

    /**
     * The index of the routes' subjects that search finds, in the routes' order ({@link
     * PageKind#searchType}), then the rows of the cross-walks and the refs controls verify with.
     */
    public static byte[] build(Routes routes, Index index, RenderedContent rendered, Crosswalk crosswalk) {
        SearchIndex search = new SearchIndex(rendered);
        for (Route r : routes.all()) {
            if (r.number() != 1 || r.kind().searchType().isEmpty()) continue;
            switch (r.kind().searchType().get()) {
                case CONTROL -> index.control(r.id()).ifPresent(c -> search.control(index, c));
                case AREA -> index.area(r.id()).ifPresent(search::area);
                case SERVICE -> index.service(r.id()).ifPresent(search::service);
                case PAGE -> index.page(r.id()).ifPresent(search::page);
                case TERM -> index.content().glossary().forEach(search::term);
                case FRAMEWORK -> index.framework(r.id()).ifPresent(search::framework);
                case IDENTIFIER -> { } // rows of a framework's page: below, once every control has its document
            }
        }
        for (Framework f : index.content().standard().frameworks()) search.identifiers(f, crosswalk);
        search.verificationRefs(index, new VerificationRefs(index.content().controls()));
        return search.write();
    }

    private void control(Index index, Control c) {
        List<String> aliases = c.aliases().stream().map(Ref::id).toList();
        String statement = text(c.statement());
        int doc = add(Type.CONTROL, c.id(), c.title(), statement, aliases, c.status());
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
        int doc = add(Type.AREA, a.id(), a.title(), firstOf(text(a.summary()), text(a.body())), List.of(), Status.ACTIVE);
        words(doc, SearchPostings.TITLE, a.title());
        words(doc, SearchPostings.STATEMENT, text(a.summary()));
        words(doc, SearchPostings.BODY, text(a.body()));
        for (Topic t : a.topics()) words(doc, SearchPostings.BODY, t.title());
    }

    private void service(Service s) {
        int doc = add(Type.SERVICE, s.id(), s.name(), firstOf(text(s.summary()), text(s.guidance())), List.of(),
                Status.ACTIVE);
        words(doc, SearchPostings.TITLE, s.name());
        words(doc, SearchPostings.TITLE, s.id());
        words(doc, SearchPostings.STATEMENT, text(s.summary()));
        words(doc, SearchPostings.BODY, text(s.guidance()));
        for (LayerOwner l : s.responsibilities()) words(doc, SearchPostings.BODY, text(l.notes()));
    }

    private void page(Page p) {
        int doc = add(Type.PAGE, p.id(), p.title(), firstOf(text(p.summary()), text(p.body())), List.of(), Status.ACTIVE);
        words(doc, SearchPostings.TITLE, p.title());
        words(doc, SearchPostings.STATEMENT, text(p.summary()));
        words(doc, SearchPostings.BODY, text(p.body()));
    }

    private void term(Term t) {
        int doc = add(Type.TERM, Index.termAnchor(t.term()), t.term(), text(t.definition()), List.of(), Status.ACTIVE);
        words(doc, SearchPostings.TITLE, t.term());
        for (String alias : t.aliases()) words(doc, SearchPostings.TITLE, alias);
        words(doc, SearchPostings.STATEMENT, text(t.definition()));
    }

    private void framework(Framework f) {
        int doc = add(Type.FRAMEWORK, f.id(), f.title(), "", List.of(), Status.ACTIVE);
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
                    + (verify.isEmpty() ? "" : ". Used to verify " + String.join(", ", verify));
            int doc = add(Type.IDENTIFIER, f.id() + "/#" + Crosswalk.anchor(id), id + " · " + f.title(), snippet,
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

    private int add(Type type, String id, String title, String snippet, List<String> aliases, Status status) {
        docs.add(new Object[] {type.ordinal(), id, title, snippet(snippet), String.join(" ", aliases),
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

    private byte[] write() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 16);
        try {
            bytes.write("window.BULWARK_SEARCH=".getBytes(StandardCharsets.UTF_8));
            try (JsonGenerator g = new JsonFactory().createGenerator(bytes)) {
                g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
                g.writeStartObject();
                g.writeNumberField("v", FORMAT);
                g.writeArrayFieldStart("types");
                for (Type t : Type.values()) g.writeString(t.id);
                g.writeEndArray();
                g.writeArrayFieldStart("urls");
                for (Type t : Type.values()) g.writeString(t.url);
                g.writeEndArray();
                g.writeArrayFieldStart("labels");
                for (Type t : Type.values()) g.writeString(t.label);
                g.writeEndArray();
                g.writeArrayFieldStart("groups");
                for (Type t : Type.values()) g.writeString(t.group().id);
                g.writeEndArray();
                g.writeStringField("stop", String.join(" ", new java.util.TreeSet<>(SearchWords.STOP)));
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
