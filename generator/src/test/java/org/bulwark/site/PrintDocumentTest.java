package org.bulwark.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.bulwark.Cli;
import org.bulwark.ContentYaml;
import org.bulwark.Sites;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The print document: the whole shipped standard in one page, every listed control with every
 * section it has, the services and the glossary, anchors that never collide; and a standard too
 * large for one page, in volumes that hold every control once.
 */
class PrintDocumentTest {
    @TempDir
    static Path tmp;
    static Path site;

    @BeforeAll
    static void build() {
        site = tmp.resolve("site");
        Cli run = Cli.run("build", "--content", Sites.defaultContent().toString(), "--out", site.toString());
        assertEquals(0, run.exitCode(), run.all());
    }

    static Document page(Path site, String path) {
        try {
            Path file = site.resolve(path);
            return Jsoup.parse(Files.readString(file), file.toUri().toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void everyListedControlIsThereWithEverySectionOfItsPage() {
        Document print = page(site, "print/index.html");
        List<ContentYaml.Control> controls = ContentYaml.controls(Sites.defaultContent());
        for (ContentYaml.Control c : controls) {
            Element article = print.getElementById("control/" + c.id());
            assertEquals(c.listed(), article != null, c.id() + " in the document");
            if (article == null) continue;
            Document own = page(site, "controls/" + c.id() + "/index.html");
            // what the control's page says is all here: its statement, requirements and evidence too
            assertEquals(own.select("#statement .statement").text(), article.select(".statement").text(), c.id());
            for (String section : List.of("rationale", "guidance", "services", "verification", "evidence", "references")) {
                if (own.select("#" + section + ".control-section").isEmpty()) continue;
                Element here = print.getElementById("control/" + c.id() + "/" + section);
                boolean empty = !own.select("#" + section + " .empty").isEmpty();
                assertTrue(here != null || empty, c.id() + " " + section);
            }
            for (Element req : own.select("#requirements > li")) {
                assertNotNull(print.getElementById("control/" + c.id() + "/" + req.id()), c.id() + " " + req.id());
            }
            for (Element ev : own.select(".evidence > li")) {
                assertNotNull(print.getElementById("control/" + c.id() + "/" + ev.id()), c.id() + " " + ev.id());
            }
        }
        // contents, every area, every service with its layers, the glossary
        assertEquals(controls.stream().filter(ContentYaml.Control::listed).count(),
                print.select(".print-contents .contents-controls > li").size());
        assertEquals(7, print.select(".print-area").size());
        assertEquals(fileCount("services"), print.select(".print-service").size());
        assertTrue(print.select(".print-service table.layers tbody tr").size() >= fileCount("services") * 10);
        assertFalse(print.select("#glossary dt").isEmpty());
    }

    private static long fileCount(String folder) {
        try (var files = Files.list(Sites.defaultContent().resolve(folder))) {
            return files.count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void onlyAControlWithASuccessorNamesIt() throws IOException {
        Document print = page(site, "print/index.html");
        Set<String> replaced = new TreeSet<>();
        for (Element dt : print.select("article.print-control dt")) {
            if (!dt.text().equals("Replaced by")) continue;
            assertFalse(dt.nextElementSibling().text().isBlank(), "an empty successor");
            replaced.add(dt.closest("article").id());
        }
        Set<String> expected = new TreeSet<>();
        for (ContentYaml.Control c : ContentYaml.controls(Sites.defaultContent())) {
            Path file;
            try (var files = Files.walk(Sites.defaultContent().resolve("controls"))) {
                file = files.filter(f -> f.getFileName().toString().equals(c.id() + ".yaml")).findFirst().orElseThrow();
            }
            if (c.listed() && Files.readString(file).contains("\nsuperseded_by:")) expected.add("control/" + c.id());
        }
        assertEquals(expected, replaced);
    }

    @Test
    void noTwoAnchorsCollideAndInPageLinksFindTheirTarget() {
        Document print = page(site, "print/index.html");
        Set<String> ids = new HashSet<>();
        List<String> twice = new ArrayList<>();
        for (Element e : print.select("[id]")) if (!ids.add(e.id())) twice.add(e.id());
        assertEquals(List.of(), twice);
        int links = 0;
        for (Element a : print.select("main a[href^=#]")) {
            assertTrue(ids.contains(a.attr("href").substring(1)), a.attr("href"));
            links++;
        }
        assertTrue(links > 100, links + " links within the document");
        // a heading of an area's guidance keeps its own anchor, under the area's
        assertNotNull(print.getElementById("area/security-foundations/why-this-area-matters"));
    }

    @Test
    void everyPageOfPaperCarriesTheVersionAndTheEffectiveDate() {
        Document print = page(site, "print/index.html");
        String[] version = ContentYaml.versionAndDate(Sites.defaultContent());
        String running = print.selectFirst(".print-running").text();
        assertTrue(running.contains("version " + version[0]) && running.contains("effective " + version[1]), running);
        // the frame whose head keeps the running line's room on every page
        assertNotNull(print.selectFirst("table.print-frame[role=presentation] > thead .print-running-space"));
        assertNotNull(print.selectFirst("table.print-frame > tbody .print-document"));
    }

    @Test
    void theFooterAndTheHomePageLinkIt() {
        assertFalse(page(site, "controls/IAM-01/index.html").select(".site-footer a[href=../../print/index.html]").isEmpty());
        assertFalse(page(site, "index.html").select("main a[href=print/index.html]").isEmpty());
    }

    /** More controls than a volume holds: the document in volumes, each control in exactly one. */
    @Test
    void aLargeStandardPrintsInVolumesThatHoldEveryControlOnce(@TempDir Path dir) throws IOException {
        Path content = LargeStandard.write(dir.resolve("content"));
        for (int i = 1; i <= 120; i++) {
            Files.writeString(content.resolve("controls/EXTRA-" + String.format(Locale.ROOT, "%03d", i) + ".yaml"),
                    "id: EXTRA-%03d\ntitle: Extra %d\narea: data\nstatement: Do %d.\n".formatted(i, i, i));
        }
        Path out = dir.resolve("site");
        Cli run = SiteBuildTest.build(content, out);
        assertEquals(0, run.exitCode(), run.all());
        List<String> ids = new ArrayList<>();
        Document first = page(out, "print/index.html");
        for (int n = 1; ; n++) {
            Path file = out.resolve(n == 1 ? "print/index.html" : "print/page/" + n + "/index.html");
            if (!Files.exists(file)) break;
            Document volume = page(out, out.relativize(file).toString());
            volume.select("article.print-control").forEach(a -> ids.add(a.id()));
            assertTrue(volume.selectFirst(".print-running").text().contains("volume " + n + " of 2"), "volume " + n);
        }
        assertEquals(529, ids.size(), "409 listed controls and 120 more"); // one of LargeStandard's is withdrawn
        assertEquals(ids.size(), new HashSet<>(ids).size(), "each once");
        // the contents of the first volume lead to where each area starts; the last volume holds the services
        assertEquals(List.of("#area/identity", "#area/data", "../print/page/2/index.html#services"),
                first.select(".print-contents > ol > li > a").eachAttr("href"));
        Document second = page(out, "print/page/2/index.html");
        assertEquals(List.of("../../../print/index.html#area/identity", "../../../print/index.html#area/data", "#services"),
                second.select(".print-contents > ol > li > a").eachAttr("href"));
        assertEquals("Data (continued)", second.selectFirst(".print-area h2").text());
        assertFalse(second.select("#services .print-service").isEmpty());
    }
}
