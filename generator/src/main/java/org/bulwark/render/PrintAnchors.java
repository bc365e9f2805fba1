package org.bulwark.render;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The anchors of the print document, which holds every control, area and service on one page:
 * each one's anchors take its own prefix ({@code control/IAM-01/statement}), so that no two
 * collide. The prefixes start with the kind and end with '/', which no id holds, so one thing's
 * anchors never take another's. The anchors a fragment's headings had on their own pages are
 * scoped the same way, and a second heading that would take an anchor already used on the
 * document gets a number, as headings of one fragment do.
 *
 * <p>Fragments are the renderer's own HTML: an attribute is written {@code id="..."}, with any
 * quote in its value escaped, so the ids and in-page links are found by their attributes.
 */
final class PrintAnchors {
    private static final Pattern ID = Pattern.compile(" id=\"([^\"]*)\"");
    private static final Pattern IN_PAGE_LINK = Pattern.compile(" href=\"#([^\"]*)\"");

    private final Set<String> used = new HashSet<>();

    /** A control's anchor in the document; its sections' anchors follow it: {@code control/IAM-01/evidence}. */
    static String control(String id) {
        return "control/" + id;
    }

    static String area(String id) {
        return "area/" + id;
    }

    static String service(String id) {
        return "service/" + id;
    }

    static String term(String anchor) {
        return "term/" + anchor;
    }

    /** The prefix of the anchors within a thing's anchor ({@code control/IAM-01/}). */
    static String within(String anchor) {
        return anchor + "/";
    }

    /** An anchor the template writes: kept from the fragments' headings. */
    String reserve(String anchor) {
        used.add(anchor);
        return anchor;
    }

    /**
     * A fragment with its ids prefixed and made unique in the document, and its links to its own
     * anchors ({@code href="#x"}) following them; a link to an anchor the fragment lacks is taken
     * to name its owner's ({@code #evidence} in a control's guidance: the control's evidence).
     */
    String scope(String html, String prefix) {
        if (html.indexOf(" id=\"") < 0 && html.indexOf(" href=\"#") < 0) return html;
        Map<String, String> renamed = new HashMap<>();
        String withIds = replace(ID, html, id -> {
            String scoped = prefix + id;
            String unique = scoped;
            for (int n = 2; !used.add(unique); n++) unique = scoped + "-" + n;
            renamed.putIfAbsent(id, unique);
            return " id=\"" + unique + "\"";
        });
        return replace(IN_PAGE_LINK, withIds, target -> " href=\"#" + renamed.getOrDefault(target, prefix + target) + "\"");
    }

    private static String replace(Pattern p, String s, java.util.function.Function<String, String> with) {
        Matcher m = p.matcher(s);
        StringBuilder out = new StringBuilder(s.length() + 64);
        while (m.find()) m.appendReplacement(out, Matcher.quoteReplacement(with.apply(m.group(1))));
        m.appendTail(out);
        return out.toString();
    }
}
