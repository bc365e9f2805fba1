package org.bulwark.render;

import static org.bulwark.render.Data.map;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The models of the pages every site has whatever its content: search, and the 404 page. */
final class SitePages {
    private SitePages() {}

    /** The search page, with the kinds of result a reader may choose between. */
    static Map<String, Object> search(PageContext context, Route route) {
        Map<String, Object> m = context.base(route, "Search");
        List<Object> types = new ArrayList<>();
        for (SearchIndex.Type t : SearchIndex.Type.values()) {
            if (t.group() == t) types.add(map("type", t.id(), "title", t.plural())); // a cross-walk row: a framework
        }
        m.put("searchTypes", types);
        return m;
    }

    /** The 404 page: served at any depth, so its links start from the site's base path (its route's root). */
    static Map<String, Object> notFound(PageContext context, Route route) {
        return context.base(route, "Page not found");
    }
}
