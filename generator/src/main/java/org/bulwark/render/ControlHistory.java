package org.bulwark.render;

import static org.bulwark.render.Data.map;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bulwark.history.ControlChange;
import org.bulwark.history.History;
import org.bulwark.history.Release;
import org.bulwark.link.Urls;
import org.bulwark.model.Control;

/**
 * A control page's history ({@code #history}) and, on the current site, the versioned
 * permalink its citation offers: the releases in which the control was first published and
 * changed, newest first, each with what changed in a phrase and its frozen page there.
 */
final class ControlHistory {
    private ControlHistory() {}

    static void model(PageContext context, Control c, Map<String, Object> m) {
        History history = context.history();
        if (history.releases().isEmpty()) return; // no releases, no history: the page keeps the anchor alone
        List<History.Event> events = history.control(c.id());
        List<Object> out = new ArrayList<>();
        for (int i = events.size() - 1; i >= 0; i--) {
            History.Event e = events.get(i);
            boolean released = e.edition().released();
            String version = e.edition().version();
            out.add(map("version", version, "released", released, "effective", e.edition().effective(),
                    "phrase", phrase(e, c.id()),
                    "url", released ? Urls.release(version) + Urls.control(e.id()) : "",
                    "changes", Urls.changes() + "#" + ChangesPage.anchor(e.edition())));
        }
        m.put("history", out);
        if (context.frozen().isEmpty()) permalink(context, c, events).ifPresent(p -> m.put("permalink", p));
    }

    /** "first published", "first published as IAM-04", or what changed: "statement reworded; ...". */
    private static String phrase(History.Event e, String id) {
        if (e.change().category() != ControlChange.Category.ADDED) return e.change().summary();
        return "first published" + (e.id().equals(id) ? "" : " as " + e.id());
    }

    /**
     * The citation of the control in the latest release that has it, with that release's frozen
     * page: the permanent link beside the current one. {@code changed}: the current page shows
     * changes since that release, not yet released.
     */
    private static Optional<Map<String, Object>> permalink(PageContext context, Control c, List<History.Event> events) {
        Optional<Release> latest = context.history().releases().latest();
        if (latest.isEmpty()) return Optional.empty();
        Release l = latest.get();
        String idThere = null;
        // every release sorts at or before the latest: the control's id in the last one that has it
        for (History.Event e : events) if (e.edition().released()) idThere = e.id();
        String id = idThere;
        // by the release's index, not a scan of its controls: this runs for every control page
        Optional<Control> there = id == null ? Optional.empty()
                : l.index().control(id).filter(x -> x.status().published());
        if (there.isEmpty()) return Optional.empty();
        String path = Urls.release(l.version().text()) + Urls.control(id);
        String url = context.absolute(path);
        boolean changed = context.history().unreleased().flatMap(s -> s.changes().control(c.id())).isPresent();
        return Optional.of(map("standard", l.standard().title(), "version", l.version().text(),
                "effective", l.effective(), "id", id,
                "title", there.get().title(), "path", path, "url", url.isEmpty() ? "/" + path : url,
                "changed", changed));
    }
}
