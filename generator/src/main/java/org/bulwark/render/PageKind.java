package org.bulwark.render;

import java.util.Optional;

/**
 * What kind of output a route is. A page kind has a name (the model's {@code kind}, which the
 * templates test) and a template; a file beside the pages (an export, the search index, ...)
 * has neither. Adding a kind of page is a constant here, its routes in {@link Routes}, a model
 * builder and a template.
 */
public enum PageKind {
    HOME("home", "index.ftlh"),
    CATALOGUE("controls", "controls.ftlh"),
    CONTROL("control", "control.ftlh"),
    /** A withdrawn control's tombstone, at the control's URL. */
    WITHDRAWN("withdrawn", "withdrawn.ftlh"),
    /** A former id of a control, sending readers on to its page. */
    REDIRECT("redirect", "redirect.ftlh"),
    AREA("area", "area.ftlh"),
    SERVICES("services", "services.ftlh"),
    SERVICE("service", "service.ftlh"),
    BASELINE("baseline", "baseline.ftlh"),
    /** What applies to a workload: services and a level chosen, one tickable list. */
    WORKLOAD("workload", "workload.ftlh"),
    PAGE("page", "page.ftlh"),
    GLOSSARY("glossary", "glossary.ftlh"),
    FRAMEWORKS("frameworks", "frameworks.ftlh"),
    FRAMEWORK("framework", "framework.ftlh"),
    /** The controls citing one identifier of a framework, when too many to list in its cross-walk. */
    IDENTIFIER("identifier", "identifier.ftlh"),
    /** Every verification ref with the controls using it, an anchor each. */
    VERIFICATION("verification", "verification.ftlh"),
    /** The controls verifying with one ref, when too many to list in the verification index. */
    VERIFICATION_REF("verification-ref", "verification-ref.ftlh"),
    /** The whole standard as one document, for print or PDF. */
    PRINT("print", "print.ftlh"),
    SEARCH("search", "search.ftlh"),
    /** Every release of the standard, and the current content when it has moved on. */
    RELEASES("releases", "releases.ftlh"),
    /** What changed in each release, word by word. */
    CHANGES("changes", "changes.ftlh"),
    /** Served for any missing path, at any depth: its links start from the site's base path. */
    NOT_FOUND("404", "404.ftlh"),
    /** A file beside the pages: an export, the search index, the manifest, the sitemap. */
    FILE("file", null);

    private final String name;
    private final String template;

    PageKind(String name, String template) {
        this.name = name;
        this.template = template;
    }

    /** The model's {@code kind}: what templates test ({@code kind == "area"}). */
    public String modelName() {
        return name;
    }

    /** The template that renders pages of this kind; empty for files. */
    public Optional<String> template() {
        return Optional.ofNullable(template);
    }

    public boolean isPage() {
        return template != null;
    }

    /** A page its own URL names in the sitemap: not a redirect, not the 404 page. */
    public boolean inSitemap() {
        return isPage() && this != REDIRECT && this != NOT_FOUND;
    }

    /** Whether the page's links are relative to where it is, and so checked with the rest. */
    public boolean linksRelative() {
        return this != NOT_FOUND;
    }

    /** Whether the page's model holds who refers to its control ("referenced by"). */
    public boolean showsBacklinks() {
        return this == CONTROL || this == WITHDRAWN;
    }

    /** The kind of search document the page's subject is, if search finds it. */
    public Optional<SearchIndex.Type> searchType() {
        return Optional.ofNullable(switch (this) {
            case CONTROL, WITHDRAWN -> SearchIndex.Type.CONTROL;
            case AREA -> SearchIndex.Type.AREA;
            case SERVICE -> SearchIndex.Type.SERVICE;
            case PAGE -> SearchIndex.Type.PAGE;
            case GLOSSARY -> SearchIndex.Type.TERM;
            case FRAMEWORK -> SearchIndex.Type.FRAMEWORK;
            default -> null;
        });
    }
}
