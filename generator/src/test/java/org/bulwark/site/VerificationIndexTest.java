package org.bulwark.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.bulwark.Cli;
import org.bulwark.ContentYaml;
import org.bulwark.Sites;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The verification index of the shipped standard: every ref a listed control verifies with
 * (Config rules, Security Hub controls, CLI checks, ...), anchored by method and ref, with the
 * controls using it, read from the content's YAML here; a ref many controls share gets a page.
 */
class VerificationIndexTest {
    @TempDir
    static Path tmp;
    static Path site;

    @BeforeAll
    static void build() {
        site = tmp.resolve("site");
        Cli run = Cli.run("build", "--content", Sites.defaultContent().toString(), "--out", site.toString());
        assertEquals(0, run.exitCode(), run.all());
    }

    @Test
    void everyRefHasItsAnchorAndTheControlsUsingIt() {
        Map<String, List<String>> expected = new LinkedHashMap<>();
        for (ContentYaml.Control c : ContentYaml.controls(Sites.defaultContent())) {
            if (!c.listed()) continue;
            for (String[] v : c.verification()) {
                List<String> using = expected.computeIfAbsent(v[0] + "/" + v[1].replaceAll("\\s+", "-"), k -> new ArrayList<>());
                if (!using.contains(c.id())) using.add(c.id());
            }
        }
        Document index = PrintDocumentTest.page(site, "verification/index.html");
        assertEquals(expected.keySet().stream().sorted().toList(),
                index.select(".verification-refs dt[id]").eachAttr("id").stream().sorted().toList());
        expected.forEach((anchor, using) -> {
            Element dt = index.getElementById(anchor);
            Element dd = dt.nextElementSibling();
            assertEquals(using.stream().sorted().toList(), dd.select(".cid").eachText().stream().sorted().toList(), anchor);
        });
        // methods are sections with headings; a Security Hub control links to its cross-walk row too
        assertNotNull(index.getElementById("aws-config"));
        Element hub = index.getElementById("security-hub/IAM.19");
        assertEquals("../frameworks/aws-fsbp/index.html#IAM.19", hub.selectFirst("a.crosswalk-link").attr("href"));
        // and it is in the navigation of every page
        assertFalse(PrintDocumentTest.page(site, "controls/IAM-01/index.html")
                .select(".site-nav a[href=../../verification/index.html]").isEmpty());
        // the home page offers it, naming the kinds of check this standard has
        Element home = PrintDocumentTest.page(site, "index.html").selectFirst("ul.find a[href=verification/index.html]");
        assertNotNull(home);
        String offer = home.parent().text();
        assertTrue(offer.contains("AWS Config rules") && offer.contains("Security Hub controls"), offer);
    }

    @Test
    void aRefManyControlsShareLinksToAPageListingThemAll(@TempDir Path dir) throws IOException {
        Path content = LargeStandard.write(dir.resolve("content"));
        for (int i = 1; i <= 130; i++) {
            Files.writeString(content.resolve("controls/CHK-" + String.format(Locale.ROOT, "%03d", i) + ".yaml"), """
                    id: CHK-%03d
                    title: Checked %d
                    area: data
                    statement: Do %d.
                    verification: [{ method: aws-cli, ref: "aws s3api get-bucket-policy" }]
                    """.formatted(i, i, i));
        }
        Path out = dir.resolve("site");
        Cli run = SiteBuildTest.build(content, out);
        assertEquals(0, run.exitCode(), run.all());
        Document index = PrintDocumentTest.page(out, "verification/index.html");
        Element row = index.getElementById("aws-cli/aws-s3api-get-bucket-policy");
        Element all = row.nextElementSibling().selectFirst("a");
        assertEquals("All 130 controls verifying with it", all.text());
        assertEquals("../verification/aws-cli/aws~20s3api~20get-bucket-policy/index.html", all.attr("href"));
        List<String> listed = new ArrayList<>();
        for (String page : List.of("", "page/2/")) {
            Document d = PrintDocumentTest.page(out, "verification/aws-cli/aws~20s3api~20get-bucket-policy/" + page + "index.html");
            listed.addAll(d.select(".control-list .cid").eachText());
        }
        assertEquals(130, listed.size());
        assertTrue(listed.contains("CHK-130"));
        assertTrue(Files.size(out.resolve("verification/index.html")) < 50_000);
    }
}
