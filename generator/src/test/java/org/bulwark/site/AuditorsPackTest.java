package org.bulwark.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.bulwark.Cli;
import org.bulwark.Sites;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The auditor's pack on the shipped standard, as an auditor meets it: the exports linked from
 * every page, a citation with its address, the Security Hub cross-walk with the identifiers used
 * to verify, and a manifest checked the way the citing page says.
 */
class AuditorsPackTest {
    @TempDir
    static Path tmp;
    static Path site;

    @BeforeAll
    static void build() {
        site = tmp.resolve("site");
        Cli run = Cli.run("build", "--content", Sites.defaultContent().toString(), "--out", site.toString());
        assertEquals(0, run.exitCode(), run.all());
    }

    private static Document page(String path) {
        try {
            Path file = site.resolve(path.endsWith(".html") ? path : path + "index.html");
            return Jsoup.parse(Files.readString(file), file.toUri().toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Where a link on a page leads, relative to the site root. */
    private static String target(String page, Element a) {
        return site.relativize(site.resolve(page).resolveSibling(a.attr("href").replaceAll("#.*", "")).normalize())
                .toString().replace('\\', '/');
    }

    @Test
    void everyPageLinksTheExportsTheOscalProfileBesideTheCatalog() throws IOException {
        List<Path> pages;
        try (Stream<Path> walk = Files.walk(site)) {
            pages = walk.filter(p -> p.toString().endsWith("index.html")).toList();
        }
        for (Path p : pages) {
            String path = site.relativize(p).toString().replace('\\', '/');
            Document d = page(path);
            if (d.selectFirst(".site-footer") == null) continue; // a redirect of a former id
            List<String> linked = d.select(".site-footer a").stream().map(a -> target(path, a)).toList();
            java.util.regex.Matcher frozen = java.util.regex.Pattern.compile("^releases/([^/]+)/").matcher(path);
            if (frozen.find()) {
                // a frozen page's exports are its release's: the current version's would not say what it says
                assertEquals(List.of(frozen.group() + "controls.json", "manifest.json"), linked, path);
                continue;
            }
            assertTrue(linked.containsAll(List.of("controls.json", "controls.csv", "baseline.csv", "oscal/catalog.json",
                    "oscal/baseline-profile.json", "manifest.json")), path + " links " + linked);
        }
    }

    @Test
    void theCitingPageLinksEveryExportAndTheProfile() {
        String path = "pages/citing-controls/index.html";
        List<String> linked = page(path).select("main a").stream().map(a -> target(path, a)).toList();
        for (String file : List.of("controls.csv", "baseline.csv", "oscal/catalog.json", "oscal/baseline-profile.json",
                "manifest.json")) {
            assertTrue(linked.contains(file), "the citing page links " + file);
            assertTrue(Files.isRegularFile(site.resolve(file)), file + " is in the site");
        }
    }

    @Test
    void theManifestVerifiesAsTheCitingPageSays() throws Exception {
        List<String> commands = page("pages/citing-controls/").select("pre code").eachText().stream()
                .filter(c -> c.contains("manifest.sha256")).toList();
        assertEquals(2, commands.size(), "a jq way and a python way: " + commands);
        for (String checklist : commands) {
            String first = checklist.lines().findFirst().orElseThrow();
            String tool = first.startsWith("jq") ? "jq" : "python3";
            Assumptions.assumeTrue(found(tool) && found("sha256sum"), tool + " and sha256sum are installed");
            Files.deleteIfExists(site.resolve("manifest.sha256"));
            Process run = new ProcessBuilder("sh", "-c", first + " && sha256sum -c manifest.sha256")
                    .directory(site.toFile()).redirectErrorStream(true).start();
            String out = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(run.waitFor(60, TimeUnit.SECONDS));
            assertEquals(0, run.exitValue(), out);
            long ok = out.lines().filter(l -> l.endsWith(": OK")).count();
            assertTrue(ok > 100 && out.lines().allMatch(l -> l.endsWith(": OK")), "every file checks: " + out);
        }
        Files.deleteIfExists(site.resolve("manifest.sha256"));
    }

    private static boolean found(String tool) {
        try {
            return new ProcessBuilder("sh", "-c", "command -v " + tool).start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    @Test
    void theCiteLineGivesTheControlsAddressInTheSiteWithoutABaseUrl() {
        Element cite = page("controls/IAM-01/").getElementById("cite-text");
        assertEquals("ACME AWS Security Standard, IAM-01 “Require MFA for every human sign-in”, version 1.1.0 "
                + "(effective 2027-03-01): /controls/IAM-01/", cite.text());
        assertEquals("/controls/IAM-01/", cite.attr("data-url"));
        Element req = page("controls/IAM-01/").selectFirst("#req-a .copy-cite");
        assertEquals("req-a", req.attr("data-anchor"));
        assertEquals("requirement (a)", req.attr("data-part"));
    }

    @Test
    void theSecurityHubCrosswalkListsTheIdentifiersControlsVerifyWithMarkedAsVerifying() {
        Document fsbp = page("frameworks/aws-fsbp/");
        for (String[] row : new String[][] {{"IAM.19", "IAM-01"}, {"DynamoDB.2", "DP-10"}, {"KMS.4", "DP-06"}}) {
            Element tr = fsbp.getElementById(row[0]);
            assertTrue(tr != null, row[0] + " has a row");
            assertTrue(tr.text().contains(row[1]) && tr.select(".verifies").size() == 1, tr.text());
        }
        Element cited = fsbp.getElementById("IAM.6");
        assertTrue(cited.text().contains("SF-03") && cited.select(".verifies").isEmpty(), "SF-03 cites IAM.6: " + cited.text());
        // the control page links the Security Hub control it verifies with to that row
        Element ref = page("controls/IAM-01/").select("#verification a").stream()
                .filter(a -> a.text().equals("IAM.19")).findFirst().orElseThrow();
        assertEquals("../../frameworks/aws-fsbp/index.html#IAM.19", ref.attr("href"));
        // a Config rule belongs to no framework: it links to its row of the verification index
        Element rule = page("controls/IAM-01/").select("#verification a").stream()
                .filter(a -> a.text().equals("mfa-enabled-for-iam-console-access")).findFirst().orElseThrow();
        assertEquals("../../verification/index.html#aws-config/mfa-enabled-for-iam-console-access", rule.attr("href"));
    }

    @Test
    void theExceptionRegisterSentenceSaysWhereTheRegisterIs() {
        String help = page("pages/getting-help/").select("main").text();
        assertFalse(help.contains("Approved exceptions are listed in the exception register"), "it names no page");
        assertTrue(help.contains("recorded in the SECEX project"), help);
    }
}
