package org.bulwark.render;

import static org.bulwark.render.Data.map;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bulwark.link.Urls;
import org.bulwark.model.Area;
import org.bulwark.model.Control;

/**
 * The model of a page of an area. Page 1 is the area itself (summary, guidance, topics); later
 * pages continue its list of controls, each under its topic's heading.
 */
final class AreaPage {
    private AreaPage() {}

    static Map<String, Object> model(PageContext context, Route route, Listing.AreaListing listing) {
        Area a = listing.area();
        RenderedContent rendered = context.rendered();
        List<Control> controls = listing.controls();
        Pagination pages = new Pagination(Urls.area(a.id()), route.number(), controls.size(), Pagination.PAGE_SIZE);
        Map<String, Object> m = context.base(route, a.title() + PageContext.pageSuffix(pages));
        m.put("area", map("id", a.id(), "title", a.title(), "summary", rendered.of(a.summary()).html()));
        if (pages.number() == 1) {
            Fragment body = rendered.of(a.body());
            m.put("body", body.html());
            m.put("toc", PageContext.headings(body));
        } else {
            m.put("body", "");
            m.put("toc", List.of());
            m.put("breadcrumbs", List.of(map("title", a.title(), "url", Urls.area(a.id()))));
            m.put("crumb", PageContext.crumb(pages));
        }
        List<Object> topics = new ArrayList<>();
        List<Object> topicIndex = new ArrayList<>();
        List<Control> shown = pages.slice(controls);
        int start = 0;
        for (Listing.TopicListing t : listing.topics()) {
            List<Control> here = t.controls().isEmpty() ? List.of()
                    : shown.stream().filter(c -> context.listing().topicOf(c).equals(t.id())).toList();
            boolean onPage = !here.isEmpty() || (!pages.paged() && !t.isOther());
            if (onPage) {
                topics.add(map("id", t.id(), "title", t.title(), "count", t.count(), "controls",
                        context.summaries(here), "continued", start < pages.from()));
            }
            if (t.count() > 0 || !t.isOther()) {
                topicIndex.add(map("id", t.id(), "title", t.title(), "count", t.count(),
                        "url", t.count() == 0 ? "" : t.url().orElse("")));
            }
            start += t.count();
        }
        m.put("topics", topics);
        m.put("topicIndex", pages.paged() && pages.number() == 1 ? topicIndex : List.of());
        m.put("count", controls.size());
        m.put("baselineCount", listing.baseline());
        m.put("references", context.citations(a.references()));
        m.put("pager", pages.model());
        return m;
    }
}
