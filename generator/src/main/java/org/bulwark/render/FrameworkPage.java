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
                    "count", context.crosswalk().entries(f.id()).size()));
        }
        m.put("frameworks", list);
        return m;
    }

    /**
     * One row per identifier, its anchor the identifier. Few controls are listed in the row;
     * many get a page of their own, linked from the row, so the cross-walk stays small however
     * many controls cite one identifier. A control that verifies with the identifier (a Security
     * Hub control, where the framework takes that method) rather than cites it is marked.
     */
    static Map<String, Object> crosswalk(PageContext context, Route route, Framework f) {
        Map<String, Object> m = context.base(route, f.title());
        m.put("breadcrumbs", List.of(map("title", "Frameworks", "url", Urls.frameworks())));
        m.put("framework", map("id", f.id(), "title", f.title(),
                "verification", f.verification().map(v -> v.title()).orElse("")));
        List<Object> ids = new ArrayList<>();
        context.crosswalk().entries(f.id()).forEach((id, entry) -> ids.add(map("id", id, "anchor", Crosswalk.anchor(id),
                "external", f.urlFor(id).orElse(""), "count", entry.controls().size(),
                "url", ownPage(entry.controls()) ? Urls.identifier(f.id(), id) : "",
                "controls", ownPage(entry.controls()) ? List.of() : marked(context, entry, entry.controls()))));
        m.put("identifiers", ids);
        m.put("inlineCitations", INLINE_CITATIONS);
        m.put("hasIdentifierPages", !identifierPages(context.crosswalk(), f).isEmpty());
        return m;
    }

    /** Controls of a cross-walk row, each marked when it verifies with the identifier rather than cites it. */
    private static List<Object> marked(PageContext context, Crosswalk.Entry entry, List<Control> controls) {
        List<Object> out = new ArrayList<>(controls.size());
        for (Control c : controls) {
            if (!entry.verifies(c)) {
                out.add(context.summary(c.id()));
                continue;
            }
            Map<String, Object> row = new LinkedHashMap<>(context.summary(c.id()));
            row.put("verifies", true);
            out.add(row);
        }
        return out;
    }

    static boolean ownPage(List<Control> citing) {
        return citing.size() > INLINE_CITATIONS;
    }

    /** The identifiers of a framework that have a page of their own, with its number of pages. */
    static Map<String, Integer> identifierPages(Crosswalk crosswalk, Framework f) {
        Map<String, Integer> out = new LinkedHashMap<>();
        crosswalk.entries(f.id()).forEach((id, entry) -> {
            if (ownPage(entry.controls())) out.put(id, Pagination.count(entry.controls().size(), Pagination.PAGE_SIZE));
        });
        return out;
    }

    /** Page {@code route.number()} of the controls citing (or verifying with) one identifier of a framework. */
    static Map<String, Object> identifier(PageContext context, Route route, Framework f, String id) {
        Crosswalk.Entry entry = context.crosswalk().entries(f.id()).get(id);
        List<Control> citing = entry == null ? List.of() : entry.controls();
        int number = route.number();
        Pagination pages = new Pagination(Urls.identifier(f.id(), id), number, citing.size(), Pagination.PAGE_SIZE);
        Map<String, Object> m = context.base(route, id + " · " + f.title() + PageContext.pageSuffix(pages));
        m.put("breadcrumbs", List.of(map("title", "Frameworks", "url", Urls.frameworks()),
                map("title", f.title(), "url", Urls.framework(f.id()))));
        m.put("crumb", number == 1 ? id : id + ", " + PageContext.crumb(pages).toLowerCase(Locale.ROOT));
        m.put("framework", map("id", f.id(), "title", f.title(), "url", Urls.framework(f.id())));
        m.put("identifier", map("id", id, "external", f.urlFor(id).orElse(""),
                "crosswalkUrl", Crosswalk.url(f.id(), id)));
        m.put("controls", entry == null ? List.of() : marked(context, entry, pages.slice(citing)));
        m.put("count", citing.size());
        m.put("pager", pages.model());
        return m;
    }
}
