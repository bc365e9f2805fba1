package org.bulwark.history;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bulwark.model.Applicability;
import org.bulwark.model.Citation;
import org.bulwark.model.Control;
import org.bulwark.model.Evidence;
import org.bulwark.model.Keyword;
import org.bulwark.model.Markdown;
import org.bulwark.model.Ref;
import org.bulwark.model.Requirement;
import org.bulwark.model.Verification;

/**
 * Compares the published controls of two versions of a standard. A control is the same
 * control when it keeps its id, or when the later version lists its old id in
 * {@code aliases} (a rename); every field a reader or an auditor relies on is compared, the
 * texts word by word.
 */
public final class Comparison {
    private static final Pattern REFERENCE = Pattern.compile("\\[\\[([^\\]|#]+)");

    /** Old id -> new id of the controls renamed between the two versions. */
    private final Map<String, String> renamed;

    private Comparison(Map<String, String> renamed) {
        this.renamed = renamed;
    }

    /** The changes from {@code before} to {@code after} (each a version's published controls), by id. */
    public static Changes of(List<Control> before, List<Control> after) {
        Map<String, Control> old = new LinkedHashMap<>();
        for (Control c : before) old.putIfAbsent(c.id(), c);
        Set<String> afterIds = new HashSet<>();
        for (Control c : after) afterIds.add(c.id());
        Set<String> matched = new HashSet<>();
        Map<String, Control> aliasOwner = new HashMap<>();
        for (Control c : after) for (Ref alias : c.aliases()) aliasOwner.putIfAbsent(alias.id(), c);
        // a reference that follows a rename ([[SF-09]] -> [[DET-11]]) is not a change of wording
        Map<String, String> renamed = new HashMap<>();
        aliasOwner.forEach((alias, owner) -> {
            if (old.containsKey(alias) && !afterIds.contains(alias)) renamed.put(alias, owner.id());
        });
        Comparison texts = new Comparison(renamed);
        List<ControlChange> out = new ArrayList<>();
        for (Control c : after) {
            Control was = old.get(c.id());
            if (was == null) {
                // renamed: the old id is now one of its aliases, and no control of that id remains
                was = c.aliases().stream().map(Ref::id)
                        .filter(a -> old.containsKey(a) && !afterIds.contains(a) && !matched.contains(a))
                        .map(old::get).findFirst().orElse(null);
            }
            if (was == null) {
                out.add(new ControlChange(c.id(), Optional.empty(), Optional.of(c),
                        List.of(Change.of(Change.Kind.ADDED, "", "", c.title()))));
                continue;
            }
            matched.add(was.id());
            List<Change> changes = texts.compare(was, c);
            if (!changes.isEmpty()) out.add(new ControlChange(c.id(), Optional.of(was), Optional.of(c), changes));
        }
        for (Control was : old.values()) {
            if (matched.contains(was.id())) continue;
            Control into = aliasOwner.get(was.id());
            Change gone = into != null ? Change.of(Change.Kind.MERGED, "", was.id(), into.id())
                    : Change.of(Change.Kind.REMOVED, "", was.title(), "");
            out.add(new ControlChange(was.id(), Optional.of(was), Optional.empty(), List.of(gone)));
        }
        out.sort(Comparator.comparing(ControlChange::id));
        return new Changes(List.copyOf(out));
    }

    /** What differs between two versions of one control, in the order a reader meets it on the page. */
    List<Change> compare(Control a, Control b) {
        List<Change> out = new ArrayList<>();
        if (!a.id().equals(b.id())) out.add(Change.of(Change.Kind.RENAMED, "", a.id(), b.id()));
        value(out, Change.Kind.STATUS, a.status().keyword(), b.status().keyword());
        value(out, Change.Kind.SUCCESSOR, id(a.supersededBy()), id(b.supersededBy()));
        if (!a.title().equals(b.title()) && !normal(a.title()).equals(normal(b.title()))) {
            out.add(Change.text(Change.Kind.TITLE, "", WordDiff.of(a.title(), b.title())));
        }
        value(out, Change.Kind.AREA, a.area().id(), b.area().id());
        value(out, Change.Kind.TOPIC, id(a.topic()), id(b.topic()));
        value(out, Change.Kind.LEVEL, a.level().keyword(), b.level().keyword());
        value(out, Change.Kind.SEVERITY, keyword(a.severity()), keyword(b.severity()));
        value(out, Change.Kind.RESPONSIBILITY, keyword(a.responsibility()), keyword(b.responsibility()));
        value(out, Change.Kind.OWNER, a.owner().orElse(""), b.owner().orElse(""));
        text(out, Change.Kind.STATEMENT, "", a.statement(), b.statement());
        items(out, a.requirements(), b.requirements(), Requirement::id, Requirement::text, Change.Kind.REQUIREMENT_ADDED,
                Change.Kind.REQUIREMENT_REMOVED, Change.Kind.REQUIREMENT);
        requirementLevels(out, a.requirements(), b.requirements());
        text(out, Change.Kind.RATIONALE, "", a.rationale(), b.rationale());
        text(out, Change.Kind.GUIDANCE, "", a.guidance(), b.guidance());
        sets(out, services(a), services(b), Change.Kind.SERVICE_ADDED, Change.Kind.SERVICE_DROPPED);
        Map<String, Markdown> checks = verification(a);
        Map<String, Markdown> checksNow = verification(b);
        sets(out, checks.keySet(), checksNow.keySet(), Change.Kind.VERIFICATION_ADDED, Change.Kind.VERIFICATION_DROPPED);
        checksNow.forEach((key, text) -> {
            if (checks.containsKey(key)) text(out, Change.Kind.VERIFICATION, key, checks.get(key), text);
        });
        items(out, a.evidence(), b.evidence(), Evidence::id, Evidence::description, Change.Kind.EVIDENCE_ADDED,
                Change.Kind.EVIDENCE_REMOVED, Change.Kind.EVIDENCE);
        references(out, a.references(), b.references());
        return out;
    }

    private static void value(List<Change> out, Change.Kind kind, String a, String b) {
        if (!a.equals(b)) out.add(Change.of(kind, "", a, b));
    }

    private void text(List<Change> out, Change.Kind kind, String item, Markdown a, Markdown b) {
        if (a.text().equals(b.text())) return; // most texts of most controls: no work
        // a reference that only follows a rename is no change of wording; any other change is
        // shown against the words the release really had
        if (normal(followRenames(a.text())).equals(normal(b.text()))) return;
        out.add(Change.text(kind, item, WordDiff.of(a.text(), b.text())));
    }

    /** The text with its references to renamed controls written with their new ids. */
    private String followRenames(String text) {
        if (renamed.isEmpty() || !text.contains("[[")) return text;
        Matcher m = REFERENCE.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String id = m.group(1).strip();
            m.appendReplacement(sb, Matcher.quoteReplacement("[[" + renamed.getOrDefault(id, m.group(1))));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /** Items with ids (requirements, evidence): added, removed, and those whose text changed. */
    private <T> void items(List<Change> out, List<T> a, List<T> b, Function<T, String> id,
                                  Function<T, Markdown> text, Change.Kind added, Change.Kind removed, Change.Kind changed) {
        Map<String, T> old = new LinkedHashMap<>();
        for (T x : a) old.putIfAbsent(id.apply(x), x);
        Set<String> now = new HashSet<>();
        for (T y : b) {
            String key = id.apply(y);
            now.add(key);
            T x = old.get(key);
            if (x == null) out.add(Change.of(added, key, "", text.apply(y).text().strip()));
            else text(out, changed, key, text.apply(x), text.apply(y));
        }
        for (T x : a) {
            if (!now.contains(id.apply(x))) out.add(Change.of(removed, id.apply(x), text.apply(x).text().strip(), ""));
        }
    }

    /** A requirement's own level ("" when it has the control's), for the requirements both versions have. */
    private static void requirementLevels(List<Change> out, List<Requirement> a, List<Requirement> b) {
        Map<String, Requirement> old = new HashMap<>();
        for (Requirement r : a) old.putIfAbsent(r.id(), r);
        for (Requirement r : b) {
            Requirement was = old.get(r.id());
            if (was == null) continue;
            String before = keyword(was.level());
            String after = keyword(r.level());
            if (!before.equals(after)) out.add(Change.of(Change.Kind.REQUIREMENT_LEVEL, r.id(), before, after));
        }
    }

    private static void sets(List<Change> out, Set<String> a, Set<String> b, Change.Kind added, Change.Kind dropped) {
        for (String x : b) if (!a.contains(x)) out.add(Change.of(added, x, "", x));
        for (String x : a) if (!b.contains(x)) out.add(Change.of(dropped, x, x, ""));
    }

    private static void references(List<Change> out, List<Citation> a, List<Citation> b) {
        Set<String> old = citations(a);
        Set<String> now = citations(b);
        for (String x : now) {
            if (!old.contains(x)) out.add(Change.of(Change.Kind.REFERENCE_ADDED, framework(x), "", identifier(x)));
        }
        for (String x : old) {
            if (!now.contains(x)) out.add(Change.of(Change.Kind.REFERENCE_DROPPED, framework(x), identifier(x), ""));
        }
    }

    /** "framework\tidentifier" for every identifier cited, sorted. */
    private static Set<String> citations(List<Citation> citations) {
        Set<String> out = new TreeSet<>();
        for (Citation c : citations) for (Ref r : c.identifiers()) out.add(c.framework().id() + "\t" + r.id());
        return out;
    }

    private static String framework(String key) {
        return key.substring(0, key.indexOf('\t'));
    }

    private static String identifier(String key) {
        return key.substring(key.indexOf('\t') + 1);
    }

    private static Set<String> services(Control c) {
        Set<String> out = new TreeSet<>();
        for (Applicability a : c.services()) out.add(a.service().id());
        return out;
    }

    /**
     * The verifications by method and rule ({@code aws-config iam-user-mfa-enabled}), or by their
     * words when they name none, each with its description, in order.
     */
    private static Map<String, Markdown> verification(Control c) {
        Map<String, Markdown> out = new LinkedHashMap<>();
        for (Verification v : c.verification()) {
            out.putIfAbsent(v.method().keyword() + v.ref().map(r -> " " + r)
                    .orElseGet(() -> ": " + normal(v.description().text())), v.description());
        }
        return out;
    }

    /** Whitespace runs, for {@link #normal}: compiled once. */
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private static String id(Optional<Ref> ref) {
        return ref.map(Ref::id).orElse("");
    }

    private static String keyword(Optional<? extends Keyword> k) {
        return k.map(Keyword::keyword).orElse("");
    }

    /** Whitespace is layout, not wording: a re-wrapped paragraph has not changed. */
    static String normal(String text) {
        return String.join(" ", SPACES.split(text.strip()));
    }
}
