package org.bulwark.link;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.bulwark.model.Applicability;
import org.bulwark.model.Control;
import org.bulwark.model.Level;

/**
 * A workload as the workload view sees it: the services it uses and the level it meets. What
 * applies to it is the whole baseline (every account meets it, whatever runs there) and, up to
 * its level, every listed control that applies to one of its services or to no service in
 * particular. The view computes the same in the browser (workload.js); this is the server's
 * side of it: the list a page shows before any script runs, and what tests compare with.
 */
public record Workload(Set<String> services, Level level) {
    /** The level a workload meets unless it says otherwise: what every production workload meets. */
    public static final Level DEFAULT_LEVEL = Level.STANDARD;

    public Workload {
        services = Set.copyOf(new TreeSet<>(services));
    }

    /** No services chosen yet, at the default level: what the view shows first. */
    public static Workload unchosen() {
        return new Workload(Set.of(), DEFAULT_LEVEL);
    }

    /**
     * A control that names no service applies to the account as a whole: usually met once, by the
     * platform team, for every workload in it.
     */
    public static boolean accountWide(Control c) {
        return c.services().isEmpty();
    }

    /** Whether a listed control applies to this workload. */
    public boolean applies(Control c) {
        if (!c.listed()) return false;
        if (c.isBaseline()) return true;
        if (!c.level().within(level)) return false;
        if (accountWide(c)) return true;
        for (Applicability a : c.services()) if (services.contains(a.service().id())) return true;
        return false;
    }

    /** The controls of {@code controls} that apply, in their order; each once. */
    public List<Control> controls(List<Control> controls) {
        return controls.stream().filter(this::applies).distinct().toList();
    }
}
