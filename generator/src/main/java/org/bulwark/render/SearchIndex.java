package org.bulwark.render;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.bulwark.link.Index;
import org.bulwark.link.Urls;
import org.bulwark.model.Area;
import org.bulwark.model.Control;
import org.bulwark.model.Page;
import org.bulwark.model.Service;
import org.bulwark.model.Term;

/**
 * The search index, written as a script ({@code search-index.js}) so search works from
 * {@code file://}, where pages cannot fetch JSON. Loaded lazily by the search scripts.
 */
public final class SearchIndex {
    private static final int SNIPPET = 240;
    private static final java.util.regex.Pattern NON_WORD = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}]+");

    private SearchIndex() {}

    public static byte[] build(Index index, PageModels models, RenderedContent rendered) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 16);
        try {
            bytes.write("window.BULWARK_SEARCH=".getBytes(StandardCharsets.UTF_8));
            try (JsonGenerator g = new com.fasterxml.jackson.core.JsonFactory().createGenerator(bytes)) {
                g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
                g.writeStartObject();
                g.writeArrayFieldStart("docs");
                for (Control c : models.listed()) {
                    doc(g, "control", c.id(), c.title(), Urls.control(c.id()),
                            rendered.of(c.statement()).text(),
                            rendered.of(c.statement()).text() + " " + rendered.of(c.guidance()).text() + " "
                                    + String.join(" ", c.aliases().stream().map(r -> r.id()).toList()));
                }
                for (Area a : index.content().areas()) {
                    doc(g, "area", a.id(), a.title(), Urls.area(a.id()), rendered.of(a.summary()).text(),
                            rendered.of(a.body()).text());
                }
                for (Service s : index.content().services()) {
                    doc(g, "service", s.id(), s.name(), Urls.service(s.id()), rendered.of(s.summary()).text(),
                            rendered.of(s.guidance()).text());
                }
                for (Page p : index.content().pages()) {
                    doc(g, "page", p.id(), p.title(), Urls.page(p.id()), rendered.of(p.summary()).text(),
                            rendered.of(p.body()).text());
                }
                for (Term t : index.content().glossary()) {
                    doc(g, "term", Index.termAnchor(t.term()), t.term(),
                            Urls.glossary() + "#" + Index.termAnchor(t.term()), rendered.of(t.definition()).text(),
                            String.join(" ", t.aliases()));
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            bytes.write(";\n".getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void doc(JsonGenerator g, String type, String id, String title, String url, String snippet,
                            String body) throws IOException {
        g.writeStartObject();
        g.writeStringField("t", type);
        g.writeStringField("id", id);
        g.writeStringField("title", title);
        g.writeStringField("url", url);
        g.writeStringField("s", snippet.length() > SNIPPET ? snippet.substring(0, SNIPPET) + "…" : snippet);
        g.writeStringField("b", words(body));
        g.writeEndObject();
    }

    /** Distinct lower-case words of a text, in first-seen order: what search matches against. */
    static String words(String text) {
        java.util.LinkedHashSet<String> set = new java.util.LinkedHashSet<>();
        for (String w : NON_WORD.split(text.toLowerCase(java.util.Locale.ROOT))) {
            if (w.length() > 2) set.add(w);
        }
        return String.join(" ", set);
    }
}
