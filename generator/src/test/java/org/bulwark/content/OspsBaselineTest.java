package org.bulwark.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.bulwark.Cli;
import org.bulwark.Sites;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A real standard nobody here wrote fits without distortion: OSPS Baseline checks clean and builds. */
class OspsBaselineTest {
    @TempDir
    static Path tmp;
    static Path content;
    static Path site;
    static int[] counts;

    @BeforeAll
    static void convertAndBuild() {
        content = tmp.resolve("osps");
        counts = OspsBaseline.convert(Sites.resource("osps"), content, true);
        site = tmp.resolve("site");
        Cli build = Cli.run("build", "--strict", "--content", content.toString(), "--out", site.toString());
        assertEquals(0, build.exitCode(), build.all());
    }

    /** The editor schemas accept a real standard's shapes (dotted ids, levels per requirement, long identifiers). */
    @Test
    void itsFilesPassTheEditorSchemas() throws IOException {
        assertEquals(java.util.List.of(), org.bulwark.load.ContentSchemasProbe.problems(content));
    }

    @Test
    void checkFindsTheTwoSlipsOfTheLexiconAtTheirOwnLines() throws IOException {
        Path raw = tmp.resolve("raw");
        OspsBaseline.convert(Sites.resource("osps"), raw, false);
        Cli check = Cli.run("check", "--content", raw.toString());
        assertEquals(1, check.exitCode());
        java.util.List<String> lines = check.err().lines().filter(l -> l.contains(": error: ")).toList();
        assertEquals(2, lines.size(), check.err());
        assertTrue(lines.get(0).matches(".*glossary.yaml:\\d+:3: error: glossary term 'Proactive Software Supply Chain "
                + "Risk Management Framework' is already a term at line \\d+ \\[duplicate-id\\]"), lines.get(0));
        assertTrue(lines.get(1).matches(".*glossary.yaml:\\d+:5: error: glossary alias 'Coordinated Vulnerability "
                + "Disclosure' is already a term at line \\d+ \\[duplicate-id\\]"), lines.get(1));
    }

    @Test
    void everyControlAndRequirementIsKept() throws IOException {
        assertEquals(41, counts[0], "controls in the OSPS files");
        assertEquals(65, counts[1], "assessment requirements in the OSPS files");
        try (Stream<Path> pages = Files.list(site.resolve("controls"))) {
            assertEquals(counts[0], pages.filter(Files::isDirectory).count());
        }
    }

    @Test
    void everyControlPageKeepsEveryAuditorsAnchorInOrder() {
        assertEquals(counts[0], org.bulwark.ControlAnchors.assertOnEveryControlPage(site));
    }

    @Test
    void everyFrameworkIsOneTheStandardNamesOrCites() throws IOException {
        var standard = new com.fasterxml.jackson.databind.ObjectMapper(
                new com.fasterxml.jackson.dataformat.yaml.YAMLFactory()).readTree(content.resolve("standard.yaml").toFile());
        java.util.List<String> ids = new java.util.ArrayList<>();
        standard.get("frameworks").forEach(f -> ids.add(f.get("id").asText()));
        // the 19 mapping references of OSPS's metadata, then three it cites without declaring them
        assertEquals(java.util.List.of("bpb", "csf", "cra", "ssdf", "oc", "ocre", "slsa", "psscrm", "samm", "pcidss",
                "800-161", "uksscop", "dora", "nis2", "csbdp", "csag", "usctm", "maf", "bsi-tr-03185-2", "opencre",
                "scorecard", "iso-18974"), ids);
    }

    @Test
    void dottedRequirementIdsAreCitableAnchors() throws IOException {
        Document c = Jsoup.parse(Files.readString(site.resolve("controls/OSPS-BR-01/index.html")));
        assertNotNull(c.getElementById("req-OSPS-BR-01.01"));
        assertNotNull(c.getElementById("req-OSPS-BR-01.04"));
    }

    @Test
    void identifiersAreShownAsTheFrameworksPublishThem() throws IOException {
        Document ukssc = Jsoup.parse(Files.readString(site.resolve("frameworks/uksscop/index.html")));
        assertEquals("Claim 1.4.2", ukssc.getElementById("Claim-1.4.2").selectFirst("th a").text());
    }

    @Test
    void maturityThreeWorkIsNotInTheMaturityOneChecklist() throws IOException {
        Document baseline = Jsoup.parse(Files.readString(site.resolve("baseline/index.html")));
        assertTrue(baseline.text().contains("OSPS-BR-01"), "a maturity-1 control is in the checklist");
        // with its maturity-1 requirements, by id, and OSPS-BR-01.04 (maturity 3) named as left out
        org.jsoup.nodes.Element item = baseline.getElementById("OSPS-BR-01");
        assertEquals(java.util.List.of("(OSPS-BR-01.01)", "(OSPS-BR-01.02)", "(OSPS-BR-01.03)"),
                item.select("ol.requirements a.req-id").eachText());
        assertEquals("Not in this checklist, at a higher level: (OSPS-BR-01.04) advanced.", item.selectFirst(".above").text());
        String csv = Files.readString(site.resolve("baseline.csv"));
        assertTrue(csv.contains("OSPS-BR-01"), csv);
    }
}
