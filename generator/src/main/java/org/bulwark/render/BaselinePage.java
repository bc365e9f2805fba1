package org.bulwark.render;

import static org.bulwark.render.Data.map;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bulwark.link.ControlSection;
import org.bulwark.link.Urls;
import org.bulwark.model.Area;
import org.bulwark.model.Control;
import org.bulwark.model.Level;
import org.bulwark.model.Requirement;
import org.bulwark.model.Standard;

/**
 * The model of the baseline checklist: its baseline controls area by area, each with its
 * requirements at the baseline level (a requirement raised above it is left out, and named as
 * such) and how it is verified.
 */
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
                // the work of the baseline: the requirements at its level, each by id; those above it are named as left out
                List<Object> requirements = new ArrayList<>();
                List<Object> above = new ArrayList<>();
                for (Requirement r : c.requirements()) {
                    String url = Urls.control(c.id()) + "#" + ControlSection.requirement(r.id());
                    if (c.levelOf(r).within(Level.BASELINE)) {
                        requirements.add(map("id", r.id(), "url", url, "html", context.rendered().of(r.text()).html()));
                    } else {
                        above.add(map("id", r.id(), "url", url, "level", c.levelOf(r).keyword()));
                    }
                }
                item.put("requirements", requirements);
                item.put("above", above);
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
