package org.bulwark.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.bulwark.Cli;
import org.bulwark.Sites;
import org.bulwark.diag.Diagnostics;
import org.bulwark.link.Index;
import org.bulwark.model.Applicability;
import org.bulwark.model.Control;
import org.bulwark.model.Service;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Service pages of the shipped standard, as a new engineer reads them: every control that
 * applies says what is theirs to do, and what the provider does where the content says it.
 */
class ServicePagesTest {
    @TempDir
    static Path tmp;
    static Path site;
    static Index index;

    @BeforeAll
    static void build() {
        site = tmp.resolve("site");
        Cli run = Cli.run("build", "--content", Sites.defaultContent().toString(), "--out", site.toString());
        assertEquals(0, run.exitCode(), run.all());
        index = SiteBuilder.load(Sites.defaultContent(), false, new Diagnostics()).orElseThrow().index();
    }

    private static Document page(String path) {
        try {
            Path file = site.resolve(path + "index.html");
            return Jsoup.parse(Files.readString(file), file.toUri().toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every item under "Controls that apply" of a service, over all its pages, by control id. */
    private static List<Element> items(Service s) {
        List<Element> out = new ArrayList<>();
        for (int n = 1; ; n++) {
            String path = "services/" + s.id() + "/" + (n == 1 ? "" : "page/" + n + "/");
            if (!Files.exists(site.resolve(path + "index.html"))) return out;
            out.addAll(page(path).select("ul.service-controls > li"));
        }
    }

    @Test
    void everyControlThatAppliesShowsTheCustomersPartAndTheProvidersWhereTheContentSaysIt() {
        int whole = 0;
        for (Service s : index.content().services()) {
            List<Control> applying = index.content().controls().stream().filter(Control::listed)
                    .filter(c -> c.services().stream().anyMatch(a -> a.service().id().equals(s.id()))).toList();
            List<Element> items = items(s);
            assertEquals(applying.stream().map(Control::id).toList(),
                    items.stream().map(li -> li.selectFirst(".cid").text()).toList(), s.id());
            for (int i = 0; i < items.size(); i++) {
                Control c = applying.get(i);
                Applicability a = c.services().stream().filter(x -> x.service().id().equals(s.id())).findFirst().get();
                Element li = items.get(i);
                Element yours = li.select(".part").stream().filter(p -> p.text().startsWith("Your part")).findFirst()
                        .orElseThrow(() -> new AssertionError(s.id() + ": " + c.id() + " shows no part of yours"));
                String text = yours.text().substring(yours.text().indexOf(':') + 1).strip();
                assertFalse(text.isEmpty(), s.id() + ": " + c.id());
                if (a.customer().isBlank()) {
                    whole++;
                    // the control applies to the service as a whole: its statement is the part
                    String statement = page("controls/" + c.id() + "/").selectFirst(".statement").text();
                    assertEquals(statement, text, s.id() + ": " + c.id());
                    assertTrue(yours.text().startsWith("Your part (the whole control):"), yours.text());
                }
                boolean provider = li.select(".part").stream().anyMatch(p -> p.text().startsWith("AWS's part:"));
                assertEquals(!a.provider().isBlank(), provider, s.id() + ": " + c.id() + " AWS's part");
            }
        }
        assertTrue(whole > 20, "controls listed for a whole service: " + whole);
    }

    @Test
    void theControlsTheIssueFoundWithOnlyBadgesNowSayWhatToDo() {
        for (String[] pair : new String[][] {{"lambda", "INF-09"}, {"dynamodb", "DP-01"}, {"dynamodb", "DP-10"},
                {"s3", "DET-06"}, {"s3", "DP-01"}, {"s3", "IAM-11"}, {"s3", "IR-05"}}) {
            Element li = page("services/" + pair[0] + "/").select("ul.service-controls > li").stream()
                    .filter(x -> x.selectFirst(".cid").text().equals(pair[1])).findFirst().orElseThrow();
            assertTrue(li.select(".part").text().contains("MUST"), pair[0] + " " + pair[1] + ": " + li.text());
        }
    }

    @Test
    void lambdaListsTheControlItsLayerTableCites() {
        Document lambda = page("services/lambda/");
        assertTrue(lambda.select("table.layers").text().contains("DP-07"));
        assertTrue(lambda.select("ul.service-controls .cid").eachText().contains("DP-07"),
                "DP-07, cited at the encryption layer, is among the controls that apply");
    }
}
