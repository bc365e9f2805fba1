package org.bulwark.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.bulwark.Cli;
import org.bulwark.Sites;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Whole sites, read as a user meets them: build real content, parse the HTML, follow the links. */
class SiteBuildTest {
    @TempDir
    Path tmp;

    static Cli build(Path content, Path out, String... more) {
        List<String> args = new ArrayList<>(List.of("build", "--content", content.toString(), "--out", out.toString()));
        args.addAll(List.of(more));
        return Cli.run(args.toArray(String[]::new));
    }

    @Test
    void everyLinkAndFragmentOfTheTestSiteResolves() throws IOException {
        Path out = tmp.resolve("site");
        Cli run = build(Sites.site("minimal"), out);
        assertEquals(0, run.exitCode(), run.all());
        assertTrue(run.out().matches("(?s)Built \\d+ pages from 3 controls in \\d+\\.\\d s -> .*site/\\n"), run.out());
        assertAllLinksResolve(out);
    }

    @Test
    void theDefaultStandardBuildsStrictAndEveryLinkResolves() throws IOException {
        Path out = tmp.resolve("site");
        Cli run = build(Sites.defaultContent(), out, "--strict");
        assertEquals(0, run.exitCode(), run.all());
        assertFalse(run.all().contains("warning"), run.all());
        assertAllLinksResolve(out);
    }

    /** Follows every href and src of every page with jsoup, independently of the build's own check. */
    static void assertAllLinksResolve(Path site) throws IOException {
        Map<Path, Document> pages = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(site)) {
            for (Path p : walk.filter(f -> f.toString().endsWith(".html")).toList()) {
                pages.put(p, Jsoup.parse(p.toFile(), "UTF-8"));
            }
        }
        assertTrue(pages.size() > 5);
        List<String> broken = new ArrayList<>();
        for (Map.Entry<Path, Document> page : pages.entrySet()) {
            if (page.getKey().getFileName().toString().equals("404.html")) continue;
            Document doc = page.getValue();
            assertEquals(1, doc.select("meta[http-equiv=Content-Security-Policy]").size(), "CSP on " + page.getKey());
            for (Element script : doc.select("script")) {
                assertTrue(script.hasAttr("src") && script.data().isBlank(), "no inline script on " + page.getKey());
            }
            assertTrue(doc.select("[style]").isEmpty(), "no inline style on " + page.getKey());
            for (Element e : doc.select("[href], [src]")) {
                String url = e.hasAttr("href") ? e.attr("href") : e.attr("src");
                if (url.matches("^(https?|mailto):.*")) {
                    assertFalse(e.tagName().equals("script") || e.tagName().equals("img") || e.tagName().equals("link"),
                            "no outside request: " + url + " on " + page.getKey());
                    continue;
                }
                URI uri = URI.create(url.replace(" ", "%20"));
                Path target = uri.getPath() == null || uri.getPath().isEmpty() ? page.getKey()
                        : page.getKey().getParent().resolve(uri.getPath()).normalize();
                if (Files.isDirectory(target)) target = target.resolve("index.html");
                if (!target.startsWith(site) || !Files.isRegularFile(target)) {
                    broken.add(site.relativize(page.getKey()) + " -> " + url);
                    continue;
                }
                String fragment = uri.getFragment();
                // #services=lambda,s3&level=standard: the state a page's script reads, not an element
                if (fragment != null && !fragment.isEmpty() && target.toString().endsWith(".html")
                        && !LinkChecker.isState(fragment)) {
                    Document t = pages.get(target);
                    if (t.getElementById(fragment) == null) broken.add(site.relativize(page.getKey()) + " -> " + url);
                }
            }
        }
        assertEquals(List.of(), broken);
    }

    @Test
    void twoBuildsOfTheSameInputAreByteIdentical() throws IOException {
        Path a = tmp.resolve("a");
        Path b = tmp.resolve("b");
        assertEquals(0, build(Sites.defaultContent(), a).exitCode());
        assertEquals(0, build(Sites.defaultContent(), b).exitCode());
        assertEquals(tree(a), tree(b));
    }

    static Map<String, String> tree(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(p).toString(), org.bulwark.Sites.sha256(Files.readAllBytes(p)));
            }
        }
        return files;
    }

    @Test
    void aFailedBuildLeavesThePreviousSiteUntouched() throws IOException {
        Path content = tmp.resolve("content");
        Sites.copy(Sites.site("minimal"), content);
        Path out = tmp.resolve("site");
        assertEquals(0, build(content, out).exitCode());
        Map<String, String> before = tree(out);

        Files.writeString(content.resolve("pages/second.md"), "---\ntitle: Broken\n---\n[[NOPE-1]]\n");
        Cli failed = build(content, out);
        assertEquals(1, failed.exitCode());
        assertTrue(failed.err().contains("the site in " + out + " was left as it was"), failed.err());
        assertEquals(before, tree(out));
        try (Stream<Path> siblings = Files.list(tmp)) {
            assertEquals(List.of("content", "site"), siblings.map(p -> p.getFileName().toString()).sorted().toList(),
                    "no staging folder left behind");
        }
    }

    @Test
    void aFolderThatIsNotABulwarkSiteIsNeverReplaced() throws IOException {
        Path out = tmp.resolve("precious");
        Files.createDirectories(out);
        Files.writeString(out.resolve("notes.txt"), "mine");
        Cli run = build(Sites.site("minimal"), out);
        assertEquals(3, run.exitCode());
        assertTrue(run.err().contains("refusing to replace"), run.err());
        assertEquals("mine", Files.readString(out.resolve("notes.txt")));
    }

    @Test
    void checkWritesNothing() throws IOException {
        Path before = tmp.resolve("empty");
        Files.createDirectories(before);
        Cli run = Cli.run("check", "--content", Sites.site("minimal").toString());
        assertEquals(0, run.exitCode(), run.all());
        assertTrue(run.out().startsWith("Checked "), run.out());
    }

    @Test
    void aliasesRedirectAndWithdrawnControlsKeepATombstone() throws IOException {
        Path out = tmp.resolve("site");
        assertEquals(0, build(Sites.site("minimal"), out).exitCode());
        Document redirect = Jsoup.parse(out.resolve("controls/ID-MFA-1/index.html").toFile(), "UTF-8");
        assertEquals("0; url=../../controls/IAM-01/index.html", redirect.selectFirst("meta[http-equiv=refresh]").attr("content"));
        assertEquals("../../controls/IAM-01/index.html", redirect.selectFirst("main a").attr("href"));
        Document tombstone = Jsoup.parse(out.resolve("controls/IAM-03/index.html").toFile(), "UTF-8");
        assertTrue(tombstone.selectFirst(".banner.withdrawn").text().contains("IAM-01"));
        Document catalogue = Jsoup.parse(out.resolve("controls/index.html").toFile(), "UTF-8");
        assertTrue(catalogue.select("#catalogue tbody tr").stream().noneMatch(r -> r.text().contains("IAM-03")),
                "withdrawn controls leave the catalogue");
        assertTrue(catalogue.select("#catalogue tbody tr").stream().noneMatch(r -> r.text().contains("DP-02")),
                "drafts are not published");
        assertFalse(Files.exists(out.resolve("controls/DP-02")));
        Document deprecated = Jsoup.parse(out.resolve("controls/IAM-02/index.html").toFile(), "UTF-8");
        assertTrue(deprecated.selectFirst(".banner.deprecated a").attr("href").endsWith("IAM-01/index.html"));
    }

    @Test
    void draftsArePublishedOnlyWithDrafts() throws IOException {
        Path out = tmp.resolve("site");
        assertEquals(0, build(Sites.site("minimal"), out, "--drafts").exitCode());
        assertTrue(Files.exists(out.resolve("controls/DP-02/index.html")));
    }

    @Test
    void controlPagesCarryEveryCitableAnchorAndBacklinks() throws IOException {
        Path out = tmp.resolve("site");
        assertEquals(0, build(Sites.site("minimal"), out).exitCode());
        Document page = Jsoup.parse(out.resolve("controls/IAM-01/index.html").toFile(), "UTF-8");
        for (String id : List.of("statement", "rationale", "guidance", "verification", "evidence", "references",
                "req-a", "req-b", "evidence-credential-report", "referenced-by")) {
            assertTrue(page.getElementById(id) != null, "anchor #" + id);
        }
        List<String> backlinks = page.select("#referenced-by li a").eachText();
        assertTrue(backlinks.containsAll(List.of("Encrypt data at rest", "Identity", "Amazon EC2", "Start here",
                "least privilege")), backlinks.toString());
        Document dp = Jsoup.parse(out.resolve("controls/DP-01/index.html").toFile(), "UTF-8");
        assertTrue(dp.select("#references a").eachText().contains("IA-2(1)") == false);
        Document nist = Jsoup.parse(out.resolve("frameworks/nist-800-53/index.html").toFile(), "UTF-8");
        assertEquals(List.of("AC-2", "AC-10", "IA-2", "IA-2(1)", "SC-28"),
                nist.select("table.crosswalk tbody tr").eachAttr("id"));
        Document cis = Jsoup.parse(out.resolve("frameworks/cis-aws/index.html").toFile(), "UTF-8");
        assertEquals(List.of("1.9", "1.10", "2.1.1"), cis.select("table.crosswalk tbody tr").eachAttr("id"));
    }

    @Test
    void aBaseUrlGivesASitemapCanonicalLinksAndA404ThatWorksAtAnyDepth() throws IOException {
        Path out = tmp.resolve("site");
        assertEquals(0, build(Sites.site("minimal"), out, "--base-url", "https://standards.example.com/sec").exitCode());
        String sitemap = Files.readString(out.resolve("sitemap.xml"));
        assertTrue(sitemap.contains("<loc>https://standards.example.com/sec/controls/IAM-01/</loc>"), sitemap);
        assertFalse(sitemap.contains("ID-MFA-1"), "redirects are not in the sitemap");
        Document control = Jsoup.parse(out.resolve("controls/IAM-01/index.html").toFile(), "UTF-8");
        assertEquals("https://standards.example.com/sec/controls/IAM-01/",
                control.selectFirst("link[rel=canonical]").attr("href"));
        Document notFound = Jsoup.parse(out.resolve("404.html").toFile(), "UTF-8");
        assertEquals("/sec/assets/style.css", notFound.selectFirst("link[rel=stylesheet]").attr("href"));
        assertFalse(Files.exists(tmp.resolve("plain").resolve("sitemap.xml")));
        assertEquals(0, build(Sites.site("minimal"), tmp.resolve("plain")).exitCode());
        assertFalse(Files.exists(tmp.resolve("plain/sitemap.xml")), "no sitemap without a base URL");
    }

    @Test
    void theManifestHashesEveryFile() throws IOException {
        Path out = tmp.resolve("site");
        assertEquals(0, build(Sites.site("minimal"), out).exitCode());
        var manifest = new com.fasterxml.jackson.databind.ObjectMapper().readTree(out.resolve("manifest.json").toFile());
        assertEquals("test-standard", manifest.get("standard").asText());
        assertEquals("2.1.0", manifest.get("version").asText());
        Map<String, String> listed = new TreeMap<>();
        manifest.get("files").forEach(f -> listed.put(f.get("path").asText(), f.get("sha256").asText()));
        Map<String, String> files = tree(out);
        files.remove("manifest.json");
        files.remove(Publisher.MARKER);
        assertEquals(files, listed);
        assertFalse(files.containsKey(FrozenCache.FILE), "no releases, no record of their output");
    }

    @Test
    void verbosePrintsTheTimeOfEachPhase() {
        Cli run = build(Sites.site("minimal"), tmp.resolve("site"), "--verbose");
        assertEquals(0, run.exitCode(), run.all());
        for (String phase : List.of("load+validate", "markdown", "page models", "render pages", "search index", "exports", "link check",
                "publish")) {
            assertTrue(run.err().matches("(?s)(.*\\n)?  " + java.util.regex.Pattern.quote(phase) + " +\\d+ ms  from +\\d+\\.\\d\\d s\\n.*"), phase + "\n" + run.err());
        }
        assertTrue(run.err().matches("(?s).*\\n  SHA-256 of the files by (NSS|JDK)\\n.*"), "which provider hashed\n" + run.err());
    }
}
