package org.bulwark.site;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.bulwark.Cli;
import org.bulwark.export.Exports;
import org.bulwark.export.Fixtures;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What auditors rely on, checked on built sites: citable anchors, alias redirects, tombstones,
 * cross-walk order, the manifest, and exports that are the same whether built or exported.
 */
class AuditSiteTest {
    /** Anchors every control page has, live or withdrawn (README, "For auditors"). */
    static final List<String> SECTIONS = List.of("statement", "requirements", "rationale", "guidance", "services",
            "verification", "evidence", "references", "related", "referenced-by", "history", "cite");

    @TempDir
    static Path tmp;
    static Path audit;
    static Path standard;
    /** The audit standard built with its drafts and a base URL. */
    static Path published;
    static final String BASE = "https://standards.example.com/sec/";

    @BeforeAll
    static void build() {
        audit = build(Fixtures.auditContent(), "audit");
        standard = build(Fixtures.defaultContent(), "default");
        published = build(Fixtures.auditContent(), "published", "--drafts", "--base-url", BASE);
    }

    private static Path build(Path content, String name, String... options) {
        Path out = tmp.resolve(name);
        List<String> args = new ArrayList<>(List.of("build", "--content", content.toString(), "--out", out.toString()));
        args.addAll(List.of(options));
        Cli run = Cli.run(args.toArray(String[]::new));
        assertEquals(0, run.exitCode(), run.all());
        return out;
    }

    private static Path site(String name) {
        return name.equals("audit") ? audit : standard;
    }

    /** The sections the code gives every control page (and resolves [[ID#section]] against) are the documented ones. */
    @Test
    void theControlSectionsAreTheDocumentedAnchors() {
        assertEquals(SECTIONS, java.util.Arrays.stream(org.bulwark.link.ControlSection.values())
                .map(org.bulwark.link.ControlSection::anchor).toList());
    }

    @ParameterizedTest
    @ValueSource(strings = {"audit", "default"})
    void everyControlPageHasEveryCitableAnchor(String name) {
        JsonNode json = Fixtures.tree(read(site(name).resolve("controls.json")));
        int checked = 0;
        for (JsonNode c : json.get("controls")) {
            Document page = page(site(name), c.get("url").asText());
            List<String> expected = new ArrayList<>(SECTIONS);
            c.get("requirements").forEach(r -> expected.add("req-" + r.get("id").asText()));
            c.get("evidence").forEach(e -> expected.add("evidence-" + e.get("id").asText()));
            for (String id : expected) {
                assertEquals(1, page.select("[id=" + id + "]").size(), c.get("id").asText() + " has one #" + id);
            }
            checked++;
        }
        assertTrue(checked >= 4);
        // and in the sections' order, withdrawn pages too
        assertEquals(checked, org.bulwark.ControlAnchors.assertOnEveryControlPage(site(name)));
    }

    @Test
    void requirementsAndEvidenceItemsAreVisibleWhereTheirAnchorsPoint() {
        Document page = page(audit, "controls/AUD-01/");
        assertTrue(page.getElementById("req-b-2").text().contains("IAM users with a password have an MFA device"));
        assertTrue(page.getElementById("evidence-report").text().contains("Credential report"));
        Document tombstone = page(audit, "controls/AUD-03/");
        assertTrue(tombstone.getElementById("req-a").text().contains("A hardware device is registered"),
                "a withdrawn control still shows the requirement old evidence cites");
        assertTrue(tombstone.getElementById("evidence-device").text().contains("The registered device"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"audit", "default"})
    void aliasesRedirectWithMetaRefreshCanonicalAndAVisibleLink(String name) {
        JsonNode aliases = Fixtures.tree(read(site(name).resolve("controls.json"))).get("aliases");
        assertTrue(aliases.size() > 0);
        aliases.fields().forEachRemaining(e -> {
            Path from = site(name).resolve("controls/" + e.getKey() + "/index.html");
            Path target = site(name).resolve("controls/" + e.getValue().asText() + "/index.html");
            Document page = parse(from);
            String refresh = page.selectFirst("meta[http-equiv=refresh]").attr("content");
            assertTrue(refresh.startsWith("0; url="), refresh);
            assertEquals(target, resolve(from, refresh.substring("0; url=".length())), "meta refresh of " + e.getKey());
            assertEquals(target, resolve(from, page.selectFirst("link[rel=canonical]").attr("href")), "canonical");
            Element link = page.selectFirst("main a[href]");
            assertNotNull(link, "a visible link");
            assertEquals(target, resolve(from, link.attr("href")));
            assertTrue(link.text().contains(e.getValue().asText()));
            assertEquals("noindex", page.selectFirst("meta[name=robots]").attr("content"));
        });
    }

    @Test
    void withdrawnControlsKeepATombstoneNamingTheSuccessor() {
        Path file = audit.resolve("controls/AUD-03/index.html");
        Document page = parse(file);
        Element banner = page.selectFirst(".banner.withdrawn");
        assertNotNull(banner);
        assertEquals(audit.resolve("controls/AUD-04/index.html"), resolve(file, banner.selectFirst("a").attr("href")));
        assertTrue(banner.text().contains("AUD-04"));
        assertFalse(parse(audit.resolve("controls/index.html")).text().contains("AUD-03"), "not in the catalogue");
    }

    @Test
    void deprecatedControlsCarryABannerToTheSuccessor() {
        Path file = audit.resolve("controls/AUD-02/index.html");
        Element banner = parse(file).selectFirst(".banner.deprecated");
        assertNotNull(banner);
        assertEquals(audit.resolve("controls/AUD-04/index.html"), resolve(file, banner.selectFirst("a").attr("href")));
    }

    @Test
    void controlPagesShowVersionEffectiveDateAndACiteLine() {
        Document page = page(audit, "controls/AUD-01/");
        assertTrue(page.selectFirst(".facts").text().contains("version 2.1.0, effective 2026-03-01"));
        String cite = page.getElementById("cite").text();
        assertTrue(cite.contains("Audit Features Standard, AUD-01"), cite);
        assertTrue(cite.contains("version 2.1.0 (effective 2026-03-01)"), cite);
    }

    @Test
    void crosswalksListIdentifiersInNaturalOrderEachWithItsAnchor() {
        assertEquals(List.of("AC-2", "AC-10", "IA-2", "IA-2(1)", "IA-5", "IA-5(1)", "PL-2"), rows("nist-800-53"));
        assertEquals(List.of("1.9", "1.10", "1.12"), rows("cis-aws"));
        Path file = audit.resolve("frameworks/nist-800-53/index.html");
        Element row = parse(file).getElementById("IA-2(1)");
        assertEquals(audit.resolve("controls/AUD-01/index.html"), resolve(file, row.selectFirst("td a").attr("href")));
        assertTrue(row.selectFirst("a.external").attr("href").endsWith("element=IA-2(1)"), "the framework's own site");
        Path control = audit.resolve("controls/AUD-01/index.html");
        Element cited = parse(control).select("#references a").stream().filter(a -> a.text().equals("IA-2(1)"))
                .findFirst().orElseThrow();
        String href = cited.attr("href");
        assertEquals("IA-2(1)", href.substring(href.indexOf('#') + 1));
        assertEquals(file, resolve(control, href.substring(0, href.indexOf('#'))),
                "the control links its identifiers to the cross-walk");
    }

    private static List<String> rows(String framework) {
        return parse(audit.resolve("frameworks/" + framework + "/index.html")).select("table.crosswalk tbody tr[id]")
                .eachAttr("id");
    }

    @ParameterizedTest
    @ValueSource(strings = {"audit", "default"})
    void theManifestHashesEveryFile(String name) throws IOException {
        Path site = site(name);
        JsonNode manifest = Fixtures.tree(read(site.resolve("manifest.json")));
        JsonNode standardJson = Fixtures.tree(read(site.resolve("controls.json"))).get("standard");
        assertEquals(standardJson.get("id").asText(), manifest.get("standard").asText());
        assertEquals(standardJson.get("version").asText(), manifest.get("version").asText());
        Map<String, String> listed = new TreeMap<>();
        manifest.get("files").forEach(f -> listed.put(f.get("path").asText(), f.get("sha256").asText()));
        Map<String, String> actual = new TreeMap<>();
        try (Stream<Path> files = Files.walk(site)) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                String path = site.relativize(p).toString().replace('\\', '/');
                if (path.equals("manifest.json") || path.equals(Publisher.MARKER) || path.equals(FrozenCache.FILE)) continue;
                actual.put(path, org.bulwark.Sites.sha256(Files.readAllBytes(p)));
            }
        }
        assertEquals(actual, listed);
        assertTrue(listed.containsKey("oscal/catalog.json") && listed.containsKey("baseline.csv"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"audit", "default"})
    void buildAndExportWriteTheSameBytes(String name) {
        Path content = name.equals("audit") ? Fixtures.auditContent() : Fixtures.defaultContent();
        for (Exports.Format f : Exports.Format.values()) {
            Path out = tmp.resolve(name + "-export").resolve(f.file());
            Cli run = Cli.run("export", "--format", f.option(), "--content", content.toString(), "--out", out.toString());
            assertEquals(0, run.exitCode(), run.all());
            assertArrayEquals(read(site(name).resolve(f.file())), read(out), f.option());
        }
    }

    @Test
    void withDraftsAndABaseUrlBuildAndExportAgreeAndUrlsAreAbsolute() {
        for (Exports.Format f : Exports.Format.values()) {
            Path out = tmp.resolve("published-export").resolve(f.file());
            Cli run = Cli.run("export", "--format", f.option(), "--content", Fixtures.auditContent().toString(),
                    "--out", out.toString(), "--drafts", "--base-url", BASE);
            assertEquals(0, run.exitCode(), run.all());
            assertArrayEquals(read(published.resolve(f.file())), read(out), f.option());
        }
        JsonNode json = Fixtures.tree(read(published.resolve("controls.json")));
        for (JsonNode url : json.findValues("url")) {
            if (!url.isNull()) assertTrue(url.asText().startsWith(BASE), url.asText());
        }
        assertTrue(json.toString().contains("\"AUD-05\""), "the draft, with --drafts");
        JsonNode catalog = Fixtures.tree(read(published.resolve("oscal/catalog.json")));
        for (JsonNode href : catalog.findValues("href")) {
            assertTrue(href.asText().startsWith("#") || href.asText().startsWith(BASE), href.asText());
        }
        String sitemap = new String(read(published.resolve("sitemap.xml")), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(sitemap.contains("<loc>" + BASE + "controls/AUD-01/</loc>"), sitemap);
        Document page = page(published, "controls/AUD-01/");
        assertTrue(page.getElementById("cite").text().contains(BASE + "controls/AUD-01/"), "the cite line has the URL");
        Document redirect = parse(published.resolve("controls/OLD-1/index.html"));
        assertEquals(BASE + "controls/AUD-01/", redirect.selectFirst("link[rel=canonical]").attr("href"));
    }

    @Test
    void exportRelativeUrlsResolveInTheSite() {
        JsonNode json = Fixtures.tree(read(audit.resolve("controls.json")));
        for (JsonNode url : json.findValues("url")) {
            if (url.isNull()) continue;
            String u = url.asText();
            String path = u.contains("#") ? u.substring(0, u.indexOf('#')) : u;
            assertTrue(Files.isRegularFile(audit.resolve(path.equals("./") ? "index.html" : path + "index.html")), u);
        }
        JsonNode catalog = Fixtures.tree(read(audit.resolve("oscal/catalog.json")));
        for (JsonNode href : catalog.findValues("href")) {
            String h = href.asText();
            if (h.startsWith("#")) continue;
            String path = h.contains("#") ? h.substring(0, h.indexOf('#')) : h;
            assertTrue(Files.isRegularFile(audit.resolve("oscal").resolve(path).resolve("index.html").normalize()), h);
        }
    }

    private static Document page(Path site, String url) {
        return parse(site.resolve(url.equals("./") ? "index.html" : url + "index.html"));
    }

    private static Document parse(Path file) {
        try {
            return Jsoup.parse(file.toFile(), "UTF-8");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path resolve(Path page, String href) {
        return page.getParent().resolve(href).normalize();
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
