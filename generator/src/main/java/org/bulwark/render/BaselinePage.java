package org.bulwark.render;

import static org.bulwark.render.Data.map;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bulwark.link.Urls;
import org.bulwark.model.Area;
import org.bulwark.model.Control;
import org.bulwark.model.Standard;

/** The model of the baseline checklist: its baseline controls area by area, with how each is verified. */
final class BaselinePage {
    private BaselinePage() {}

    static Map<String, Object> model(PageContext context, Route route) {
        Standard s = context.index().content().standard();
        Map<String, Object> m = context.base(route, s.baseline().title());
        m.put("intro", context.rendered().baselineIntro().html());
        List<Object> groups = new ArrayList<>();
        int total = 0;
        for (Listing.AreaListing listing : context.listing().areas()) {
            Area a = listing.area();
            List<Object> items = new ArrayList<>();
            for (Control c : listing.listed()) {
                if (!c.isBaseline()) continue;
                List<Object> verification = new ArrayList<>();
                c.verification().forEach(v -> verification.add(map("methodTitle", v.method().title(),
                        "ref", v.ref().orElse(""))));
                Map<String, Object> item = new LinkedHashMap<>(context.summary(c.id()));
                item.put("verification", verification);
                items.add(item);
            }
            total += items.size();
            if (!items.isEmpty()) groups.add(map("id", a.id(), "title", a.title(), "url", Urls.area(a.id()), "items", items));
        }
        m.put("groups", groups);
        m.put("total", total);
        return m;
    }
}
