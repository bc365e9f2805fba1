package org.bulwark.link;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.bulwark.model.Citation;
import org.bulwark.model.Control;
import org.bulwark.model.Framework;
import org.bulwark.model.Ref;
import org.bulwark.model.Verification;

/**
 * For each framework, every identifier a listed control cites, in natural order, with the
 * controls citing it; and, for a framework that takes a verification method ({@code
 * verification: security-hub}), the identifiers controls verify with too: its cross-walk lists
 * both, marking which controls verify rather than cite. Built in one pass over the controls.
 */
public final class Crosswalk {
    private final Map<String, TreeMap<String, List<Control>>> byFramework = new LinkedHashMap<>();
    private final Map<String, TreeMap<String, Entry>> entries = new LinkedHashMap<>();

    /**
     * One row of a cross-walk: the listed controls that cite the identifier or verify with it, in
     * control order, and which of them only verify with it.
     */
    public record Entry(List<Control> controls, Set<String> verifying) {
        /** The control uses the identifier to check itself, and does not cite it. */
        public boolean verifies(Control c) {
            return verifying.contains(c.id());
        }
    }

    public Crosswalk(List<Framework> frameworks, List<Control> controls) {
        Map<org.bulwark.model.VerificationMethod, String> verifiedBy = new java.util.EnumMap<>(
                org.bulwark.model.VerificationMethod.class);
        for (Framework f : frameworks) {
            byFramework.put(f.id(), new TreeMap<>(NaturalOrder.INSTANCE));
            entries.put(f.id(), new TreeMap<>(NaturalOrder.INSTANCE));
            f.verification().ifPresent(m -> verifiedBy.putIfAbsent(m, f.id()));
        }
        for (Control c : controls) {
            if (!c.listed()) continue;
            for (Citation citation : c.references()) {
                TreeMap<String, List<Control>> ids = byFramework.get(citation.framework().id());
                if (ids == null) continue;
                for (Ref r : citation.identifiers()) {
                    List<Control> citing = ids.computeIfAbsent(r.id(), k -> new ArrayList<>());
                    if (citing.isEmpty() || citing.get(citing.size() - 1) != c) citing.add(c);
                    entry(citation.framework().id(), r.id(), c);
                }
            }
            for (Verification v : c.verification()) {
                String framework = verifiedBy.get(v.method());
                if (framework == null || v.ref().isEmpty()) continue;
                String id = v.ref().get();
                List<Control> citing = byFramework.get(framework).get(id);
                // cited by this control: it was added to the list last, just now
                if (citing != null && citing.get(citing.size() - 1) == c) continue;
                if (entry(framework, id, c)) entries.get(framework).get(id).verifying().add(c.id());
            }
        }
    }

    /** Adds a control to an identifier's row, once; whether it was new there. */
    private boolean entry(String framework, String id, Control c) {
        Entry e = entries.get(framework).computeIfAbsent(id, k -> new Entry(new ArrayList<>(), new HashSet<>()));
        List<Control> list = e.controls();
        if (!list.isEmpty() && list.get(list.size() - 1) == c) return false;
        list.add(c);
        return true;
    }

    /**
     * The anchor of an identifier on its cross-walk: the identifier itself, with each run of
     * white space as one '-' ({@code Claim 1.4.2} -> {@code #Claim-1.4.2}), since an HTML id holds
     * no spaces. Identifiers without spaces keep the anchors auditors have already cited.
     */
    public static String anchor(String identifier) {
        for (int i = 0; i < identifier.length(); i++) {
            if (Character.isWhitespace(identifier.charAt(i))) return SPACES.matcher(identifier).replaceAll("-");
        }
        return identifier;
    }

    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    /** The cross-walk URL of one identifier: the framework's page and the identifier's anchor. */
    public static String url(String frameworkId, String identifier) {
        return Urls.framework(frameworkId) + "#" + anchor(identifier);
    }

    /** The anchors of a framework's cross-walk: one per row (identifier cited or verified with). */
    public java.util.Set<String> anchors(String frameworkId) {
        java.util.Set<String> out = new java.util.LinkedHashSet<>();
        for (String identifier : entries(frameworkId).keySet()) out.add(anchor(identifier));
        return out;
    }

    /**
     * The frameworks whose cross-walk differs from {@code before}'s ({@link Dependency.Kind#CROSSWALK}):
     * an identifier cited (or verified with) or no longer, or cited or verified with by other controls.
     */
    public java.util.Set<Dependency> changedCrosswalks(Crosswalk before) {
        java.util.Set<String> frameworks = new java.util.LinkedHashSet<>(before.byFramework.keySet());
        frameworks.addAll(byFramework.keySet());
        java.util.Set<Dependency> out = new java.util.LinkedHashSet<>();
        for (String f : frameworks) {
            if (!rows(before.entries(f)).equals(rows(entries(f)))) out.add(Dependency.crosswalk(f));
        }
        return out;
    }

    /** A cross-walk's rows as ids: each identifier's controls, those that only verify with it marked. */
    private static Map<String, List<String>> rows(Map<String, Entry> entries) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        entries.forEach((id, e) -> out.put(id, e.controls().stream()
                .map(c -> e.verifies(c) ? c.id() + " (verifies)" : c.id()).toList()));
        return out;
    }

    /** Identifier -> citing controls (in control-id order), identifiers in natural order. */
    public Map<String, List<Control>> identifiers(String frameworkId) {
        return byFramework.getOrDefault(frameworkId, new TreeMap<>());
    }

    /**
     * The rows of a framework's cross-walk: every identifier cited, or verified with where the
     * framework takes a verification method, in natural order.
     */
    public Map<String, Entry> entries(String frameworkId) {
        return entries.getOrDefault(frameworkId, new TreeMap<>());
    }
}
