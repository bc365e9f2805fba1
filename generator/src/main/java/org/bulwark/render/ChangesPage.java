package org.bulwark.render;

import static org.bulwark.render.Data.map;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.bulwark.history.Change;
import org.bulwark.history.ControlChange;
import org.bulwark.history.History;
import org.bulwark.history.WordDiff;
import org.bulwark.link.Urls;
import org.bulwark.model.Control;

/**
 * The model of {@code /changes/}: what changed in each release (against the one before it), newest
 * first, and since the latest release when the content has moved on; an anchor per version
 * ({@code #1.1.0}, {@code #unreleased}). Each version starts with its counts, then its changes
 * grouped by kind; each entry is one control with the changes of that kind, the texts compared
 * word by word, and links to its page before and after.
 */
final class ChangesPage {
    private ChangesPage() {}

    /** The anchor of the unreleased changes. */
    static final String UNRELEASED = "unreleased";

    /** Texts up to this many words are shown whole; longer ones show this many words around each change. */
    private static final int WHOLE_TEXT_WORDS = 80;
    private static final int CONTEXT_WORDS = 10;

    /** The groups of the page, in order: what a reader of a release's notes looks for first. */
    enum Group {
        ADDED("added", "Added"),
        REMOVED("removed", "Removed"),
        WITHDRAWN("withdrawn", "Withdrawn"),
        DEPRECATED("deprecated", "Deprecated"),
        RENAMED("renamed", "Renamed"),
        MOVED("moved", "Moved between areas or topics"),
        STANDING("standing", "Level, severity, responsibility and owner"),
        SERVICES("services", "Services added or dropped"),
        TEXT("text", "Text changes"),
        CHECKS("checks", "Verification and framework references");

        final String id;
        final String title;

        Group(String id, String title) {
            this.id = id;
            this.title = title;
        }
    }

    /** The anchor of an edition's changes: its version, or {@link #UNRELEASED}. */
    static String anchor(History.Edition e) {
        return e.released() ? e.version() : UNRELEASED;
    }

    /** The page's anchors, known before it is rendered: one per version. */
    static Set<String> anchors(History history) {
        Set<String> out = new LinkedHashSet<>();
        for (History.Step s : history.steps()) out.add(anchor(s.to()));
        return out;
    }

    static Map<String, Object> model(PageContext context, Route route) {
        Map<String, Object> m = context.base(route, "What changed");
        History history = context.history();
        List<Object> versions = new ArrayList<>();
        for (int i = history.steps().size() - 1; i >= 0; i--) versions.add(version(history.steps().get(i)));
        m.put("versions", versions);
        List<Object> toc = new ArrayList<>();
        for (Object v : versions) {
            @SuppressWarnings("unchecked") Map<String, Object> version = (Map<String, Object>) v;
            toc.add(map("level", 2, "id", version.get("anchor"), "text", version.get("title")));
        }
        m.put("toc", toc);
        return m;
    }

    private static Map<String, Object> version(History.Step step) {
        History.Edition to = step.to();
        String title = to.released() ? "Version " + to.version()
                : "Since " + step.from().map(History.Edition::version).orElse("") + ": " + to.version()
                + ", not yet released";
        Map<Group, List<Object>> groups = new EnumMap<>(Group.class);
        for (ControlChange c : step.changes().controls()) {
            Map<Group, List<Change>> byGroup = new EnumMap<>(Group.class);
            for (Change ch : c.changes()) byGroup.computeIfAbsent(group(c, ch), k -> new ArrayList<>()).add(ch);
            byGroup.forEach((g, changes) -> groups.computeIfAbsent(g, k -> new ArrayList<>())
                    .add(entry(step, c, changes)));
        }
        List<Object> shown = new ArrayList<>();
        groups.forEach((g, entries) -> shown.add(map("id", g.id, "title", g.title, "entries", entries)));
        Totals counts = new Totals(step);
        return map("anchor", anchor(to), "version", to.version(), "title", title, "released", to.released(),
                "effective", to.effective(), "from", step.from().map(History.Edition::version).orElse(""),
                "first", step.from().isEmpty(), "summary", step.changes().counts().summary(),
                "controls", counts.listed, "baseline", counts.baseline, "counts", counts.byCategory(),
                "groups", shown);
    }

    /** How many controls the version lists, how many are baseline, and its changes per headline. */
    private static final class Totals {
        final long listed;
        final long baseline;
        private final History.Step step;

        Totals(History.Step step) {
            this.step = step;
            this.listed = step.to().controls().stream().filter(Control::listed).count();
            this.baseline = step.to().controls().stream().filter(Control::listed).filter(Control::isBaseline).count();
        }

        List<Object> byCategory() {
            List<Object> out = new ArrayList<>();
            for (ControlChange.Category c : ControlChange.Category.values()) {
                long n = step.changes().in(c).size();
                if (n > 0) out.add(map("category", c.keyword(), "count", n));
            }
            return out;
        }
    }

    private static Group group(ControlChange c, Change ch) {
        return switch (ch.kind()) {
            case ADDED -> Group.ADDED;
            case REMOVED, MERGED -> Group.REMOVED;
            case RENAMED -> Group.RENAMED;
            case STATUS, SUCCESSOR -> switch (c.first(Change.Kind.STATUS).map(Change::after).orElse("")) {
                case "withdrawn" -> Group.WITHDRAWN;
                case "deprecated" -> Group.DEPRECATED;
                default -> Group.STANDING;
            };
            case AREA, TOPIC -> Group.MOVED;
            case LEVEL, SEVERITY, RESPONSIBILITY, OWNER, REQUIREMENT_LEVEL -> Group.STANDING;
            case SERVICE_ADDED, SERVICE_DROPPED -> Group.SERVICES;
            case TITLE, STATEMENT, REQUIREMENT_ADDED, REQUIREMENT_REMOVED, REQUIREMENT, RATIONALE, GUIDANCE,
                 EVIDENCE_ADDED, EVIDENCE_REMOVED, EVIDENCE, VERIFICATION -> Group.TEXT;
            case VERIFICATION_ADDED, VERIFICATION_DROPPED, REFERENCE_ADDED, REFERENCE_DROPPED -> Group.CHECKS;
        };
    }

    /** One control under one group: its changes of that kind, and its pages before and after. */
    private static Map<String, Object> entry(History.Step step, ControlChange c, List<Change> changes) {
        List<Object> items = new ArrayList<>();
        for (Change ch : changes) {
            if (ch.kind() == Change.Kind.ADDED) continue; // the group says it
            if (ch.kind() == Change.Kind.SUCCESSOR && c.has(Change.Kind.STATUS)) continue; // said with the status
            items.add(map("kind", ch.kind().keyword(), "phrase", phrase(c, ch), "words", words(ch)));
        }
        String before = c.before().isPresent() ? step.from().map(f -> Urls.release(f.version()) + Urls.control(c.beforeId()))
                .orElse("") : "";
        String after = c.after().isEmpty() ? ""
                : (step.to().released() ? Urls.release(step.to().version()) : "") + Urls.control(c.id());
        return map("id", c.id(), "beforeId", c.beforeId(), "title", c.title(), "before", before, "after", after,
                "fromVersion", step.from().map(History.Edition::version).orElse(""), "toVersion", step.to().version(),
                "items", items);
    }

    private static String phrase(ControlChange c, Change ch) {
        String p = ch.phrase();
        if (ch.kind() == Change.Kind.STATUS && !ch.after().equals("active")) {
            Optional<String> successor = c.after().flatMap(Control::supersededBy).map(r -> r.id());
            if (successor.isPresent()) p += " (successor " + successor.get() + ")";
        }
        return Character.toUpperCase(p.charAt(0)) + p.substring(1);
    }

    /**
     * A text change word by word, as runs of kept, deleted and inserted text (op: equal, delete,
     * insert); a requirement or evidence item added or removed is one run; empty for other changes.
     */
    private static List<Object> words(Change ch) {
        List<WordDiff.Segment> segments;
        if (ch.words().isPresent()) {
            WordDiff w = ch.words().get();
            boolean whole = Math.max(w.words(WordDiff.Op.EQUAL) + w.words(WordDiff.Op.INSERT),
                    w.words(WordDiff.Op.EQUAL) + w.words(WordDiff.Op.DELETE)) <= WHOLE_TEXT_WORDS;
            segments = whole ? w.segments() : w.excerpt(CONTEXT_WORDS);
        } else {
            segments = switch (ch.kind()) {
                case REQUIREMENT_ADDED, EVIDENCE_ADDED -> List.of(new WordDiff.Segment(WordDiff.Op.INSERT, ch.after()));
                case REQUIREMENT_REMOVED, EVIDENCE_REMOVED -> List.of(new WordDiff.Segment(WordDiff.Op.DELETE, ch.before()));
                default -> List.of();
            };
        }
        List<Object> out = new ArrayList<>();
        for (WordDiff.Segment s : segments) {
            out.add(map("op", s.op().name().toLowerCase(java.util.Locale.ROOT), "text", s.text()));
        }
        return out;
    }
}
