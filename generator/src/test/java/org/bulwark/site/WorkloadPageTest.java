package org.bulwark.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
 * The workload view of the shipped standard as it is written, before any script runs: every
 * service with a link to its page, the list for a workload with no services at the default
 * level, the way to it from the home page, the reading path and every service page, and the
 * data its script reads. What applies is computed from the content's YAML here.
 */
class WorkloadPageTest {
    @TempDir
    static Path tmp;
    static Path site;
    static List<ContentYaml.Control> controls;

    @BeforeAll
    static void build() {
        site = tmp.resolve("site");
        Cli run = Cli.run("build", "--content", Sites.defaultContent().toString(), "--out", site.toString());
        assertEquals(0, run.exitCode(), run.all());
        controls = ContentYaml.controls(Sites.defaultContent());
    }

    static Document page(String path) {
        try {
            Path file = site.resolve(path);
            return Jsoup.parse(Files.readString(file), file.toUri().toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path target(String from, String href) {
        String path = href.contains("#") ? href.substring(0, href.indexOf('#')) : href;
        return site.resolve(from).getParent().resolve(path).normalize();
    }

    @Test
    void withoutScriptsItListsEveryServiceWithALinkToItsPage() throws IOException {
        Document doc = page("workload/index.html");
        List<String> services;
        try (var files = Files.list(Sites.defaultContent().resolve("services"))) {
            services = files.map(p -> p.getFileName().toString().replace(".yaml", "")).sorted().toList();
        }
        List<String> linked = new ArrayList<>();
        for (Element a : doc.select("#workload-plain .service-links a")) {
            assertTrue(Files.isRegularFile(target("workload/index.html", a.attr("href"))), a.attr("href"));
            linked.add(a.attr("href").replace("../services/", "").replace("/index.html", ""));
        }
        assertEquals(services, linked.stream().sorted().toList());
        // the form that chooses them is the script's, hidden until it runs
        assertTrue(doc.getElementById("workload-form").hasAttr("hidden"));
        assertEquals(services.size(), doc.select("#workload-form input[name=service]").size());
    }

    @Test
    void withoutScriptsItListsWhatAppliesToEveryWorkloadAtTheDefaultLevel() {
        Document doc = page("workload/index.html");
        Set<String> listed = new TreeSet<>(doc.select(".checklist-area:not([hidden]) .check-item").eachAttr("data-id"));
        assertEquals(ContentYaml.applying(controls, Set.of(), "standard"), listed);
        for (ContentYaml.Control c : controls) {
            if (!listed.contains(c.id())) continue;
            Element item = doc.getElementById(c.id());
            assertEquals(c.accountWide(), !item.select(".badge.account-wide").isEmpty(), c.id() + " marked account-wide");
            assertFalse(item.select(".statement").text().isBlank(), c.id());
        }
        assertTrue(doc.getElementById("workload-summary").text().startsWith(listed.size() + " controls apply at level standard"));
        // the levels say in plain words what each means, and who should pick it
        String levels = doc.select(".level-help").text();
        for (String word : List.of("Baseline", "Standard (the default)", "Advanced", "production", "Pick it")) {
            assertTrue(levels.contains(word), word + " in " + levels);
        }
        // the sign-off block prints with the list
        assertFalse(doc.select(".signoff #print-selection").isEmpty());
        assertFalse(doc.select(".signoff-fields").isEmpty());
    }

    @Test
    void theHomePageTheReadingPathAndEveryServicePageLeadThere() throws IOException {
        assertFalse(page("index.html").select("a[href=workload/index.html]").isEmpty(), "home page");
        assertTrue(page("index.html").select("a[href=workload/index.html]").text().contains("What applies to my workload"));
        // early on the reading path: its first page
        Document start = page("pages/start-here/index.html");
        assertFalse(start.select("main .prose a[href=../../workload/index.html]").isEmpty(), "start here");
        try (var files = Files.list(Sites.defaultContent().resolve("services"))) {
            for (String s : files.map(p -> p.getFileName().toString().replace(".yaml", "")).toList()) {
                Element link = page("services/" + s + "/index.html").selectFirst(".workload-link a");
                assertEquals("../../workload/index.html#services=" + s, link.attr("href"), s);
            }
        }
        assertFalse(page("baseline/index.html").select("a[href=../workload/index.html]").isEmpty(), "the checklist");
        assertEquals("page", page("workload/index.html").selectFirst(".site-nav a[href=../workload/index.html]")
                .attr("aria-current"));
    }

    /** The file of every workload's controls and each service's, as workload.js reads them. */
    private static JsonNode data(String file) throws IOException {
        String script = Files.readString(site.resolve("workload/data/" + file));
        String call = "window.BulwarkWorkload.add(";
        assertTrue(script.startsWith(call) && script.endsWith(");\n"), file);
        return new ObjectMapper().readTree(script.substring(call.length(), script.length() - 3));
    }

    @Test
    void theDataHoldsEveryControlOnceWithEachServicesPartAndLinksThatResolve() throws IOException {
        Set<String> inData = new TreeSet<>();
        List<String> html = new ArrayList<>();
        data("common.js").get("controls").forEach(c -> {
            assertTrue(inData.add(c.get("id").asText()));
            html.add(c.get("statement").asText());
        });
        for (ContentYaml.Control c : controls) {
            boolean common = c.listed() && (c.level().equals("baseline") || c.accountWide());
            assertEquals(common, inData.contains(c.id()), c.id() + " with every workload's controls");
        }
        for (String s : new TreeSet<>(controls.stream().flatMap(c -> c.services().stream()).toList())) {
            JsonNode d = data("services/" + s + ".js");
            assertEquals(s, d.get("service").asText());
            List<String> parts = new ArrayList<>();
            d.get("parts").forEach(p -> {
                parts.add(p.get("control").asText());
                // the customer's part is never nothing: its own text, or the whole control
                assertTrue(p.get("wholeControl").asBoolean() != !p.get("customer").asText().isBlank(), p.toString());
                html.add(p.get("customer").asText());
                html.add(p.get("provider").asText());
            });
            assertEquals(controls.stream().filter(c -> c.listed() && c.services().contains(s)).map(ContentYaml.Control::id)
                    .sorted().toList(), parts.stream().sorted().toList(), s);
            d.get("controls").forEach(c -> {
                inData.add(c.get("id").asText());
                html.add(c.get("statement").asText());
            });
        }
        assertEquals(controls.stream().filter(ContentYaml.Control::listed).map(ContentYaml.Control::id)
                .collect(java.util.stream.Collectors.toCollection(TreeSet::new)), inData, "every listed control");
        // links in the data are written for the workload page, as its own are
        int links = 0;
        for (String h : html) {
            for (Element a : Jsoup.parseBodyFragment(h).select("a[href]")) {
                if (a.attr("href").startsWith("http")) continue;
                assertTrue(Files.isRegularFile(target("workload/index.html", a.attr("href"))), a.attr("href"));
                links++;
            }
        }
        assertTrue(links > 10, links + " links checked");
    }
}
