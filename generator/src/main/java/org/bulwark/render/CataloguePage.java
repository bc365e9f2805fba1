package org.bulwark.render;

import static org.bulwark.render.Data.map;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.bulwark.model.Control;
import org.bulwark.model.Keyword;
import org.bulwark.model.Level;
import org.bulwark.model.Responsibility;
import org.bulwark.model.Severity;
import org.bulwark.model.Status;

/**
 * The model of the catalogue: every listed control, and the values its filters offer. A field
 * no listed control has a value of (no severity anywhere, no service, every control active)
 * offers none: its filter and column are left out, rather than shown empty.
 */
final class CataloguePage {
    private CataloguePage() {}

    /** The order the responsibility filter offers: from the customer's side to the provider's. */
    static final List<Responsibility> RESPONSIBILITIES = List.of(Responsibility.CUSTOMER, Responsibility.SHARED,
            Responsibility.PROVIDER);

    /** The catalogue's filters, in its order; each is offered when {@link #offered} says so. */
    static final List<String> FILTERS = List.of("area", "level", "severity", "responsibility", "service", "status");

    static Map<String, Object> model(PageContext context, Route route) {
        Map<String, Object> m = context.base(route, "All controls");
        List<Control> listed = context.listing().listed();
        m.put("controls", context.summaries(listed));
        m.put("idWidth", idWidth(listed));
        List<Object> services = new ArrayList<>();
        if (offered(listed, "service")) {
            context.index().content().services().forEach(s -> services.add(map("id", s.id(), "name", s.name())));
        }
        m.put("services", services);
        m.put("filters", map("levels", keywords(Arrays.asList(Level.values())),
                "severities", offered(listed, "severity") ? keywords(Arrays.asList(Severity.values())) : List.of(),
                "responsibilities", offered(listed, "responsibility") ? keywords(RESPONSIBILITIES) : List.of(),
                "statuses", offered(listed, "status")
                        ? keywords(Arrays.stream(Status.values()).filter(Status::listed).toList()) : List.of()));
        return m;
    }

    /** The widths the theme has for the id column, in characters; a longer id wraps in the widest. */
    static final List<Integer> ID_WIDTHS = List.of(6, 8, 10, 12, 14, 16, 20, 24);

    /**
     * The class that sizes the id column ({@code ids-10}): the narrowest of {@link #ID_WIDTHS}
     * that holds the longest id, so {@code OSPS-AC-01} neither runs under its title nor leaves
     * {@code IAM-01} a wide empty column. (A class, not a style: the CSP forbids inline styles.)
     */
    static String idWidth(List<Control> listed) {
        int longest = listed.stream().mapToInt(c -> c.id().length()).max().orElse(0);
        int width = ID_WIDTHS.stream().filter(w -> w >= longest).findFirst().orElse(ID_WIDTHS.get(ID_WIDTHS.size() - 1));
        return "ids-" + width;
    }

    /** The filters the catalogue offers for these controls: those of {@link #FILTERS} some control has a value of. */
    static List<String> offered(List<Control> listed) {
        return FILTERS.stream().filter(f -> offered(listed, f)).toList();
    }

    /**
     * Whether a filter tells controls apart: some control has a severity, a responsibility, a
     * service, a status other than active. Area and level always do.
     */
    private static boolean offered(List<Control> listed, String filter) {
        return switch (filter) {
            case "severity" -> listed.stream().anyMatch(c -> c.severity().isPresent());
            case "responsibility" -> listed.stream().anyMatch(c -> c.responsibility().isPresent());
            case "service" -> listed.stream().anyMatch(c -> !c.services().isEmpty());
            case "status" -> listed.stream().anyMatch(c -> c.status() != Status.ACTIVE);
            default -> true;
        };
    }

    private static List<String> keywords(List<? extends Keyword> values) {
        return values.stream().map(Keyword::keyword).toList();
    }
}
