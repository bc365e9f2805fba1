package org.bulwark.render;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The pages and files the site will have, and the anchors known before rendering, from the
 * route table: so links written in Markdown ({@code /baseline/}, {@code /controls/IAM-01/#evidence})
 * are checked at their source line. Anchors that come from rendered headings (areas, pages)
 * are not known here; the link check finds those in the output.
 */
public final class SiteIndex {
    private final Map<String, Set<String>> anchors;
    /** Each question asked and its answer, when recording (for serve); else null. */
    private final Map<String, Object> asked;

    public SiteIndex(Routes routes) {
        anchors = new HashMap<>();
        for (Route r : routes.all()) anchors.putIfAbsent(r.url(), r.anchors());
        asked = null;
    }

    private SiteIndex(Map<String, Set<String>> anchors, Map<String, Object> asked) {
        this.anchors = anchors;
        this.asked = asked;
    }

    /** The same index, noting in {@code asked} every question put to it and its answer. */
    public SiteIndex recording(Map<String, Object> asked) {
        return new SiteIndex(anchors, asked);
    }

    /** Whether this index answers every question in {@code asked} (made by {@link #recording}) as noted there. */
    public boolean answersAsIn(Map<String, Object> asked) {
        for (Map.Entry<String, Object> q : asked.entrySet()) {
            String path = q.getKey().substring(2);
            Object now = q.getKey().startsWith("e ") ? (Object) existsHere(path) : anchorsHere(path);
            if (!now.equals(q.getValue())) return false;
        }
        return true;
    }

    /** Known anchors of a page; empty if the page is unknown or its anchors come from its headings. */
    public Set<String> anchors(String url) {
        Set<String> answer = anchorsHere(url);
        if (asked != null) asked.put("a " + url, answer);
        return answer;
    }

    /** Whether a root-relative path names a page or file of the site ({@code baseline/}, {@code baseline/index.html}). */
    public boolean exists(String path) {
        boolean answer = existsHere(path);
        if (asked != null) asked.put("e " + path, answer);
        return answer;
    }

    private Set<String> anchorsHere(String url) {
        return anchors.getOrDefault(url, Set.of());
    }

    private boolean existsHere(String path) {
        if (anchors.containsKey(path)) return true;
        if (path.endsWith("index.html")) return anchors.containsKey(path.substring(0, path.length() - 10));
        return anchors.containsKey(path + "/");
    }
}
