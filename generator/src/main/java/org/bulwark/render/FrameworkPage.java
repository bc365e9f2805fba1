package org.bulwark.render;

import static org.bulwark.render.Data.map;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.bulwark.link.Crosswalk;
import org.bulwark.link.Urls;
import org.bulwark.model.Control;
import org.bulwark.model.Framework;

/**
 * The models of the framework cross-walks: the list of frameworks, one cross-walk per framework
 * (a row per cited identifier, its anchor the identifier), and the pages of identifiers cited by
 * too many controls to list in a row.
 */
final class FrameworkPage {
    /** Identifiers cited by more controls than this get a page of their own, linked from the cross-walk. */
    static final int INLINE_CITATIONS = 20;

    private FrameworkPage() {}

    static Map<String, Object> overview(PageContext context, Route route) {
        Map<String, Object> m = context.base(route, "Framework cross-walks");
        List<Object> list = new ArrayList<>();
        for (Framework f : context.index().content().standard().frameworks()) {
            list.add(map("id", f.id(), "title", f.title(), "url", Urls.framework(f.id()),
                    "count", context.crosswalk().identifiers(f.id()).size()));
        }
        m.put("frameworks", list);
        return m;
    }

    /**
     * One row per cited identifier, its anchor the identifier. Few citing controls are listed in
     * the row; many get a page of their own, linked from the row, so the cross-walk stays small
     * however many controls cite one identifier.
     */
    static Map<String, Object> crosswalk(PageContext context, Route route, Framework f) {
        Map<String, Object> m = context.base(route, f.title());
        m.put("breadcrumbs", List.of(map("title", "Frameworks", "url", Urls.frameworks())));
        m.put("framework", map("id", f.id(), "title", f.title()));
        List<Object> ids = new ArrayList<>();
        Map<String, List<Control>> cited = context.crosswalk().identifiers(f.id());
        cited.forEach((id, controls) -> ids.add(map("id", id, "anchor", Crosswalk.anchor(id),
                "external", f.urlFor(id).orElse(""), "count", controls.size(),
                "url", ownPage(controls) ? Urls.identifier(f.id(), id) : "",
                "controls", ownPage(controls) ? List.of() : context.summaries(controls))));
        m.put("identifiers", ids);
        m.put("inlineCitations", INLINE_CITATIONS);
        m.put("hasIdentifierPages", !identifierPages(context.crosswalk(), f).isEmpty());
        return m;
    }

    static boolean ownPage(List<Control> citing) {
        return citing.size() > INLINE_CITATIONS;
    }

    /** The identifiers of a framework that have a page of their own, with its number of pages. */
    static Map<String, Integer> identifierPages(Crosswalk crosswalk, Framework f) {
        Map<String, Integer> out = new LinkedHashMap<>();
        crosswalk.identifiers(f.id()).forEach((id, controls) -> {
            if (ownPage(controls)) out.put(id, Pagination.count(controls.size(), Pagination.PAGE_SIZE));
        });
        return out;
    }

    /** Page {@code route.number()} of the controls citing one identifier of a framework. */
    static Map<String, Object> identifier(PageContext context, Route route, Framework f, String id) {
        List<Control> citing = context.crosswalk().identifiers(f.id()).getOrDefault(id, List.of());
        int number = route.number();
        Pagination pages = new Pagination(Urls.identifier(f.id(), id), number, citing.size(), Pagination.PAGE_SIZE);
        Map<String, Object> m = context.base(route, id + " · " + f.title() + PageContext.pageSuffix(pages));
        m.put("breadcrumbs", List.of(map("title", "Frameworks", "url", Urls.frameworks()),
                map("title", f.title(), "url", Urls.framework(f.id()))));
        m.put("crumb", number == 1 ? id : id + ", " + PageContext.crumb(pages).toLowerCase(Locale.ROOT));
        m.put("framework", map("id", f.id(), "title", f.title(), "url", Urls.framework(f.id())));
        m.put("identifier", map("id", id, "external", f.urlFor(id).orElse(""),
                "crosswalkUrl", Crosswalk.url(f.id(), id)));
        m.put("controls", context.summaries(pages.slice(citing)));
        m.put("count", citing.size());
        m.put("pager", pages.model());
        return m;
    }
}
