package org.bulwark.render;

import java.util.List;
import org.bulwark.link.Dependency;
import org.bulwark.link.Urls;

/**
 * A Markdown fragment rendered once: HTML whose site links start with {@link #ROOT} (replaced
 * per page by the way back to the root), its headings for tables of contents, its plain text
 * for search, what its cross-references show of the standard (the controls, services, ... they
 * name: for "referenced by", and for what a page showing the fragment reads), and its prose for
 * exports: the author's Markdown with each {@code [[...]]} replaced by the link text the site
 * shows, since a reader of an export has no site to follow it in.
 */
public record Fragment(String html, List<Heading> headings, String text, List<Dependency> references, String prose) {
    /** Placeholder for the page's path to the site root in rendered links. */
    public static final String ROOT = Urls.ROOT;

    public static final Fragment EMPTY = new Fragment("", List.of(), "", List.of(), "");

    public record Heading(int level, String id, String text) {}

    public boolean isEmpty() {
        return html.isEmpty();
    }

    /** The controls the fragment's cross-references name, in the order written. */
    public List<String> controls() {
        return references.stream().filter(d -> d.kind() == Dependency.Kind.CONTROL).map(Dependency::id).toList();
    }
}
