package org.bulwark.render;

import static org.bulwark.render.Data.map;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bulwark.history.History;
import org.bulwark.link.Urls;
import org.bulwark.model.Control;

/**
 * The model of {@code /releases/}: every release, newest first, with its effective date, its
 * counts, what changed in it and its links (its frozen home page, its entry on the changes
 * page, its {@code controls.json}); above them the current content when it has moved on since
 * the latest release.
 */
final class ReleasesPage {
    private ReleasesPage() {}

    static Map<String, Object> model(PageContext context, Route route) {
        Map<String, Object> m = context.base(route, "Releases");
        History history = context.history();
        List<Object> releases = new ArrayList<>();
        for (int i = history.steps().size() - 1; i >= 0; i--) {
            History.Step step = history.steps().get(i);
            History.Edition e = step.to();
            boolean released = e.released();
            String version = e.version();
            Map<String, Object> row = map("version", version, "released", released, "effective", e.effective(),
                    "controls", listed(e.controls()).size(),
                    "baseline", listed(e.controls()).stream().filter(Control::isBaseline).count(),
                    "changes", step.from().isEmpty() ? "first release" : step.changes().counts().summary(),
                    "from", step.from().map(History.Edition::version).orElse(""),
                    "changesUrl", Urls.changes() + "#" + ChangesPage.anchor(e),
                    "home", released ? Urls.release(version) : Urls.home(),
                    "json", (released ? Urls.release(version) : "") + "controls.json");
            releases.add(row);
        }
        m.put("releases", releases);
        Optional<String> latest = history.releases().latest().map(r -> r.version().text());
        m.put("latest", latest.orElse(""));
        m.put("unreleased", history.unreleased().isPresent());
        return m;
    }

    private static List<Control> listed(List<Control> controls) {
        return controls.stream().filter(Control::listed).toList();
    }
}
