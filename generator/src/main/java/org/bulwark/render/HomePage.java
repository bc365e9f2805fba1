package org.bulwark.render;

import static org.bulwark.render.Data.map;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bulwark.link.Urls;
import org.bulwark.model.Area;
import org.bulwark.model.Control;
import org.bulwark.model.Page;

/** The model of the home page: the standard's summary, its areas with their counts, where to start. */
final class HomePage {
    private HomePage() {}

    static Map<String, Object> model(PageContext context, Route route) {
        var content = context.index().content();
        Map<String, Object> m = context.base(route, content.standard().title());
        m.put("summary", context.rendered().standardSummary().html());
        List<Object> areas = new ArrayList<>();
        for (Listing.AreaListing listing : context.listing().areas()) {
            Area a = listing.area();
            areas.add(map("id", a.id(), "title", a.title(), "url", Urls.area(a.id()),
                    "summary", context.rendered().of(a.summary()).html(), "count", (long) listing.controls().size(),
                    "baselineCount", listing.baseline()));
        }
        m.put("areas", areas);
        List<Control> listed = context.listing().listed();
        m.put("counts", map("controls", listed.size(), "baseline", listed.stream().filter(Control::isBaseline).count(),
                "services", content.services().size(), "areas", content.areas().size(),
                "terms", content.glossary().size()));
        m.put("filters", CataloguePage.offered(listed));
        List<Page> path = context.listing().readingPath();
        if (!path.isEmpty()) m.put("start", map("title", path.get(0).title(), "url", Urls.page(path.get(0).id())));
        return m;
    }
}
