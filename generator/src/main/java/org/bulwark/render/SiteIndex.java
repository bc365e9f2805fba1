package org.bulwark.render;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.bulwark.link.Crosswalk;
import org.bulwark.link.Index;
import org.bulwark.link.Urls;
import org.bulwark.model.Control;
import org.bulwark.model.Framework;
import org.bulwark.model.Term;

/**
 * The pages the site will have and the anchors known before rendering, so links written in
 * Markdown are checked at their source line. Anchors that come from rendered headings are
 * checked later, over the output.
 */
public final class SiteIndex {
    private final Map<String, Set<String>> anchors = new HashMap<>();
    private final Set<String> files = new HashSet<>();

    /** {@code otherFiles}: files the site holds besides pages (exports, manifest, ...), root-relative. */
    public SiteIndex(Index index, Crosswalk crosswalk, boolean drafts, java.util.Collection<String> otherFiles) {
        for (String url : new String[] {Urls.home(), Urls.controls(), Urls.services(), Urls.baseline(),
                Urls.frameworks(), Urls.glossary(), Urls.search()}) {
            page(url);
        }
        for (Control c : index.published(drafts)) {
            Set<String> a = page(Urls.control(c.id()));
            a.addAll(CrossReferences.CONTROL_SECTIONS);
            c.requirements().forEach(r -> a.add("req-" + r.id()));
            c.evidence().forEach(e -> a.add("evidence-" + e.id()));
            c.aliases().forEach(alias -> page(Urls.control(alias.id())));
        }
        index.content().areas().forEach(a -> page(Urls.area(a.id())));
        index.content().services().forEach(s -> page(Urls.service(s.id())));
        index.content().pages().forEach(p -> page(Urls.page(p.id())));
        Set<String> glossary = anchors.get(Urls.glossary());
        for (Term t : index.content().glossary()) glossary.add(Index.termAnchor(t.term()));
        for (Framework f : index.content().standard().frameworks()) {
            Set<String> a = page(Urls.framework(f.id()));
            for (String identifier : crosswalk.identifiers(f.id()).keySet()) a.add(Crosswalk.anchor(identifier));
        }
        files.addAll(otherFiles);
    }

    private Set<String> page(String url) {
        return anchors.computeIfAbsent(url, k -> new HashSet<>());
    }

    /** Known anchors of a page; empty if the page is unknown. */
    public Set<String> anchors(String url) {
        return anchors.getOrDefault(url, Set.of());
    }

    public boolean exists(String path) {
        if (anchors.containsKey(path) || files.contains(path)) return true;
        if (path.endsWith("index.html")) return anchors.containsKey(path.substring(0, path.length() - 10));
        return anchors.containsKey(path + "/");
    }
}
