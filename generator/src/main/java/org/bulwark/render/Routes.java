package org.bulwark.render;

import java.net.URI;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.bulwark.history.History;
import org.bulwark.link.ControlSection;
import org.bulwark.link.Crosswalk;
import org.bulwark.link.Dependency;
import org.bulwark.link.Index;
import org.bulwark.link.Urls;
import org.bulwark.link.VerificationRefs;
import org.bulwark.model.Applicability;
import org.bulwark.model.Area;
import org.bulwark.model.Citation;
import org.bulwark.model.Control;
import org.bulwark.model.Framework;
import org.bulwark.model.Page;
import org.bulwark.model.Service;
import org.bulwark.model.Status;
import org.bulwark.model.Term;
import org.bulwark.model.VerificationMethod;

/**
 * The route table: every output of a build, worked out from the standard's {@link Listing}
 * before anything is rendered, in one place. Each route has its URL, kind, what it reads of the
 * standard and how its model is built (see {@link Route}). The page jobs, the pages and anchors
 * Markdown may link to ({@link SiteIndex}), the sitemap, the search index and the link check
 * all come from here, and so does what must be rendered again when something changes ({@link
 * #dependencies}, {@link #affectedBy}).
 *
 * <p>Routes are listed in the order the search index holds their subjects: controls, areas,
 * services, pages, glossary terms, frameworks.
 */
public final class Routes {
    private final Index index;
    private final Listing listing;
    private final Crosswalk crosswalk;
    private final Optional<String> baseUrl;
    /** "" for the current site; {@code releases/<version>/} for a frozen release's pages. */
    private final String prefix;
    private final List<Route> all = new ArrayList<>();
    private final Map<String, Route> byUrl = new LinkedHashMap<>();
    private final Map<String, Set<Dependency>> summaries = new java.util.HashMap<>();

    /**
     * @param baseUrl the site's base URL, ending in "/", if it has one: where the 404 page's links start
     * @param files   the files beside the pages (exports, manifest, search index, sitemap), root-relative
     */
    public Routes(Index index, Listing listing, Crosswalk crosswalk, Optional<String> baseUrl, Collection<String> files) {
        this(index, listing, crosswalk, baseUrl, files, History.NONE);
    }

    /**
     * The current site's routes; with releases in {@code history}, also {@code releases/} and
     * {@code changes/} (an anchor per version). A frozen release's own pages are {@link #frozen}.
     */
    public Routes(Index index, Listing listing, Crosswalk crosswalk, Optional<String> baseUrl, Collection<String> files,
                  History history) {
        this(index, listing, crosswalk, baseUrl, "");
        add(Urls.home(), PageKind.HOME, "", everything(), HomePage::model);
        catalogueRoute();
        for (Control c : listing.published()) controlRoutes(c);
        for (Listing.AreaListing a : listing.areas()) areaRoutes(a);
        // a standard without services has no shared-responsibility matrix to show, and links to none
        if (!index.content().services().isEmpty()) {
            add(Urls.services(), PageKind.SERVICES, "", Set.of(Dependency.standard(), Dependency.all(Dependency.Kind.SERVICE),
                    Dependency.all(Dependency.Kind.SERVICE_LISTING)), ServicePage::overview);
        }
        for (Service s : index.content().services()) serviceRoutes(s);
        baselineRoute();
        workloadRoutes();
        for (Page p : index.content().pages()) pageRoute(p);
        Set<String> terms = new LinkedHashSet<>();
        for (Term t : index.content().glossary()) terms.add(Index.termAnchor(t.term()));
        add(Urls.glossary(), PageKind.GLOSSARY, "", 1, terms, Set.of(Dependency.all(Dependency.Kind.TERM)),
                GlossaryPage::model);
        add(Urls.frameworks(), PageKind.FRAMEWORKS, "", Set.of(Dependency.standard(),
                Dependency.all(Dependency.Kind.CROSSWALK)), FrameworkPage::overview);
        for (Framework f : index.content().standard().frameworks()) frameworkRoutes(f);
        VerificationRefs verification = new VerificationRefs(listing.listed());
        if (!verification.methods().isEmpty()) verificationRoutes(verification);
        for (int n = 1; n <= PrintPage.volumes(listing); n++) {
            add(Pagination.url(Urls.print(), n), PageKind.PRINT, "", n, Set.of(), everything(), PrintPage::model);
        }
        // the kinds of result it offers: the standard's frameworks, its pages (navigation says the rest)
        add(Urls.search(), PageKind.SEARCH, "", Set.of(Dependency.standard(), Dependency.all(Dependency.Kind.PAGE)),
                SitePages::search);
        if (!history.releases().isEmpty()) {
            // what they show comes from every release and the current content: they read everything
            add(Urls.releases(), PageKind.RELEASES, "", everything(), ReleasesPage::model);
            add(Urls.changes(), PageKind.CHANGES, "", 1, ChangesPage.anchors(history), everything(),
                    ChangesPage::model);
        }
        add("404.html", PageKind.NOT_FOUND, "", 1, Set.of(), Set.of(), SitePages::notFound);
        for (String file : files) add(file, PageKind.FILE, "", 1, Set.of(), everything(), null);
    }

    private Routes(Index index, Listing listing, Crosswalk crosswalk, Optional<String> baseUrl, String prefix) {
        this.index = index;
        this.listing = listing;
        this.crosswalk = crosswalk;
        this.baseUrl = baseUrl;
        this.prefix = prefix;
    }

    /**
     * The pages a frozen release keeps of its own (SPEC §4), under {@code releases/<version>/}:
     * its home, catalogue, control pages (tombstones and former ids' redirects included), area
     * pages and baseline checklist, from the release's own standard and listing. Everything else
     * its pages link to is the current site's ({@link FrozenLinks}).
     */
    public static Routes frozen(Index index, Listing listing, Crosswalk crosswalk, Optional<String> baseUrl,
                                String version) {
        Routes r = new Routes(index, listing, crosswalk, baseUrl, Urls.release(version));
        r.add(Urls.home(), PageKind.HOME, "", everything(), HomePage::model);
        r.catalogueRoute();
        for (Control c : listing.published()) r.controlRoutes(c);
        for (Listing.AreaListing a : listing.areas()) r.areaRoutes(a);
        r.baselineRoute();
        return r;
    }

    private void catalogueRoute() {
        add(Urls.controls(), PageKind.CATALOGUE, "", Set.of(Dependency.all(Dependency.Kind.CONTROL),
                Dependency.all(Dependency.Kind.AREA), Dependency.all(Dependency.Kind.SERVICE)), CataloguePage::model);
    }

    private void baselineRoute() {
        add(Urls.baseline(), PageKind.BASELINE, "", Set.of(Dependency.standard(), Dependency.all(Dependency.Kind.CONTROL),
                Dependency.all(Dependency.Kind.AREA)), BaselinePage::model);
    }

    // ---- the routes of each kind ------------------------------------------------------------

    private void controlRoutes(Control c) {
        Set<Dependency> reads = new HashSet<>(summaryOf(c));
        reads.add(Dependency.standard()); // the frameworks it cites, the standard's version and provider
        reads.add(Dependency.areaListing(c.area().id())); // where its area lists it
        for (Applicability a : c.services()) reads.add(Dependency.service(a.service().id()));
        for (Citation citation : c.references()) reads.add(Dependency.crosswalk(citation.framework().id()));
        // a ref it verifies with links to the row of the framework that takes the method
        c.verification().forEach(v -> index.frameworkVerifiedBy(v.method())
                .ifPresent(f -> reads.add(Dependency.crosswalk(f.id()))));
        c.related().forEach(r -> resolve(r.id()).ifPresent(x -> reads.addAll(summaryOf(x))));
        c.supersededBy().flatMap(r -> resolve(r.id())).ifPresent(x -> reads.addAll(summaryOf(x)));
        listing.predecessors(c.id()).forEach(x -> reads.addAll(summaryOf(x)));
        PageKind kind = c.status() == Status.WITHDRAWN ? PageKind.WITHDRAWN : PageKind.CONTROL;
        String url = Urls.control(c.id());
        add(url, kind, c.id(), 1, ControlSection.anchors(c), reads, (context, route) -> ControlPage.model(context, route, c));
        for (var alias : c.aliases()) {
            String from = Urls.control(alias.id());
            add(from, PageKind.REDIRECT, alias.id(), 1, Set.of(), summaryOf(c),
                    (context, route) -> ControlPage.redirect(context, route, alias.id(), c));
        }
    }

    private void areaRoutes(Listing.AreaListing listing) {
        Area a = listing.area();
        for (int n = 1; n <= listing.pages(); n++) {
            Set<Dependency> reads = new HashSet<>(Set.of(Dependency.standard(), Dependency.area(a.id()),
                    Dependency.areaListing(a.id())));
            for (Citation citation : a.references()) reads.add(Dependency.crosswalk(citation.framework().id()));
            page(listing.controls(), n).forEach(c -> reads.addAll(summaryOf(c)));
            String url = Pagination.url(Urls.area(a.id()), n);
            add(url, PageKind.AREA, a.id(), n, Set.of(), reads, (context, route) -> AreaPage.model(context, route, listing));
        }
    }

    private void serviceRoutes(Service s) {
        List<Control> controls = listing.service(s.id());
        for (int n = 1; n <= Pagination.count(controls.size(), Pagination.PAGE_SIZE); n++) {
            Set<Dependency> reads = new HashSet<>(Set.of(Dependency.standard(), Dependency.service(s.id()),
                    Dependency.serviceListing(s.id())));
            page(controls, n).forEach(c -> reads.addAll(summaryOf(c)));
            String url = Pagination.url(Urls.service(s.id()), n);
            add(url, PageKind.SERVICE, s.id(), n, Set.of(), reads, (context, route) -> ServicePage.model(context, route, s));
        }
    }

    /**
     * The workload view, and the files its script reads: the controls every workload gets, and
     * one per service with the controls that apply to it (see {@link WorkloadData}).
     */
    private void workloadRoutes() {
        add(Urls.workload(), PageKind.WORKLOAD, "", Set.of(Dependency.standard(), Dependency.all(Dependency.Kind.CONTROL),
                Dependency.all(Dependency.Kind.AREA), Dependency.all(Dependency.Kind.SERVICE),
                Dependency.all(Dependency.Kind.SERVICE_LISTING)), WorkloadPage::model);
        // which controls every workload gets turns on any control's level and services
        add(WorkloadData.COMMON, PageKind.FILE, "", 1, Set.of(), Set.of(Dependency.all(Dependency.Kind.CONTROL),
                Dependency.all(Dependency.Kind.AREA)), null);
        for (Service s : index.content().services()) {
            Set<Dependency> reads = new HashSet<>(Set.of(Dependency.standard(), Dependency.serviceListing(s.id())));
            // a control's "how to verify" links to the cross-walk row of the framework taking its method
            index.content().standard().frameworks().forEach(f -> reads.add(Dependency.crosswalk(f.id())));
            listing.service(s.id()).forEach(c -> reads.addAll(summaryOf(c)));
            add(WorkloadData.service(s.id()), PageKind.FILE, s.id(), 1, Set.of(), reads, null);
        }
    }

    /** The verification index, and the pages of the refs too many controls use to list there. */
    private void verificationRoutes(VerificationRefs verification) {
        add(Urls.verification(), PageKind.VERIFICATION, "", 1, verification.anchors(), Set.of(Dependency.standard(),
                Dependency.all(Dependency.Kind.CONTROL), Dependency.all(Dependency.Kind.CROSSWALK)),
                VerificationPage::model);
        for (VerificationMethod m : verification.methods()) {
            verification.refs(m).forEach((ref, using) -> {
                if (!VerificationPage.ownPage(using)) return;
                for (int n = 1; n <= Pagination.count(using.size(), Pagination.PAGE_SIZE); n++) {
                    Set<Dependency> reads = new HashSet<>(Set.of(Dependency.standard()));
                    page(using, n).forEach(c -> reads.addAll(summaryOf(c)));
                    add(Pagination.url(Urls.verificationRef(m.keyword(), ref), n), PageKind.VERIFICATION_REF, ref, n,
                            Set.of(), reads, (context, route) -> VerificationPage.ref(context, route, m, ref));
                }
            });
        }
    }

    private void pageRoute(Page p) {
        Set<Dependency> reads = new HashSet<>(Set.of(Dependency.page(p.id())));
        p.next().ifPresent(n -> reads.add(Dependency.page(n.id())));
        ContentPage.previous(index.content().pages(), p).ifPresent(prev -> reads.add(Dependency.page(prev.id())));
        String url = Urls.page(p.id());
        add(url, PageKind.PAGE, p.id(), 1, Set.of(), reads, (context, route) -> ContentPage.model(context, route, p));
    }

    private void frameworkRoutes(Framework f) {
        Map<String, Crosswalk.Entry> rows = crosswalk.entries(f.id());
        Set<Dependency> reads = new HashSet<>(Set.of(Dependency.standard(), Dependency.crosswalk(f.id())));
        rows.values().forEach(row -> {
            if (!FrameworkPage.ownPage(row.controls())) row.controls().forEach(c -> reads.addAll(summaryOf(c)));
        });
        String url = Urls.framework(f.id());
        add(url, PageKind.FRAMEWORK, f.id(), 1, crosswalk.anchors(f.id()), reads,
                (context, route) -> FrameworkPage.crosswalk(context, route, f));
        FrameworkPage.identifierPages(crosswalk, f).forEach((id, count) -> {
            for (int n = 1; n <= count; n++) {
                Set<Dependency> here = new HashSet<>(Set.of(Dependency.standard(), Dependency.crosswalk(f.id())));
                page(rows.get(id).controls(), n).forEach(c -> here.addAll(summaryOf(c)));
                String at = Pagination.url(Urls.identifier(f.id(), id), n);
                add(at, PageKind.IDENTIFIER, id, n, Set.of(), here,
                        (context, route) -> FrameworkPage.identifier(context, route, f, id));
            }
        });
    }

    private void add(String url, PageKind kind, String id, Set<Dependency> reads, Route.ModelBuilder model) {
        add(url, kind, id, 1, Set.of(), reads, model);
    }

    /**
     * Adds a route: the one place a route's way back to the site root is worked out, and where
     * every page is given the navigation it shows besides what it reads itself.
     */
    private void add(String path, PageKind kind, String id, int number, Set<String> anchors, Set<Dependency> reads,
                     Route.ModelBuilder model) {
        String url = prefix + path;
        String root = kind == PageKind.NOT_FOUND ? basePath() : Urls.rootFrom(url);
        Route route = new Route(url, kind, id, number, root, anchors, kind.isPage() ? withNavigation(reads) : reads, model);
        all.add(route);
        byUrl.putIfAbsent(url, route); // two with one URL: the validator has reported why
    }

    // ---- what pages read -----------------------------------------------------------------------

    private static Set<Dependency> withNavigation(Set<Dependency> own) {
        Set<Dependency> out = new HashSet<>(own);
        out.add(Dependency.navigation());
        return out;
    }

    /** Everything of the standard: what the home page, the search index and the exports read. */
    private static Set<Dependency> everything() {
        Set<Dependency> out = new HashSet<>(Set.of(Dependency.standard(), Dependency.navigation()));
        for (Dependency.Kind k : Dependency.Kind.values()) {
            if (k != Dependency.Kind.STANDARD && k != Dependency.Kind.NAVIGATION) out.add(Dependency.all(k));
        }
        return out;
    }

    /**
     * What a list showing a control reads of it: the control, and its area (for the area's and
     * topic's titles). Made once per control: every list and cross-walk showing it shares it.
     */
    private Set<Dependency> summaryOf(Control c) {
        return summaries.computeIfAbsent(c.id(), id -> Set.of(Dependency.control(id), Dependency.area(c.area().id())));
    }

    private Optional<Control> resolve(String id) {
        return index.control(id).or(() -> index.controlByAlias(id)).filter(c -> listing.isPublished(c.id()));
    }

    private static List<Control> page(List<Control> controls, int number) {
        return new Pagination("", number, controls.size(), Pagination.PAGE_SIZE).slice(controls);
    }

    /** The 404 page is served at any depth: its links start from the base URL's path, or "/". */
    private String basePath() {
        String root = baseUrl.map(b -> URI.create(b).getPath()).filter(p -> !p.isEmpty()).orElse("/");
        return root.endsWith("/") ? root : root + "/";
    }

    // ---- reading the table ------------------------------------------------------------------------

    /** Every route, pages first, in the order above. */
    public List<Route> all() {
        return List.copyOf(all);
    }

    /** The pages among the routes: what is rendered from a template. */
    public List<Route> pages() {
        return all.stream().filter(r -> r.kind().isPage()).toList();
    }

    public Optional<Route> at(String url) {
        return Optional.ofNullable(byUrl.get(url));
    }

    /** The URLs the sitemap lists: every page its own URL names. */
    public List<String> sitemap() {
        return all.stream().filter(r -> r.kind().inSitemap()).map(Route::url).toList();
    }

    /**
     * Everything a route's page shows of the standard: what it reads, what the Markdown of
     * those things refers to (their rendered fragments show the targets' titles), and, on a
     * control's page, who refers to the control. To find the routes a change affects, take the
     * routes whose dependencies match it before the change and after it ({@link #affectedBy}):
     * a reference added shows in the new dependencies, one removed in the old.
     */
    public Set<Dependency> dependencies(Route route, RenderedContent rendered) {
        Set<Dependency> out = new HashSet<>(route.reads());
        for (Dependency d : route.reads()) out.addAll(rendered.references(d));
        if (route.kind().showsBacklinks()) out.addAll(rendered.referrers(route.id()));
        return out;
    }

    /**
     * The routes whose dependencies match any of {@code changed} ({@link Dependency#matches}):
     * the same answer as matching each route's {@link #dependencies}, without making them. A
     * route's dependencies are what it reads, what those things refer to, and its backlinks; so
     * it is affected when it reads a changed thing or a thing that refers to one (the referrers
     * are found once, not per route), or when a changed thing refers to its control.
     */
    public List<Route> affectedBy(Collection<Dependency> changed, RenderedContent rendered) {
        Set<Dependency> reach = new HashSet<>(changed);
        reach.addAll(rendered.sourcesReferringTo(changed));
        boolean anyAll = reach.stream().anyMatch(Dependency::isAll);
        Set<Dependency> reachOrAll = new HashSet<>(reach);
        for (Dependency d : reach) reachOrAll.add(Dependency.all(d.kind()));
        Set<String> referred = rendered.referredBy(changed);
        List<Route> out = new ArrayList<>();
        for (Route r : all) {
            if (readsAny(r.reads(), reach, reachOrAll, anyAll) || (r.kind().showsBacklinks() && referred.contains(r.id()))) {
                out.add(r);
            }
        }
        return out;
    }

    /** Whether {@code reads} matches any of {@code reach}, by hash lookups rather than pair by pair. */
    private static boolean readsAny(Set<Dependency> reads, Set<Dependency> reach, Set<Dependency> reachOrAll,
                                    boolean anyAll) {
        if (anyAll) return reads.stream().anyMatch(d -> reach.stream().anyMatch(d::matches));
        if (reads.size() < reachOrAll.size()) {
            for (Dependency d : reads) if (d.isAll() ? reach.stream().anyMatch(d::matches) : reach.contains(d)) return true;
            return false;
        }
        for (Dependency d : reachOrAll) if (reads.contains(d)) return true;
        return false;
    }
}
