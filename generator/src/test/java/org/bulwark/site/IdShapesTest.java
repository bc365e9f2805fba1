package org.bulwark.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.bulwark.Cli;
import org.bulwark.Sites;
import org.bulwark.export.Fixtures;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A standard with the shapes real ones have (sites/shapes): dotted and parenthesised control
 * and requirement ids, a requirement above its control's level, framework identifiers with
 * spaces and over 64 characters, no services and no provider. It checks clean and builds, and
 * every id keeps its page and anchor.
 */
class IdShapesTest {
    @TempDir
    static Path tmp;
    static Path site;

    @BeforeAll
    static void build() {
        Cli check = Cli.run("check", "--strict", "--content", Sites.site("shapes").toString());
        assertEquals(0, check.exitCode(), check.all());
        site = tmp.resolve("site");
        Cli run = Cli.run("build", "--content", Sites.site("shapes").toString(), "--out", site.toString());
        assertEquals(0, run.exitCode(), run.all());
    }

    private static Document page(String path) throws IOException {
        return Jsoup.parse(Files.readString(site.resolve(path)));
    }

    @Test
    void controlIdsAsTheirStandardsWriteThemHavePagesAndAnchors() throws IOException {
        assertNotNull(page("controls/AC-2(1)/index.html").getElementById("req-a"));
        Document osps = page("controls/OSPS-AC-01/index.html");
        assertNotNull(osps.getElementById("req-OSPS-AC-01.01"));
        assertNotNull(osps.getElementById("req-OSPS-AC-01.02"));
        assertTrue(Files.isRegularFile(site.resolve("controls/OSPS-AC-02.01/index.html")));
        assertTrue(Files.isRegularFile(site.resolve("controls/PO.1.1/index.html")));
        assertTrue(Files.readString(site.resolve("controls/PO-1-1/index.html")).contains("PO.1.1/"), "alias redirect");
        assertEquals("../../controls/AC-2(1)/index.html",
                page("controls/AC-2/index.html").select("#related a[href*=AC-2(1)]").attr("href"));
    }

    @Test
    void identifiersAreShownVerbatimAndAnchoredWithoutSpaces() throws IOException {
        Document ukssc = page("frameworks/ukssc/index.html");
        assertEquals("Claim 1.4.2", ukssc.getElementById("Claim-1.4.2").selectFirst("th a").text());
        Document samm = page("frameworks/samm/index.html");
        String longId = "Governance: Policy and Compliance: Policy and Standards: Create and promote: level one of the"
                + " practice";
        assertEquals(longId, samm.getElementById(longId.replace(' ', '-')).selectFirst("th a").text());
        Document start = page("pages/start/index.html");
        assertTrue(start.select("a[href$=#Claim-1.4.2]").text().contains("Claim 1.4.2"), start.html());
        assertTrue(page("controls/OSPS-AC-01/index.html")
                .select("a[href=https://example.org/ukssc?claim=Claim%201.4.2]").size() > 0);
    }

    @Test
    void requirementsKeepTheirOwnLevelInTheExports() throws IOException {
        JsonNode json = Fixtures.tree(Files.readAllBytes(site.resolve("controls.json")));
        List<String> levels = new ArrayList<>();
        for (JsonNode c : json.get("controls")) {
            for (JsonNode r : c.get("requirements")) levels.add(c.get("id").asText() + " " + r.get("id").asText() + " "
                    + r.get("level").asText());
        }
        assertEquals(List.of("AC-2(1) a advanced", "OSPS-AC-01 OSPS-AC-01.01 baseline",
                "OSPS-AC-01 OSPS-AC-01.02 advanced", "SUPPLY-CHAIN-SLSA-04 SUPPLY-CHAIN-SLSA-04.01 baseline"), levels);
        JsonNode profile = Fixtures.tree(Files.readAllBytes(site.resolve("oscal/baseline-profile.json")));
        JsonNode alter = profile.at("/profile/modify/alters/0");
        assertEquals("osps-ac-01", alter.get("control-id").asText());
        assertEquals("osps-ac-01_smt.osps-ac-01.02", alter.at("/removes/0/by-id").asText());
        assertEquals(1, alter.get("removes").size());
        JsonNode catalog = Fixtures.tree(Files.readAllBytes(site.resolve("oscal/catalog.json")));
        assertTrue(catalog.toString().contains("\"id\":\"ac-2.1\""), "AC-2(1) is ac-2.1 in OSCAL");
    }
}
