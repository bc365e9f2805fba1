package org.bulwark.history;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

/**
 * What changed between two versions, written for people and tools: {@code text} for a
 * terminal (words marked {@code [-deleted-]} and {@code {+inserted+}}, as {@code git diff
 * --word-diff} marks them), {@code markdown} for a pull request or a changelog ({@code <del>}
 * and {@code <ins>}), {@code json} for tools (every change, the texts and their word-by-word
 * segments). Controls are grouped by {@link ControlChange.Category}, by id within a group.
 */
public record ChangeReport(String standard, Side from, Side to, Changes changes) {

    /** One side of the comparison: its version and how to name it ("release 1.0.0", "content (not released)"). */
    public record Side(String version, String label, boolean released) {}

    /** Long texts show this many words around each change; short ones are shown whole. */
    private static final int CONTEXT_WORDS = 8;
    private static final int WHOLE_TEXT_WORDS = 60;

    public String text() {
        StringBuilder sb = new StringBuilder();
        sb.append(standard).append(": ").append(from.label()).append(" -> ").append(to.label()).append('\n');
        sb.append(changes.counts().summary()).append('\n');
        for (ControlChange.Category category : ControlChange.Category.values()) {
            List<ControlChange> in = changes.in(category);
            if (in.isEmpty()) continue;
            sb.append('\n').append(heading(category)).append('\n');
            for (ControlChange c : in) {
                sb.append("  ").append(name(c)).append("  ").append(c.title()).append('\n');
                for (Change ch : c.changes()) {
                    if (ch.kind() == Change.Kind.ADDED || ch.kind() == Change.Kind.REMOVED) continue;
                    sb.append("    ").append(ch.phrase());
                    Optional<String> text = texts(ch).map(ChangeReport::plainWords);
                    text.ifPresent(t -> sb.append(": ").append(t.replace("\n", "\n      ")));
                    sb.append('\n');
                }
            }
        }
        return sb.toString();
    }

    public String markdown() {
        StringBuilder sb = new StringBuilder();
        sb.append("## ").append(md(standard)).append(": ").append(md(from.label())).append(" → ").append(md(to.label()))
                .append("\n\n");
        sb.append(changes.counts().summary()).append(".\n");
        for (ControlChange.Category category : ControlChange.Category.values()) {
            List<ControlChange> in = changes.in(category);
            if (in.isEmpty()) continue;
            sb.append("\n### ").append(heading(category)).append("\n\n");
            for (ControlChange c : in) {
                sb.append("- **").append(md(name(c))).append("** ").append(md(c.title())).append('\n');
                for (Change ch : c.changes()) {
                    if (ch.kind() == Change.Kind.ADDED || ch.kind() == Change.Kind.REMOVED) continue;
                    sb.append("  - ").append(md(capital(ch.phrase())));
                    texts(ch).map(ChangeReport::htmlWords).ifPresent(t -> sb.append(": ").append(t));
                    sb.append('\n');
                }
            }
        }
        return sb.toString();
    }

    public String json() {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
            DefaultIndenter indent = new DefaultIndenter("  ", "\n");
            g.setPrettyPrinter(new DefaultPrettyPrinter().withObjectIndenter(indent).withArrayIndenter(indent)
                    .withSeparators(Separators.createDefaultInstance()
                            .withObjectFieldValueSpacing(Separators.Spacing.AFTER)));
            g.writeStartObject();
            g.writeNumberField("format_version", 1);
            g.writeStringField("standard", standard);
            side(g, "from", from);
            side(g, "to", to);
            Changes.Counts n = changes.counts();
            g.writeObjectFieldStart("counts");
            g.writeNumberField("added", n.added());
            g.writeNumberField("removed", n.removed());
            g.writeNumberField("withdrawn", n.withdrawn());
            g.writeNumberField("deprecated", n.deprecated());
            g.writeNumberField("renamed", n.renamed());
            g.writeNumberField("moved", n.moved());
            g.writeNumberField("changed", n.changed());
            g.writeEndObject();
            g.writeArrayFieldStart("controls");
            for (ControlChange c : changes.controls()) control(g, c);
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out + "\n";
    }

    private static void side(JsonGenerator g, String key, Side side) throws IOException {
        g.writeObjectFieldStart(key);
        g.writeStringField("version", side.version());
        g.writeStringField("label", side.label());
        g.writeBooleanField("released", side.released());
        g.writeEndObject();
    }

    private static void control(JsonGenerator g, ControlChange c) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", c.id());
        g.writeStringField("before_id", c.before().isPresent() ? c.beforeId() : null);
        g.writeStringField("title", c.title());
        g.writeStringField("change", c.category().keyword());
        g.writeStringField("summary", c.summary());
        g.writeArrayFieldStart("changes");
        for (Change ch : c.changes()) {
            g.writeStartObject();
            g.writeStringField("kind", ch.kind().keyword());
            g.writeStringField("item", ch.item().isEmpty() ? null : ch.item());
            g.writeStringField("before", ch.before().isEmpty() ? null : ch.before());
            g.writeStringField("after", ch.after().isEmpty() ? null : ch.after());
            if (ch.words().isPresent()) {
                g.writeArrayFieldStart("words");
                for (WordDiff.Segment s : ch.words().get().segments()) {
                    g.writeStartObject();
                    g.writeStringField("op", s.op().name().toLowerCase(java.util.Locale.ROOT));
                    g.writeStringField("text", s.text());
                    g.writeEndObject();
                }
                g.writeEndArray();
            } else {
                g.writeNullField("words");
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    /** The text a change shows: its word-by-word comparison, or an added or removed item's text. */
    private static Optional<List<WordDiff.Segment>> texts(Change ch) {
        if (ch.words().isPresent()) {
            WordDiff w = ch.words().get();
            boolean whole = Math.max(w.words(WordDiff.Op.EQUAL) + w.words(WordDiff.Op.INSERT),
                    w.words(WordDiff.Op.EQUAL) + w.words(WordDiff.Op.DELETE)) <= WHOLE_TEXT_WORDS;
            return Optional.of(whole ? w.segments() : w.excerpt(CONTEXT_WORDS));
        }
        return switch (ch.kind()) {
            case REQUIREMENT_ADDED, EVIDENCE_ADDED -> Optional.of(List.of(new WordDiff.Segment(WordDiff.Op.INSERT, ch.after())));
            case REQUIREMENT_REMOVED, EVIDENCE_REMOVED -> Optional.of(List.of(new WordDiff.Segment(WordDiff.Op.DELETE,
                    ch.before())));
            default -> Optional.empty();
        };
    }

    private static String plainWords(List<WordDiff.Segment> segments) {
        StringBuilder sb = new StringBuilder();
        for (WordDiff.Segment s : segments) {
            switch (s.op()) {
                case EQUAL -> sb.append(s.text());
                case DELETE -> sb.append("[-").append(s.text()).append("-]");
                case INSERT -> sb.append("{+").append(s.text()).append("+}");
            }
        }
        return sb.toString();
    }

    /** One line of Markdown: the words with their markup kept, HTML escaped, marks as {@code <del>}/{@code <ins>}. */
    private static String htmlWords(List<WordDiff.Segment> segments) {
        StringBuilder sb = new StringBuilder();
        for (WordDiff.Segment s : segments) {
            String text = md(s.text());
            switch (s.op()) {
                case EQUAL -> sb.append(text);
                case DELETE -> sb.append("<del>").append(text).append("</del>");
                case INSERT -> sb.append("<ins>").append(text).append("</ins>");
            }
        }
        return sb.toString();
    }

    /** Text for one line of Markdown: no raw HTML, no line breaks. */
    private static String md(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replaceAll("\\s*\\n\\s*", " ");
    }

    private static String name(ControlChange c) {
        return c.before().isPresent() && c.after().isPresent() && !c.beforeId().equals(c.id())
                ? c.id() + " (was " + c.beforeId() + ")" : c.id();
    }

    private static String heading(ControlChange.Category category) {
        return capital(category.keyword());
    }

    private static String capital(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
