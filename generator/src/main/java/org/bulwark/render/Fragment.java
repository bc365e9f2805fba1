package org.bulwark.render;

import java.util.List;

/**
 * A Markdown fragment rendered once: HTML whose site links start with {@link #ROOT} (replaced
 * per page by the way back to the root), its headings for tables of contents, its plain text
 * for search, the controls it refers to (for "referenced by"), and its prose for exports: the
 * author's Markdown with each {@code [[...]]} replaced by the link text the site shows, since
 * a reader of an export has no site to follow it in.
 */
public record Fragment(String html, List<Heading> headings, String text, List<String> controls, String prose) {
    /** Placeholder for the page's path to the site root in rendered links. */
    public static final String ROOT = "{{root}}";

    public static final Fragment EMPTY = new Fragment("", List.of(), "", List.of(), "");

    public record Heading(int level, String id, String text) {}

    public boolean isEmpty() {
        return html.isEmpty();
    }
}
