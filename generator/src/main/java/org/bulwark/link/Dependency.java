package org.bulwark.link;

import java.util.Objects;

/**
 * Something of the standard that a page shows, so that a change to it finds the pages to render
 * again: one control, area, service, page or glossary term by id, every one of a kind
 * ({@link #ALL}), the standard itself, or a listing derived from many controls. A listing
 * changes when the controls it orders change place, not when one of them changes its text:
 * which controls an area or a service lists and in which order (a control added early in an
 * area moves the later ones to the next page), or which identifiers a framework's cross-walk
 * holds.
 */
public record Dependency(Kind kind, String id) {

    public enum Kind {
        /** standard.yaml: its metadata, summary, baseline introduction, layers and frameworks. */
        STANDARD,
        /**
         * The header and menus of every page: the standard's title and version, each area's and
         * reading-path page's title and place, whether there is a glossary and are services, the
         * control help texts name as an example.
         */
        NAVIGATION,
        CONTROL,
        AREA,
        SERVICE,
        PAGE,
        /** A glossary term, by its anchor. */
        TERM,
        /** Which listed controls an area lists, in which order and under which topics. */
        AREA_LISTING,
        /** Which listed controls a service lists, in which order. */
        SERVICE_LISTING,
        /** Which identifiers of a framework listed controls cite, and which controls cite each. */
        CROSSWALK
    }

    /** The id of a dependency on every entity of its kind. */
    public static final String ALL = "*";

    public Dependency {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(id);
    }

    public static Dependency standard() {
        return new Dependency(Kind.STANDARD, "");
    }

    public static Dependency navigation() {
        return new Dependency(Kind.NAVIGATION, "");
    }

    public static Dependency control(String id) {
        return new Dependency(Kind.CONTROL, id);
    }

    public static Dependency area(String id) {
        return new Dependency(Kind.AREA, id);
    }

    public static Dependency service(String id) {
        return new Dependency(Kind.SERVICE, id);
    }

    public static Dependency page(String id) {
        return new Dependency(Kind.PAGE, id);
    }

    /** A glossary term by its anchor ({@link Index#termAnchor}). */
    public static Dependency term(String anchor) {
        return new Dependency(Kind.TERM, anchor);
    }

    public static Dependency areaListing(String areaId) {
        return new Dependency(Kind.AREA_LISTING, areaId);
    }

    public static Dependency serviceListing(String serviceId) {
        return new Dependency(Kind.SERVICE_LISTING, serviceId);
    }

    public static Dependency crosswalk(String frameworkId) {
        return new Dependency(Kind.CROSSWALK, frameworkId);
    }

    /** Every entity of a kind: every control, every area, ... */
    public static Dependency all(Kind kind) {
        return new Dependency(kind, ALL);
    }

    public boolean isAll() {
        return id.equals(ALL);
    }

    /** Whether this and {@code other} can name the same thing: same kind, and same id or one of them all. */
    public boolean matches(Dependency other) {
        return kind == other.kind && (id.equals(other.id) || isAll() || other.isAll());
    }

    @Override
    public String toString() {
        return kind.name().toLowerCase(java.util.Locale.ROOT) + (id.isEmpty() ? "" : ":" + id);
    }
}
