package org.bulwark.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.bulwark.Cli;
import org.bulwark.Sites;
import org.bulwark.history.Freezer;
import org.bulwark.history.Releases;
import org.bulwark.link.ControlSection;
import org.bulwark.link.Urls;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The frozen pages of a release, read as a reader meets them: the history fixture's "before"
 * released as 1.0.0, then the content moved on to its "after" (1.1.0, not released): DP-01
 * reworded, IAM-04 renamed IAM-05, IAM-03 withdrawn in favour of IAM-01.
 */
class FrozenPagesTest {
    @TempDir
    Path tmp;

    /** history/before released as 1.0.0; the current content history/after, 1.1.0, not released. */
    static Path movedOn(Path content) throws IOException {
        Sites.copy(Sites.resource("history/before"), content);
        Freezer.freeze(content, "test-standard", "1.0.0");
        Releases.replaceContent(content, Sites.resource("history/after"));
        return content;
    }

    private Path built(Path content, String... more) {
        Path out = tmp.resolve("site");
        Cli run = SiteBuildTest.build(content, out, more);
        assertEquals(0, run.exitCode(), run.all());
        return out;
    }

    static Document page(Path site, String url) {
        try {
            return Jsoup.parse(site.resolve(Urls.file(url)).toFile(), "UTF-8");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The site path a link of the page at {@code url} leads to ("controls/IAM-01/index.html"), without its anchor. */
    static String target(Path site, String url, Element a) {
        Path from = site.resolve(Urls.file(url)).getParent();
        return site.relativize(from.resolve(a.attr("href").replaceAll("#.*", "")).normalize()).toString().replace('\\', '/');
    }

    private static String text(Document d, String id) {
        Element e = d.getElementById(id);
        assertNotNull(e, "#" + id);
        return e.text();
    }

    @Test
    void frozenPagesKeepTheOldTextAndEveryAnchorWhileTheContentMovesOn() throws IOException {
        Path site = built(movedOn(tmp.resolve("content")));
        Document frozen = page(site, "releases/1.0.0/controls/DP-01/");
        Document now = page(site, "controls/DP-01/");
        assertEquals("DP-01 Encrypt data at rest", frozen.selectFirst("h1").text());
        assertEquals("DP-01 Encrypt data at rest with KMS keys", now.selectFirst("h1").text());
        assertEquals("Data at rest MUST be encrypted.", frozen.selectFirst("#statement .statement").text());
        assertEquals("Data at rest MUST be encrypted with a KMS key the account controls.",
                now.selectFirst("#statement .statement").text());
        assertTrue(text(frozen, "req-a").contains("Buckets use default encryption."), text(frozen, "req-a"));
        assertFalse(text(frozen, "req-a").contains("SSE-KMS"));
        assertTrue(text(now, "req-a").contains("Buckets use default encryption with SSE-KMS."));
        assertTrue(text(frozen, "req-b").contains("Volumes are encrypted when they are created."));
        assertNull(now.getElementById("req-b"), "requirement b is gone from the current page");
        assertNull(frozen.getElementById("req-c"), "requirement c came later");
        assertTrue(text(frozen, "evidence-bucket-settings").contains("Screenshot of default encryption."));
        assertTrue(text(now, "evidence-bucket-settings").contains("Export of the default encryption setting of every bucket."));
        assertTrue(text(frozen, "evidence-key-list").contains("The list of keys in use."));
        assertTrue(frozen.selectFirst("#rationale").text().contains("A lost disk leaks data."));
        // every anchor a current page has, so a citation can name a version
        for (ControlSection s : ControlSection.values()) {
            assertNotNull(frozen.getElementById(s.anchor()), "#" + s.anchor() + " on the frozen page");
            assertNotNull(now.getElementById(s.anchor()), "#" + s.anchor() + " on the current page");
        }
        // in their order, on every control page of the release, tombstones included
        assertTrue(org.bulwark.ControlAnchors.assertOnEveryControlPage(site.resolve("releases/1.0.0")) >= 6);
        assertTrue(org.bulwark.ControlAnchors.assertOnEveryControlPage(site) >= 6);
        // the frozen page says which version it is, to the checklist's ticks too
        assertEquals("1.0.0", frozen.body().attr("data-version"));
        assertEquals("1.1.0", now.body().attr("data-version"));
        assertTrue(frozen.selectFirst("#cite").text().contains("version 1.0.0 (effective 2026-01-15): /releases/1.0.0/controls/DP-01/"),
                frozen.selectFirst("#cite").text());
    }

    @Test
    void aReleaseHasItsHomeCatalogueAreasControlsAndBaseline() throws IOException {
        Path site = built(movedOn(tmp.resolve("content")));
        for (String url : List.of("releases/1.0.0/", "releases/1.0.0/controls/", "releases/1.0.0/areas/data/",
                "releases/1.0.0/areas/identity/", "releases/1.0.0/baseline/", "releases/1.0.0/controls/IAM-04/",
                "releases/1.0.0/controls/ID-MFA-1/", "releases/1.0.0/controls.json")) {
            assertTrue(Files.isRegularFile(site.resolve(Urls.file(url))), url);
        }
        // IAM-04 was published in 1.0.0 and renamed later: its 1.0.0 page is there, under its id then
        assertEquals("IAM-04 Review access every quarter", page(site, "releases/1.0.0/controls/IAM-04/").selectFirst("h1").text());
        // a former id of the release redirects inside the release
        Document redirect = page(site, "releases/1.0.0/controls/ID-MFA-1/");
        assertTrue(redirect.selectFirst("meta[http-equiv=refresh]").attr("content").endsWith("releases/1.0.0/controls/IAM-01/index.html"),
                redirect.selectFirst("meta[http-equiv=refresh]").attr("content"));
        // the baseline of 1.0.0: DP-01 moved into the baseline only in 1.1.0
        Document baseline = page(site, "releases/1.0.0/baseline/");
        assertNull(baseline.getElementById("DP-01"));
        assertNotNull(page(site, "baseline/").getElementById("DP-01"));
    }

    @Test
    void theBannerNamesTheVersionAndLeadsToTheSameControlNow() throws IOException {
        Path site = built(movedOn(tmp.resolve("content")));
        record Case(String url, String current, String says) {}
        for (Case c : List.of(
                new Case("releases/1.0.0/controls/DP-01/", "controls/DP-01/index.html", "Read DP-01 in the current version"),
                new Case("releases/1.0.0/controls/IAM-04/", "controls/IAM-05/index.html", "Read IAM-04, now IAM-05"),
                new Case("releases/1.0.0/controls/IAM-03/", "controls/IAM-01/index.html",
                        "IAM-03 was withdrawn: read its successor, IAM-01"),
                new Case("releases/1.0.0/", "index.html", "Go to the current version"),
                new Case("releases/1.0.0/areas/data/", "areas/data/index.html", "Read this area"),
                new Case("releases/1.0.0/baseline/", "baseline/index.html", "current baseline checklist"),
                new Case("releases/1.0.0/controls/", "controls/index.html", "every control of the current version"))) {
            Document d = page(site, c.url());
            Element banner = d.selectFirst("main .banner.frozen");
            assertNotNull(banner, c.url());
            assertTrue(banner.text().startsWith("Version 1.0.0 of Test Standard. The current version is 1.1.0."),
                    banner.text());
            Element link = banner.selectFirst("a");
            assertEquals(c.current(), target(site, c.url(), link), c.url());
            assertTrue(link.text().contains(c.says()), link.text());
            assertEquals("changes/index.html", target(site, c.url(), banner.select("a").get(1)));
            assertTrue(banner.select("a").get(1).attr("href").endsWith("#1.0.0"));
        }
        assertNull(page(site, "controls/DP-01/").selectFirst(".banner.frozen"), "current pages carry no banner");
    }

    /**
     * Where the release has the page, a frozen page links the release's, never the current
     * site's: only the banner leads there on purpose.
     */
    @Test
    void noFrozenPageLinksIntoTheCurrentSiteWhereTheReleaseHasThePage() throws IOException {
        Path site = built(movedOn(tmp.resolve("content")));
        int links = 0;
        for (String url : frozenPages(site, "1.0.0")) {
            Document d = page(site, url);
            for (Element a : d.select("a[href]")) {
                if (a.attr("href").startsWith("#") || a.closest(".banner.frozen") != null) continue;
                String path = target(site, url, a);
                String sitePath = path.endsWith("index.html") ? path.substring(0, path.length() - 10) : path;
                assertFalse(Urls.frozen(sitePath), url + " links the current site's " + path);
                if (path.startsWith("releases/1.0.0/")) links++;
            }
        }
        assertTrue(links > 100, "frozen pages link each other: " + links);
    }

    /**
     * What a release links outside itself may leave the current content later: a service, a
     * free page, a glossary term. Its frozen pages then show the text alone, and the build
     * never breaks on them.
     */
    @Test
    void aFrozenPageShowsAsTextWhatTheCurrentSiteNoLongerHas() throws IOException {
        Path content = tmp.resolve("content");
        Sites.copy(Sites.resource("history/before"), content);
        Path iam01 = content.resolve("controls/iam/IAM-01.yaml");
        Files.writeString(iam01, Files.readString(iam01).replace("Turn on MFA.", "Turn on [[term:MFA]]; see [[page:second]]."));
        Freezer.freeze(content, "test-standard", "1.0.0");
        Releases.version(content, "1.1.0");
        edit(iam01, "Turn on [[term:MFA]]; see [[page:second]].", "Turn on MFA.");
        dropEc2SecondAndMfa(content);
        Path site = built(content);

        Document frozen = page(site, "releases/1.0.0/controls/IAM-01/");
        Element ec2 = frozen.select("#services th").stream().filter(th -> th.text().equals("Amazon EC2")).findFirst()
                .orElseThrow();
        assertNull(ec2.selectFirst("a"), "no link to a service the current site no longer has");
        Element s3 = frozen.select("#services th").stream().filter(th -> th.text().equals("Amazon S3")).findFirst()
                .orElseThrow();
        assertEquals("services/s3/index.html", target(site, "releases/1.0.0/controls/IAM-01/", s3.selectFirst("a")));
        Element guidance = frozen.selectFirst("#guidance");
        assertTrue(guidance.text().contains("Turn on MFA; see Second page."), guidance.text());
        assertTrue(guidance.select("a").stream().noneMatch(a -> a.text().equals("MFA") || a.text().equals("Second page")),
                guidance.html());
        Document area = page(site, "releases/1.0.0/areas/identity/");
        assertTrue(area.text().contains("See IAM-01"), area.text());
        assertTrue(area.select("a").stream().noneMatch(a -> a.attr("href").contains("services/ec2")), "no link to ec2");
        assertTrue(area.select("a").stream().anyMatch(a -> a.attr("href").contains("glossary/index.html#least-privilege")),
                "a term the current glossary still has is linked");
        assertTrue(frozen.select(".site-nav a").stream().noneMatch(a -> a.text().equals("Second page")),
                "the menu leaves out a page the current site no longer has");
        SiteBuildTest.assertAllLinksResolve(site);
    }

    /** The current content without service ec2, page second and glossary term MFA. */
    static void dropEc2SecondAndMfa(Path content) throws IOException {
        Files.delete(content.resolve("services/ec2.yaml"));
        Files.delete(content.resolve("pages/second.md"));
        edit(content.resolve("controls/iam/IAM-01.yaml"), "  - ec2\n", "");
        Path dp01 = content.resolve("controls/dp/DP-01.yaml");
        Files.writeString(dp01, Files.readString(dp01).replace("services: [s3, ec2]", "services: [s3]"));
        edit(content.resolve("areas/identity.md"), " and [[service:ec2]]", "");
        edit(content.resolve("pages/start.md"), "next: second\n", "");
        edit(content.resolve("pages/start.md"), "[the glossary](/glossary/#mfa)", "the glossary");
        edit(content.resolve("glossary.yaml"), "- term: MFA\n  definition: Multi-factor authentication.\n"
                + "  aliases: [multi-factor authentication]\n", "");
    }

    static void edit(Path file, String from, String to) throws IOException {
        String s = Files.readString(file);
        assertTrue(s.contains(from), file + " has " + from);
        Files.writeString(file, s.replace(from, to));
    }

    /** Every page of a release, by URL. */
    static List<String> frozenPages(Path site, String version) throws IOException {
        Path root = site.resolve(Urls.release(version));
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.getFileName().toString().equals("index.html")).sorted()
                    .map(p -> site.relativize(p.getParent()).toString().replace('\\', '/') + "/").toList();
        }
    }

    /**
     * A reader who starts on the home page and follows links reaches every frozen page of
     * every release (a former id's redirect, which nothing links, aside); every link and
     * anchor on the way resolves.
     */
    @Test
    void everyFrozenPageIsReachedFromTheHomePage() throws IOException {
        Path content = Releases.twoReleases(tmp.resolve("content"));
        Releases.version(content, "1.2.0");
        Path site = built(content);
        SiteBuildTest.assertAllLinksResolve(site);
        Set<String> seen = crawl(site);
        for (String version : List.of("1.0.0", "1.1.0")) {
            List<String> pages = frozenPages(site, version);
            assertTrue(pages.size() > 10, version + ": " + pages);
            for (String url : pages) {
                if (page(site, url).selectFirst("meta[http-equiv=refresh]") != null) continue;
                assertTrue(seen.contains(Urls.file(url)), url + " is not reached from the home page");
            }
        }
        assertTrue(seen.contains("releases/index.html") && seen.contains("changes/index.html"));
    }

    /** Every page reached from index.html by following links, as site paths. */
    static Set<String> crawl(Path site) throws IOException {
        Set<String> seen = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>(List.of("index.html"));
        while (!todo.isEmpty()) {
            String path = todo.pop();
            if (!seen.add(path)) continue;
            Document d = Jsoup.parse(site.resolve(path).toFile(), "UTF-8");
            String url = path.substring(0, path.length() - "index.html".length());
            for (Element a : d.select("a[href]")) {
                String href = a.attr("href");
                if (href.startsWith("#") || href.matches("^[a-z]+:.*")) continue;
                String t = target(site, url, a);
                if (t.endsWith("index.html") && !seen.contains(t)) todo.push(t);
            }
        }
        return seen;
    }

    @Test
    void checkRendersTheFrozenPagesToo() throws IOException {
        Path content = movedOn(tmp.resolve("content"));
        assertEquals(0, Cli.run("check", "--content", content.toString()).exitCode());
        // a theme that fails on frozen pages only: check finds it without writing anything
        Path theme = tmp.resolve("theme");
        Files.createDirectories(theme);
        String layout = new String(org.bulwark.render.ThemeFiles.builtInFile("_layout.ftlh").orElseThrow(),
                java.nio.charset.StandardCharsets.UTF_8);
        Files.writeString(theme.resolve("_layout.ftlh"), layout.replace("<#if frozen??>", "<#if frozen??>${frozen.nothing}"));
        Cli check = Cli.run("check", "--content", content.toString(), "--templates", theme.toString());
        assertEquals(1, check.exitCode(), check.all());
        assertTrue(check.err().contains("[template]"), check.err());
    }

    private static List<String> htmlUnder(Path dir) throws IOException {
        List<String> out = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.filter(p -> p.toString().endsWith(".html")).forEach(p -> out.add(dir.relativize(p).toString()));
        }
        return out;
    }
}
