package org.bulwark.render;

import static org.bulwark.render.Data.map;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.bulwark.model.Keyword;
import org.bulwark.model.Level;
import org.bulwark.model.Responsibility;
import org.bulwark.model.Severity;
import org.bulwark.model.Status;

/** The model of the catalogue: every listed control, and the values its filters offer. */
final class CataloguePage {
    private CataloguePage() {}

    /** The order the responsibility filter offers: from the customer's side to the provider's. */
    static final List<Responsibility> RESPONSIBILITIES = List.of(Responsibility.CUSTOMER, Responsibility.SHARED,
            Responsibility.PROVIDER);

    static Map<String, Object> model(PageContext context, Route route) {
        Map<String, Object> m = context.base(route, "All controls");
        m.put("controls", context.summaries(context.listing().listed()));
        List<Object> services = new ArrayList<>();
        context.index().content().services().forEach(s -> services.add(map("id", s.id(), "name", s.name())));
        m.put("services", services);
        m.put("filters", map("levels", keywords(Arrays.asList(Level.values())),
                "severities", keywords(Arrays.asList(Severity.values())),
                "responsibilities", keywords(RESPONSIBILITIES),
                "statuses", keywords(Arrays.stream(Status.values()).filter(Status::listed).toList())));
        return m;
    }

    private static List<String> keywords(List<? extends Keyword> values) {
        return values.stream().map(Keyword::keyword).toList();
    }
}
