package org.bulwark.render;

import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.bulwark.link.Dependency;
import org.bulwark.link.Urls;

/**
 * One output of a build: its URL (relative to the site root, a directory URL for pages), its
 * kind, the id of what it shows ({@code IAM-01}; empty for pages of their own such as the
 * catalogue) and, for a list split over pages, which page; the way back from it to the site
 * root; the anchors it is known to have before anything is rendered (for links written in
 * Markdown); what of the standard its page reads; and how its model is built.
 */
public record Route(String url, PageKind kind, String id, int number, String root, Set<String> anchors,
                    Set<Dependency> reads, ModelBuilder model) {

    /** Builds the template model of a route's page, once every fragment is rendered. */
    @FunctionalInterface
    public interface ModelBuilder {
        Map<String, Object> build(PageContext context, Route route);
    }

    public Route {
        Objects.requireNonNull(url);
        Objects.requireNonNull(kind);
        anchors = Set.copyOf(anchors);
        reads = Set.copyOf(reads);
        if (kind.isPage() != (model != null)) throw new IllegalArgumentException("a page, and only a page, has a model: " + url);
    }

    /** The file the route is written to ({@code controls/IAM-01/index.html}). */
    public String file() {
        return Urls.file(url);
    }

    /** The template model of the route's page. */
    public Map<String, Object> model(PageContext context) {
        return model.build(context, this);
    }
}
