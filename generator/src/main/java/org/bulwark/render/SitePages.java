package org.bulwark.render;

import static org.bulwark.render.Data.map;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.bulwark.model.Content;

/** The models of the pages every site has whatever its content: search, and the 404 page. */
final class SitePages {
    private SitePages() {}

    /**
     * The search page, with the kinds of result a reader may choose between: those the standard
     * has (no "Services" choice in a standard without services), each with the words its help
     * names it by.
     */
    static Map<String, Object> search(PageContext context, Route route) {
        Map<String, Object> m = context.base(route, "Search");
        List<Object> types = new ArrayList<>();
        for (SearchIndex.Type t : SearchIndex.Type.values()) {
            if (t.group() != t || !has(context, t)) continue; // a cross-walk row: a framework
            types.add(map("type", t.id(), "title", t.plural(), "noun", noun(t)));
        }
        m.put("searchTypes", types);
        return m;
    }

    private static boolean has(PageContext context, SearchIndex.Type type) {
        Content content = context.index().content();
        return switch (type) {
            case CONTROL -> !context.listing().published().isEmpty();
            case AREA -> !content.areas().isEmpty();
            case SERVICE -> !content.services().isEmpty();
            case PAGE -> !content.pages().isEmpty();
            case TERM -> !content.glossary().isEmpty();
            case FRAMEWORK, IDENTIFIER -> !content.standard().frameworks().isEmpty();
        };
    }

    /** How the search page's help names results of a kind: "glossary terms". */
    private static String noun(SearchIndex.Type type) {
        return type == SearchIndex.Type.TERM ? "glossary terms" : type.plural().toLowerCase(Locale.ROOT);
    }

    /** The 404 page: served at any depth, so its links start from the site's base path (its route's root). */
    static Map<String, Object> notFound(PageContext context, Route route) {
        return context.base(route, "Page not found");
    }
}
