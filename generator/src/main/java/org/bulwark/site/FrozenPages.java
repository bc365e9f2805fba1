package org.bulwark.site;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.bulwark.diag.Diagnostics;
import org.bulwark.render.CurrentSite;
import org.bulwark.render.FrozenLinks;
import org.bulwark.render.FrozenRelease;
import org.bulwark.render.PageContext;
import org.bulwark.render.Route;
import org.bulwark.render.Routes;
import org.bulwark.render.Templates;

/**
 * The pages of frozen releases (SPEC §4): for each, under {@code releases/<version>/}, its home,
 * catalogue, area pages, control pages (tombstones and former ids' redirects too) and baseline
 * checklist, rendered by the current theme from the release's own content, fragments and
 * history, with the anchors of current pages and a banner naming the current version. Their
 * links are made the release's by {@link FrozenLinks}; they are link-checked with the rest of
 * the site.
 */
public final class FrozenPages {
    /** One release to render: its routes, the context of its pages, and what they ask of the current site. */
    public record Release(SiteBuilder.Frozen frozen, FrozenRelease release, Routes routes, PageContext context) {
        public String version() {
            return release.version();
        }
    }

    private FrozenPages() {}

    /** Works out the routes and page context of each release; nothing is rendered yet. */
    public static List<Release> plan(List<SiteBuilder.Frozen> frozen, CurrentSite current, Optional<String> baseUrl) {
        List<Release> out = new ArrayList<>();
        for (SiteBuilder.Frozen f : frozen) {
            SiteBuilder.Loaded l = f.loaded();
            String version = f.release().version().text();
            FrozenRelease release = new FrozenRelease(version, current.questions());
            Routes routes = Routes.frozen(l.index(), l.listing(), l.crosswalk(), baseUrl, version);
            PageContext context = new PageContext(l.index(), l.listing(), f.rendered(), l.crosswalk(), baseUrl,
                    l.history(), Optional.of(release));
            out.add(new Release(f, release, routes, context));
        }
        return out;
    }

    /** How many pages the releases have. */
    static int count(List<Release> releases) {
        return releases.stream().mapToInt(r -> r.routes().pages().size()).sum();
    }

    /** Renders every page of every release, in parallel, into {@code output}; the link check scans each. */
    static void render(List<Release> releases, Templates templates, Output output, LinkChecker links,
                       Diagnostics diagnostics) {
        record Job(Release release, Route route) {}
        List<Job> jobs = new ArrayList<>();
        for (Release r : releases) for (Route route : r.routes().pages()) jobs.add(new Job(r, route));
        Queue<PageWriter> writers = new ConcurrentLinkedQueue<>();
        jobs.parallelStream().forEach(j -> render(j.release(), j.route(), templates, writers, output, links, diagnostics));
    }

    private static void render(Release r, Route route, Templates templates, Queue<PageWriter> writers, Output output,
                               LinkChecker links, Diagnostics diagnostics) {
        PageWriter out = java.util.Objects.requireNonNullElseGet(writers.poll(), PageWriter::new);
        Optional<byte[]> bytes;
        try {
            bytes = page(r, route, templates, out, diagnostics);
        } finally {
            writers.offer(out);
        }
        if (bytes.isEmpty()) return;
        links.scan(route.file(), bytes.get());
        output.write(route.file(), bytes.get());
    }

    /**
     * One page of a release, its links made the release's; empty if its template failed (the
     * diagnostic says why). Serve renders them one by one with this.
     */
    public static Optional<byte[]> page(Release r, Route route, Templates templates, PageWriter out,
                                        Diagnostics diagnostics) {
        Map<String, Object> model = route.model(r.context());
        StringWriter html = new StringWriter(32 * 1024);
        if (!templates.render(route.kind().template().orElseThrow(), model, html, diagnostics)) return Optional.empty();
        out.start(route.root());
        out.write(FrozenLinks.rewrite(html.toString(), r.release()));
        return Optional.of(out.toByteArray());
    }
}
