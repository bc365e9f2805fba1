package org.bulwark.render;

import static org.bulwark.render.Data.map;

import java.util.Map;
import java.util.Optional;
import org.bulwark.history.Version;
import org.bulwark.link.Urls;

/**
 * The banner of every frozen page: which version of the standard it shows, the current
 * version, and where the reader finds the same page there: the same control (under its new id
 * when renamed, its successor when withdrawn), the same area, the checklist, the catalogue or
 * the home page.
 */
final class FrozenBanner {
    private FrozenBanner() {}

    /** The current page a frozen page leads to, and what the link says. */
    private record Target(String path, String text) {}

    static Map<String, Object> model(PageContext context, FrozenRelease release, Route route) {
        String current = release.current().version();
        boolean same = Version.parse(current).flatMap(v -> Version.parse(release.version()).map(v::sameAs))
                .orElse(current.equals(release.version()));
        Target target = target(release, route);
        // written as it stands, not as a site link: FrozenLinks would take it for the release's own page
        String href = route.root() + Urls.file(target.path());
        return map("version", release.version(), "title", context.index().content().standard().title(),
                "currentVersion", current, "same", same, "href", href, "text", target.text());
    }

    private static Target target(FrozenRelease release, Route route) {
        return switch (route.kind()) {
            case CONTROL, WITHDRAWN, REDIRECT -> control(release, route.id());
            case AREA -> release.current().page(Urls.area(route.id()))
                    .map(p -> new Target(p, "Read this area in the current version"))
                    .orElseGet(FrozenBanner::home);
            case BASELINE -> new Target(Urls.baseline(), "Open the current baseline checklist");
            case CATALOGUE -> new Target(Urls.controls(), "See every control of the current version");
            default -> home();
        };
    }

    private static Target control(FrozenRelease release, String id) {
        Optional<CurrentSite.CurrentControl> now = release.current().control(id);
        if (now.isEmpty()) return home(); // the ledger has reported the id missing: the build fails
        CurrentSite.CurrentControl c = now.get();
        String text = switch (c.how()) {
            case "renamed" -> "Read " + id + ", now " + c.id() + ", in the current version";
            case "successor" -> id + " was withdrawn: read its successor, " + c.id() + ", in the current version";
            default -> "Read " + id + " in the current version";
        };
        return new Target(c.url(), text);
    }

    private static Target home() {
        return new Target(Urls.home(), "Go to the current version");
    }
}
