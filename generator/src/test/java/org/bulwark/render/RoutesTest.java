package org.bulwark.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.bulwark.diag.Diagnostics;
import org.bulwark.export.Fixtures;
import org.bulwark.link.Dependency;
import org.bulwark.site.SiteBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The route table: every output once, every kind of page, and what each page reads, on the
 * audit standard (every cross-reference form, aliases, a tombstone) and on a standard long
 * enough that its lists take several pages.
 */
class RoutesTest {
    @TempDir
    static Path tmp;
    static SiteBuilder.Resolved audit;
    static SiteBuilder.Resolved paged;
    /** Two releases, and content that moved on since: the releases and changes pages. */
    static SiteBuilder.Resolved released;

    @BeforeAll
    static void load() throws IOException {
        audit = resolve(Fixtures.auditContent(), Optional.empty());
        paged = resolve(writePaged(tmp.resolve("paged")), Optional.of("https://x.example/sec/"));
        Path content = org.bulwark.history.Releases.twoReleases(tmp.resolve("released"));
        org.bulwark.history.Releases.version(content, "1.2.0");
        released = resolve(content, Optional.empty());
    }

    private static SiteBuilder.Resolved resolve(Path content, Optional<String> baseUrl) {
        Diagnostics diagnostics = new Diagnostics();
        SiteBuilder.Loaded loaded = SiteBuilder.load(content, false, diagnostics).orElseThrow();
        SiteBuilder.Resolved resolved = SiteBuilder.resolve(loaded, false, baseUrl, diagnostics);
        assertFalse(diagnostics.hasErrors(), () -> diagnostics.sorted().toString());
        return resolved;
    }

    /**
     * 104 listed controls in one area, all for one service, all citing one identifier and checked
     * with one Config rule; a tombstone; an alias.
     */
    static Path writePaged(Path dir) throws IOException {
        Files.createDirectories(dir.resolve("areas"));
        Files.createDirectories(dir.resolve("controls"));
        Files.createDirectories(dir.resolve("services"));
        Files.createDirectories(dir.resolve("pages"));
        Files.writeString(dir.resolve("standard.yaml"), """
                id: paged
                title: Paged Standard
                version: 1.0.0
                provider: AWS
                summary: Long lists.
                baseline: { title: Baseline, intro: Tick them. }
                layers: [{ id: data, title: Customer data }]
                frameworks: [{ id: nist-800-53, title: NIST SP 800-53 }]
                """);
        Files.writeString(dir.resolve("areas/identity.md"), """
                ---
                title: Identity
                order: 1
                summary: Who.
                topics: [{ id: people, title: People }]
                ---
                Identity guidance.
                """);
        Files.writeString(dir.resolve("areas/data.md"), "---\ntitle: Data\norder: 2\nsummary: What.\n---\nData.\n");
        Files.writeString(dir.resolve("services/s3.yaml"), """
                id: s3
                name: Amazon S3
                category: abstracted
                summary: Storage.
                responsibilities: [{ layer: data, owner: customer }]
                """);
        Files.writeString(dir.resolve("pages/start.md"), "---\ntitle: Start\norder: 1\nnext: more\n---\nStart.\n");
        Files.writeString(dir.resolve("pages/more.md"), "---\ntitle: More\norder: 2\n---\nSee [[DP-01]].\n");
        Files.writeString(dir.resolve("glossary.yaml"), "- term: MFA\n  definition: A second factor.\n");
        for (int i = 1; i <= 105; i++) {
            String id = String.format(Locale.ROOT, "IAM-%03d", i);
            String extra = switch (i) {
                case 1 -> "aliases: [OLD-1]\nrelated: [IAM-002]\n";
                case 3 -> "status: withdrawn\nsuperseded_by: IAM-004\n";
                default -> "";
            };
            Files.writeString(dir.resolve("controls/" + id + ".yaml"), """
                    id: %s
                    title: Control %d
                    area: identity
                    %slevel: %s
                    statement: %s
                    services: [s3]
                    references: { nist-800-53: ["AC-2"] }
                    verification: [{ method: aws-config, ref: s3-bucket-level-public-access-prohibited }]
                    %s""".formatted(id, i, i % 2 == 0 ? "topic: people\n" : "", i % 3 == 0 ? "baseline" : "standard",
                    i == 1 ? "Every workload MUST do it, as [[IAM-002]] on [[service:s3]] with [[term:MFA]] says."
                            : "Every workload MUST do thing " + i + ".", extra));
        }
        Files.writeString(dir.resolve("controls/DP-01.yaml"), """
                id: DP-01
                title: Data control
                area: data
                level: baseline
                statement: Like [[IAM-001]], see [[page:start]].
                """);
        return dir;
    }

    private static Route route(SiteBuilder.Resolved r, String url) {
        return r.routes().at(url).orElseThrow(() -> new AssertionError("no route " + url));
    }

    private static Set<Dependency> dependencies(SiteBuilder.Resolved r, String url) {
        return r.routes().dependencies(route(r, url), r.rendered());
    }

    @Test
    void everyOutputHasOneUrl() {
        for (SiteBuilder.Resolved r : List.of(audit, paged)) {
            Set<String> urls = new HashSet<>();
            for (Route route : r.routes().all()) assertTrue(urls.add(route.url()), "twice: " + route.url());
        }
    }

    @Test
    void everyKindOfPageHasRoutes() {
        Set<PageKind> kinds = EnumSet.noneOf(PageKind.class);
        for (SiteBuilder.Resolved r : List.of(audit, paged, released)) {
            r.routes().all().forEach(route -> kinds.add(route.kind()));
        }
        assertEquals(EnumSet.allOf(PageKind.class), kinds);
        assertTrue(audit.routes().at("releases/").isEmpty(), "no releases, no releases page");
        assertEquals(Set.of("1.0.0", "1.1.0", "unreleased"), route(released, "changes/").anchors(),
                "an anchor per version on the changes page");
        // long lists go on as later pages, each a route of its own
        assertEquals(PageKind.AREA, route(paged, "areas/identity/page/2/").kind());
        assertEquals(PageKind.SERVICE, route(paged, "services/s3/page/2/").kind());
        assertEquals(PageKind.IDENTIFIER, route(paged, "frameworks/nist-800-53/AC-2/page/2/").kind());
        assertEquals(PageKind.REDIRECT, route(paged, "controls/OLD-1/").kind());
        assertEquals(PageKind.VERIFICATION_REF,
                route(paged, "verification/aws-config/s3-bucket-level-public-access-prohibited/page/2/").kind());
        assertEquals(PageKind.PRINT, route(paged, "print/").kind());
        assertEquals(PageKind.FILE, route(paged, "workload/data/services/s3.js").kind());
        assertEquals(PageKind.WITHDRAWN, route(paged, "controls/IAM-003/").kind());
        assertEquals(PageKind.FILE, route(paged, "search-index.js").kind());
        assertEquals(PageKind.FILE, route(paged, "controls.json").kind());
    }

    @Test
    void eachRouteKnowsItsWayBackToTheRoot() {
        assertEquals("", route(paged, "").root());
        assertEquals("../../", route(paged, "controls/IAM-001/").root());
        assertEquals("../../../../", route(paged, "areas/identity/page/2/").root());
        // the 404 page is served at any depth: its links start from the base URL's path
        assertEquals("/sec/", route(paged, "404.html").root());
        assertEquals("/", route(audit, "404.html").root());
        assertFalse(route(paged, "404.html").kind().linksRelative());
        assertEquals("controls/IAM-001/index.html", route(paged, "controls/IAM-001/").file());
    }

    @Test
    void aControlPageReadsTheControlItsAreaItsServicesAndWhatItRefersTo() {
        Set<Dependency> reads = dependencies(paged, "controls/IAM-001/");
        for (Dependency d : List.of(Dependency.control("IAM-001"), Dependency.area("identity"),
                Dependency.areaListing("identity"), Dependency.service("s3"), Dependency.crosswalk("nist-800-53"),
                Dependency.standard(), Dependency.navigation(),
                Dependency.control("IAM-002"), // related, and named in its statement
                Dependency.term("mfa"), // named in its statement
                Dependency.control("DP-01"))) { // refers to it: "referenced by"
            assertTrue(reads.contains(d), () -> d + " in " + reads);
        }
        assertFalse(reads.contains(Dependency.control("IAM-050")), "nothing it does not show");
        // successor and predecessor: each page shows the other
        assertTrue(dependencies(paged, "controls/IAM-003/").contains(Dependency.control("IAM-004")));
        assertTrue(dependencies(paged, "controls/IAM-004/").contains(Dependency.control("IAM-003")));
        // a former id's page shows the control it names
        assertTrue(dependencies(paged, "controls/OLD-1/").contains(Dependency.control("IAM-001")));
    }

    @Test
    void everyCrossReferenceFormIsADependency() {
        Set<Dependency> reads = dependencies(audit, "controls/AUD-01/");
        for (Dependency d : List.of(Dependency.control("AUD-04"), Dependency.service("s3"), Dependency.area("identity"),
                Dependency.page("citing"), Dependency.term("mfa"), Dependency.standard(),
                Dependency.crosswalk("nist-800-53"), Dependency.control("AUD-03"))) {
            assertTrue(reads.contains(d), () -> d + " in " + reads);
        }
        // who refers to AUD-01: its page lists them
        Set<Dependency> referrers = audit.rendered().referrers("AUD-01");
        assertTrue(referrers.contains(Dependency.page("citing")), referrers::toString);
        assertTrue(referrers.contains(Dependency.term("mfa")), referrers::toString);
        assertTrue(dependencies(audit, "controls/AUD-01/").containsAll(referrers));
    }

    @Test
    void aPageOfAListReadsTheControlsOnItAndTheListing() {
        Set<Dependency> second = dependencies(paged, "areas/identity/page/2/");
        assertTrue(second.contains(Dependency.areaListing("identity")));
        assertTrue(second.contains(Dependency.area("identity")));
        List<String> onIt = paged.routes().at("areas/identity/page/2/").orElseThrow().reads().stream()
                .filter(d -> d.kind() == Dependency.Kind.CONTROL).map(Dependency::id).sorted().toList();
        assertEquals(4, onIt.size(), onIt::toString); // 104 listed, 100 a page
        assertFalse(dependencies(paged, "areas/identity/").contains(Dependency.control(onIt.get(0))));
        assertTrue(dependencies(paged, "services/s3/page/2/").contains(Dependency.serviceListing("s3")));
        assertTrue(dependencies(paged, "controls/").contains(Dependency.all(Dependency.Kind.CONTROL)));
        assertTrue(dependencies(paged, "frameworks/nist-800-53/").contains(Dependency.crosswalk("nist-800-53")));
    }

    @Test
    void everyPageReadsTheNavigationAndTheFilesReadEverything() {
        for (Route r : paged.routes().pages()) assertTrue(r.reads().contains(Dependency.navigation()), r.url());
        for (String file : List.of("search-index.js", "controls.json", "manifest.json")) {
            Set<Dependency> reads = dependencies(paged, file);
            for (Dependency.Kind k : Dependency.Kind.values()) {
                assertTrue(reads.stream().anyMatch(d -> d.kind() == k && (d.isAll() || d.id().isEmpty())), file + " " + k);
            }
        }
        // the workload view's data: one file of what every workload gets, one per service of its controls
        assertTrue(dependencies(paged, "workload/data/common.js").contains(Dependency.all(Dependency.Kind.CONTROL)));
        Set<Dependency> s3 = dependencies(paged, "workload/data/services/s3.js");
        assertTrue(s3.contains(Dependency.serviceListing("s3")) && s3.contains(Dependency.control("IAM-104")), s3::toString);
        assertFalse(s3.contains(Dependency.control("DP-01")), "DP-01 names no service");
    }

    @Test
    void aChangedControlFindsThePagesThatShowIt() {
        List<String> affected = paged.routes().affectedBy(List.of(Dependency.control("IAM-002")), paged.rendered())
                .stream().map(Route::url).toList();
        for (String url : List.of("controls/IAM-002/", "controls/IAM-001/", "areas/identity/", "services/s3/",
                "controls/", "baseline/", "", "search-index.js", "controls.json", "manifest.json")) {
            assertTrue(affected.contains(url), () -> url + " in " + affected);
        }
        for (String url : List.of("controls/IAM-050/", "areas/identity/page/2/", "services/s3/page/2/",
                "pages/start/", "glossary/", "areas/data/")) {
            assertFalse(affected.contains(url), () -> url + " not in " + affected);
        }
        // a term reaches the pages whose Markdown names it
        List<String> term = paged.routes().affectedBy(List.of(Dependency.term("mfa")), paged.rendered())
                .stream().map(Route::url).toList();
        assertTrue(term.containsAll(List.of("glossary/", "controls/IAM-001/", "areas/identity/", "controls/")), term::toString);
        assertFalse(term.contains("controls/IAM-002/"), term::toString);
    }

    @Test
    void theSitemapHasEveryPageButRedirectsAndThe404Page() {
        List<String> sitemap = paged.routes().sitemap();
        assertTrue(sitemap.containsAll(List.of("", "controls/IAM-001/", "areas/identity/page/2/", "glossary/")));
        assertFalse(sitemap.contains("controls/OLD-1/"));
        assertFalse(sitemap.contains("404.html"));
        assertFalse(sitemap.contains("controls.json"));
    }

    @Test
    void markdownMayLinkToEveryRouteAndTheAnchorsKnownBeforeRendering() {
        SiteIndex site = new SiteIndex(paged.routes());
        for (String path : List.of("", "baseline/", "baseline/index.html", "areas/identity/page/2/",
                "frameworks/nist-800-53/AC-2/", "controls/OLD-1", "404.html", "controls.json", "sitemap.xml")) {
            assertTrue(site.exists(path), path);
        }
        assertFalse(site.exists("areas/nope/"));
        assertTrue(site.anchors("controls/IAM-001/").containsAll(List.of("statement", "referenced-by", "cite")));
        assertTrue(site.anchors("frameworks/nist-800-53/").contains("AC-2"));
        assertTrue(site.anchors("glossary/").contains("mfa"));
        assertEquals(Set.of(), site.anchors("areas/identity/"), "from its headings: known only once rendered");
    }

    @Test
    void theSearchIndexHoldsTheRoutesSubjectsInTheirOrder() {
        List<SearchIndex.Type> order = paged.routes().all().stream().filter(r -> r.number() == 1)
                .flatMap(r -> r.kind().searchType().stream()).distinct().toList();
        // then the rows of the cross-walks and of the verification index, parts of pages, not routes
        assertEquals(Arrays.stream(SearchIndex.Type.values())
                .filter(t -> t != SearchIndex.Type.IDENTIFIER && t != SearchIndex.Type.VERIFICATION).toList(), order);
    }
}
