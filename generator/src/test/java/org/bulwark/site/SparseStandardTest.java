package org.bulwark.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.bulwark.Cli;
import org.bulwark.ControlAnchors;
import org.bulwark.Sites;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sparse standard reads well (sites/shapes: no severity, responsibility, services, provider,
 * verification or evidence; requirements above their control's level; a framework nothing
 * cites): what it lacks leaves the page or says so in one quiet line, and the help texts speak
 * of its own ids.
 */
class SparseStandardTest {
    @TempDir
    static Path tmp;
    static Path site;

    @BeforeAll
    static void build() {
        site = tmp.resolve("site");
        Cli run = Cli.run("build", "--strict", "--content", Sites.site("shapes").toString(), "--out", site.toString());
        assertEquals(0, run.exitCode(), run.all());
    }

    private static Document page(String path) throws IOException {
        return Jsoup.parse(Files.readString(site.resolve(path)));
    }

    // ---- control pages ---------------------------------------------------------------------------

    @Test
    void everyControlPageKeepsEveryAnchorInTheSectionsOrder() {
        assertEquals(6, ControlAnchors.assertOnEveryControlPage(site));
    }

    @Test
    void emptySectionsAuditorsLookForShareOneQuietLineAndTheOthersLeave() throws IOException {
        Document po = page("controls/PO.1.1/index.html");
        Element line = po.selectFirst("p.absent");
        assertEquals("No verification method, evidence items or framework references recorded.", line.text());
        assertEquals(List.of("verification", "evidence", "references"), line.select("span[id]").eachAttr("id"));
        assertEquals(1, po.select("p.absent").size());
        assertEquals(List.of("Statement", "Referenced by", "Cite this control"), headings(po));
        // no heading over nothing: no related controls, nothing links here; their anchors stay
        Document slsa = page("controls/SUPPLY-CHAIN-SLSA-04/index.html");
        assertEquals(List.of("Statement", "References", "Cite this control"), headings(slsa));
        assertFalse(slsa.text().contains("None."), slsa.text());
        assertFalse(slsa.text().contains("Nothing links here"), slsa.text());
        assertEquals("span", slsa.getElementById("related").tagName());
        assertEquals("span", slsa.getElementById("referenced-by").tagName());
        assertEquals("No verification method or evidence items recorded.", slsa.selectFirst("p.absent").text());
        // what a control has keeps its section; the contents list only those
        Document osps = page("controls/OSPS-AC-01/index.html");
        assertEquals(List.of("Statement", "Evidence", "References", "Referenced by", "Cite this control"), headings(osps));
        assertEquals(List.of("Statement", "Evidence", "References", "Referenced by", "Cite this control"),
                osps.select("nav.toc li").eachText());
        assertEquals("No verification method recorded.", osps.selectFirst("p.absent").text());
    }

    private static List<String> headings(Document page) {
        return page.select("section.control-section > h2").stream()
                .map(h -> h.ownText().strip()).toList();
    }

    @Test
    void aRequirementAboveItsControlsLevelSaysSo() throws IOException {
        Document osps = page("controls/OSPS-AC-01/index.html");
        assertEquals("Level: advanced", osps.getElementById("req-OSPS-AC-01.02").selectFirst(".badge").text());
        assertNull(osps.getElementById("req-OSPS-AC-01.01").selectFirst(".badge"), "at the control's level: no badge");
    }

    // ---- the baseline checklist ------------------------------------------------------------------

    @Test
    void theChecklistListsTheRequirementsAtTheBaselineLevelByIdAndLeavesOutTheOthers() throws IOException {
        Element item = page("baseline/index.html").getElementById("OSPS-AC-01");
        assertEquals(List.of("(OSPS-AC-01.01)"), item.select("ol.requirements a.req-id").eachText());
        assertEquals("../controls/OSPS-AC-01/index.html#req-OSPS-AC-01.01",
                item.selectFirst("ol.requirements a.req-id").attr("href"));
        assertEquals("Not in this checklist, at a higher level: (OSPS-AC-01.02) advanced.", item.selectFirst(".above").text());
        // a control without requirements has neither line
        Element plain = page("baseline/index.html").getElementById("SUPPLY-CHAIN-SLSA-04");
        assertEquals(List.of("(SUPPLY-CHAIN-SLSA-04.01)"), plain.select("ol.requirements a.req-id").eachText());
        assertNull(plain.selectFirst(".above"));
    }

    // ---- the catalogue ------------------------------------------------------------------------------

    @Test
    void theCatalogueShowsOnlyColumnsAndFiltersWithValues() throws IOException {
        Document catalogue = page("controls/index.html");
        assertEquals(List.of("Id", "Title", "Area", "Level"), catalogue.select("#catalogue thead th").eachText());
        for (Element row : catalogue.select("#catalogue tbody tr")) assertEquals(4, row.select("td").size(), row.outerHtml());
        assertEquals(List.of("f-area", "f-level"), catalogue.select("#catalogue-filters details.choice").eachAttr("id"));
        assertTrue(catalogue.select("#catalogue tbody tr[data-services]").isEmpty(), "no services to filter by");
    }

    @Test
    void theCatalogueFindsAControlUnderEveryLevelItHasWorkAt() throws IOException {
        Element row = page("controls/index.html").selectFirst("#catalogue tr:has(a[href*=OSPS-AC-01/])");
        assertEquals("baseline advanced", row.attr("data-levels"));
        assertEquals("baseline +advanced", row.select("td").get(3).text());
        Element plain = page("controls/index.html").selectFirst("#catalogue tr:has(a[href*=PO.1.1/])");
        assertFalse(plain.hasAttr("data-levels"), "one level: nothing more to say");
    }

    @Test
    void theIdColumnIsAsWideAsTheLongestId() throws IOException {
        // SUPPLY-CHAIN-SLSA-04: 20 characters
        assertTrue(page("controls/index.html").selectFirst("#catalogue").hasClass("ids-20"));
    }

    // ---- frameworks ------------------------------------------------------------------------------------

    @Test
    void aFrameworkNothingCitesKeepsItsPageAndSaysSoPlainly() throws IOException {
        Document cra = page("frameworks/cra/index.html");
        assertEquals("No control of this standard cites Cyber Resilience Act yet: it has no identifiers to list.",
                cra.selectFirst("p.lead").text());
        assertNull(cra.selectFirst("table"), "no empty table");
        assertFalse(cra.text().contains("e.g."), "no example anchor to an empty cross-walk");
        Element entry = page("frameworks/index.html").selectFirst("li:has(a[href$=cra/index.html])");
        assertEquals("Cyber Resilience Act no control cites it yet", entry.text());
        assertEquals("OWASP SAMM 2 identifiers",
                page("frameworks/index.html").selectFirst("li:has(a[href$=samm/index.html])").text());
    }

    // ---- help texts and services ------------------------------------------------------------------

    @Test
    void exampleIdsInHelpTextsAreTheStandardsOwn() throws IOException {
        // AC-2 is the first control of the catalogue
        Document home = page("index.html");
        assertEquals("AC-2", home.selectFirst("#find + ul.find kbd").text());
        assertTrue(home.selectFirst("ul.find").text().contains("filtered by area or level."), home.selectFirst("ul.find").text());
        Document search = page("search/index.html");
        assertEquals("e.g. AC-2, or words", search.getElementById("search-input").attr("placeholder"));
        assertEquals(List.of("AC-2", "AC"), search.select("#search-help kbd").eachText().subList(0, 2));
        assertEquals("AC", search.getElementById("search-form").attr("data-example-family"));
        assertEquals("Search controls, areas, pages, glossary terms and frameworks",
                search.selectFirst("label[for=search-input]").text());
        for (String path : List.of("index.html", "search/index.html")) {
            assertFalse(page(path).html().contains("IAM"), path + " speaks of another standard's ids");
        }
    }

    @Test
    void aStandardWithoutServicesHasNoServicesPageAndNoLinkToOne() throws IOException {
        assertFalse(Files.exists(site.resolve("services")), "no services/ folder");
        try (var files = Files.walk(site)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".html")).toList()) {
                Document d = Jsoup.parse(Files.readString(f));
                assertTrue(d.select("a[href*=services/]").isEmpty(), site.relativize(f) + " links to services");
            }
        }
        assertNotNull(page("index.html").selectFirst("ul.counts"));
        assertEquals(List.of("6 controls", "2 in the baseline", "2 areas"), page("index.html").select("ul.counts li").eachText());
    }

    @Test
    void aStandardNamingNoCheckByRefHasNoVerificationIndexAndNoLinkToOne() throws IOException {
        assertFalse(Files.exists(site.resolve("verification")), "no verification/ folder");
        try (var files = Files.walk(site)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".html")).toList()) {
                Document d = Jsoup.parse(Files.readString(f));
                assertTrue(d.select("a[href*=verification/]").isEmpty(), site.relativize(f) + " links to verification/");
            }
        }
    }
}
