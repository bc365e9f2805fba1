package org.bulwark.link;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.bulwark.model.Citation;
import org.bulwark.model.Control;
import org.bulwark.model.Framework;
import org.bulwark.model.Ref;

/**
 * For each framework, every identifier a listed control cites, in natural order, with the
 * controls citing it. Built in one pass over the controls.
 */
public final class Crosswalk {
    private final Map<String, TreeMap<String, List<Control>>> byFramework = new LinkedHashMap<>();

    public Crosswalk(List<Framework> frameworks, List<Control> controls) {
        for (Framework f : frameworks) byFramework.put(f.id(), new TreeMap<>(NaturalOrder.INSTANCE));
        for (Control c : controls) {
            if (!c.listed()) continue;
            for (Citation citation : c.references()) {
                TreeMap<String, List<Control>> ids = byFramework.get(citation.framework().id());
                if (ids == null) continue;
                for (Ref r : citation.identifiers()) ids.computeIfAbsent(r.id(), k -> new ArrayList<>()).add(c);
            }
        }
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

    /** Identifier -> citing controls (in control-id order), identifiers in natural order. */
    public Map<String, List<Control>> identifiers(String frameworkId) {
        return byFramework.getOrDefault(frameworkId, new TreeMap<>());
    }
}
