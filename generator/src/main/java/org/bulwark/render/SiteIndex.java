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
    private final Map<String, Set<String>> anchors = new HashMap<>();

    public SiteIndex(Routes routes) {
        for (Route r : routes.all()) anchors.putIfAbsent(r.url(), r.anchors());
    }

    /** Known anchors of a page; empty if the page is unknown or its anchors come from its headings. */
    public Set<String> anchors(String url) {
        return anchors.getOrDefault(url, Set.of());
    }

    /** Whether a root-relative path names a page or file of the site ({@code baseline/}, {@code baseline/index.html}). */
    public boolean exists(String path) {
        if (anchors.containsKey(path)) return true;
        if (path.endsWith("index.html")) return anchors.containsKey(path.substring(0, path.length() - 10));
        return anchors.containsKey(path + "/");
    }
}
