package org.bulwark.render;

import static org.bulwark.render.Data.map;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bulwark.link.ControlSection;
import org.bulwark.link.ServicePart;
import org.bulwark.link.Urls;
import org.bulwark.link.Workload;
import org.bulwark.model.Area;
import org.bulwark.model.Control;
import org.bulwark.model.Level;
import org.bulwark.model.Requirement;
import org.bulwark.model.Responsibility;
import org.bulwark.model.Service;

/**
 * The model of the workload view: the services to choose from, the levels, and the list for a
 * workload not chosen yet (the baseline and the account-wide controls at the default level),
 * rendered on the server so that the page lists it, and prints it, without scripts. The
 * controls of the services a reader chooses come from {@link WorkloadData}, in the same shape
 * ({@link #item}, {@link #part}).
 */
final class WorkloadPage {
    private WorkloadPage() {}

    static Map<String, Object> model(PageContext context, Route route) {
        Map<String, Object> m = context.base(route, "What applies to my workload");
        Listing listing = context.listing();
        List<Object> services = new ArrayList<>();
        for (Service s : context.index().content().services()) {
            services.add(map("id", s.id(), "name", s.name(), "url", Urls.service(s.id()),
                    "category", s.category().keyword(), "count", listing.service(s.id()).size()));
        }
        m.put("services", services);
        List<Object> levels = new ArrayList<>();
        for (Level l : Level.values()) {
            levels.add(map("id", l.keyword(), "title", l.label(), "default", l == Workload.DEFAULT_LEVEL));
        }
        m.put("levels", levels);
        m.put("defaultLevel", Workload.DEFAULT_LEVEL.keyword());
        Workload unchosen = Workload.unchosen();
        Map<String, Integer> order = order(listing);
        List<Object> groups = new ArrayList<>();
        int total = 0;
        int accountWide = 0;
        for (Listing.AreaListing a : listing.areas()) {
            List<Object> items = new ArrayList<>();
            for (Control c : unchosen.controls(a.listed())) {
                items.add(item(context, c, order.get(c.id()), unchosen.level()));
                if (Workload.accountWide(c)) accountWide++;
            }
            total += items.size();
            Area area = a.area();
            groups.add(map("id", area.id(), "title", area.title(), "url", Urls.area(area.id()), "items", items));
        }
        m.put("groups", groups);
        m.put("total", total);
        m.put("accountWide", accountWide);
        m.put("data", map("common", WorkloadData.COMMON, "service", WorkloadData.service("{id}")));
        return m;
    }

    /**
     * Each listed control's place in the view's list: area by area in the standard's order, and
     * within an area as the checklist and the catalogue list them.
     */
    static Map<String, Integer> order(Listing listing) {
        Map<String, Integer> out = new HashMap<>();
        for (Listing.AreaListing a : listing.areas()) for (Control c : a.listed()) out.put(c.id(), out.size());
        return out;
    }

    /**
     * One control as the view lists it: what the checklist shows (statement, badges, how to
     * verify), whether it is account-wide, and its requirements, each with its level: those within
     * {@code level} and those above it apart, as the baseline checklist lists them. The data files
     * hold them at the default level; workload.js sorts them again for the level chosen.
     */
    static Map<String, Object> item(PageContext context, Control c, int order, Level level) {
        RenderedContent rendered = context.rendered();
        Map<String, Object> summary = context.summary(c.id());
        Map<String, Object> item = new LinkedHashMap<>();
        for (String key : List.of("id", "title", "url", "area", "level", "severity", "responsibility", "status",
                "statement")) {
            item.put(key, summary.get(key));
        }
        item.put("order", order);
        item.put("accountWide", Workload.accountWide(c));
        // in a standard that names no services every control is account-wide: no badge says so
        item.put("wideBadge", Workload.accountWide(c) && !context.index().content().services().isEmpty());
        // as the baseline checklist lists them: those within the level by id, those above named as left out
        List<Object> requirements = new ArrayList<>();
        List<Object> above = new ArrayList<>();
        for (int n = 0; n < c.requirements().size(); n++) {
            Requirement r = c.requirements().get(n);
            (c.levelOf(r).within(level) ? requirements : above).add(map("id", r.id(), "n", n, "level", c.levelOf(r).keyword(),
                    "url", Urls.control(c.id()) + "#" + ControlSection.requirement(r.id()),
                    "html", rendered.of(r.text()).html()));
        }
        item.put("requirements", requirements);
        item.put("above", above);
        List<Object> verification = new ArrayList<>();
        c.verification().forEach(v -> verification.add(map("methodTitle", v.method().title(),
                "ref", v.ref().orElse(""), "url", context.verificationUrl(c, v))));
        item.put("verification", verification);
        return item;
    }

    /**
     * What a control asks on one service: the customer's part, never nothing, and the provider's.
     * Where the control applies to the service as a whole its part is the statement, which the
     * item shows already: {@code wholeControl} says so, and the text is not repeated.
     */
    static Map<String, Object> part(PageContext context, ServicePart part) {
        RenderedContent rendered = context.rendered();
        return map("service", part.serviceId(), "control", part.control().id(),
                "responsibility", part.responsibility().map(Responsibility::keyword).orElse(""),
                "wholeControl", part.wholeControl(),
                "customer", part.wholeControl() ? "" : rendered.of(part.customer()).html(),
                "provider", rendered.of(part.provider()).html());
    }
}
