package org.bulwark.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * A benchmark, not a test: how long the workload view takes, in Chromium, from navigation to the
 * list of a selection on screen (its data files loaded and its items built), for a few
 * selections. Compiled only with the Maven profile {@code bench} and run only when given a site;
 * see bench/README.md, "Browser timings". Prints a table and writes it to
 * generator/target/workload-timing.txt.
 */
@EnabledIfSystemProperty(named = "bulwark.bench.site", matches = ".+")
class WorkloadTiming {
    private static final int RUNS = Integer.getInteger("bulwark.bench.runs", 5);

    @Test
    void listOnScreen() throws IOException {
        Path site = Path.of(System.getProperty("bulwark.bench.site"));
        String[] selections = System.getProperty("bulwark.bench.selections",
                "level=standard;services=lambda&level=standard;services=lambda,dynamodb,s3,cloudfront&level=standard;"
                        + "services=lambda,dynamodb,s3,cloudfront&level=advanced").split(";");
        List<String> lines = new ArrayList<>();
        lines.add("site: " + site + "  (medians of " + RUNS + " fresh loads, ms from navigation start)");
        lines.add(String.format(Locale.ROOT, "%-52s %9s %12s %9s", "selection", "controls", "data bytes", "shown"));
        try (Chromium browser = Chromium.start()) {
            for (String selection : selections) {
                List<Double> shown = new ArrayList<>();
                long items = 0;
                for (int run = 0; run < RUNS; run++) {
                    browser.open(site, "search/index.html");   // leave the page, so the next load is fresh
                    browser.open(site, "workload/index.html#" + selection);
                    browser.waiting().until(d -> browser.js(
                            "var v = document.getElementById('workload'); return v && v.getAttribute('data-shown');") != null);
                    // workload.js marks the moment the list is on the page
                    shown.add(((Number) browser.js("var m = performance.getEntriesByName('bulwark-workload-shown');"
                            + " return m.length ? m[m.length - 1].startTime : -1;")).doubleValue());
                    items = (Long) browser.js("return document.querySelectorAll('.checklist-area:not([hidden]) .check-item').length;");
                }
                lines.add(String.format(Locale.ROOT, "%-52s %9d %12d %9.0f", selection, items, dataBytes(site, selection),
                        median(shown)));
            }
        }
        lines.forEach(System.out::println);
        Files.write(Path.of("target", "workload-timing.txt"), lines);
    }

    /** What the selection makes the browser load besides the page: every workload's file and its services'. */
    private static long dataBytes(Path site, String selection) throws IOException {
        long bytes = Files.size(site.resolve("workload/data/common.js"));
        for (String part : selection.split("&")) {
            if (!part.startsWith("services=")) continue;
            for (String s : part.substring(9).split(",")) bytes += Files.size(site.resolve("workload/data/services/" + s + ".js"));
        }
        return bytes;
    }

    private static double median(List<Double> xs) {
        List<Double> s = new ArrayList<>(xs);
        s.sort(null);
        return s.get(s.size() / 2);
    }
}
