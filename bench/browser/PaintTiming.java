package org.bulwark.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * A benchmark, not a test: measures, in Chromium, how soon the heaviest pages of a built site show
 * something (first contentful paint) and finish loading. Compiled only with the Maven profile
 * {@code bench} and run only when given a site; see bench/README.md, "Browser timings". Prints a
 * table and writes it to generator/target/paint-timing.txt.
 */
@EnabledIfSystemProperty(named = "bulwark.bench.site", matches = ".+")
class PaintTiming {
    private static final int RUNS = Integer.getInteger("bulwark.bench.runs", 5);

    private static final String READ = """
            var paint = performance.getEntriesByType('paint').filter(function (e) {
              return e.name === 'first-contentful-paint'; })[0];
            var nav = performance.getEntriesByType('navigation')[0];
            return { fcp: paint ? paint.startTime : -1, dcl: nav.domContentLoadedEventEnd, load: nav.loadEventEnd };""";

    @Test
    void firstPaint() throws IOException {
        Path site = Path.of(System.getProperty("bulwark.bench.site"));
        String[] pages = System.getProperty("bulwark.bench.pages", "controls/index.html,baseline/index.html").split(",");
        List<String> lines = new ArrayList<>();
        lines.add("site: " + site + "  (medians of " + RUNS + " fresh loads, ms from navigation start)");
        lines.add(String.format(Locale.ROOT, "%-40s %10s %8s %8s %8s", "page", "bytes", "FCP", "DCL", "load"));
        try (Chromium browser = Chromium.start()) {
            for (String page : pages) {
                List<Double> fcp = new ArrayList<>();
                List<Double> dcl = new ArrayList<>();
                List<Double> load = new ArrayList<>();
                for (int run = 0; run < RUNS; run++) {
                    browser.open(site, "search/index.html");   // leave the page, so the next load is fresh
                    browser.open(site, page);
                    browser.waiting().until(d -> ((Number) browser.js(
                            "var n = performance.getEntriesByType('navigation')[0]; return n ? n.loadEventEnd : 0;"))
                            .doubleValue() > 0);
                    @SuppressWarnings("unchecked")
                    Map<String, Object> t = (Map<String, Object>) browser.js(READ);
                    fcp.add(((Number) t.get("fcp")).doubleValue());
                    dcl.add(((Number) t.get("dcl")).doubleValue());
                    load.add(((Number) t.get("load")).doubleValue());
                }
                lines.add(String.format(Locale.ROOT, "%-40s %10d %8.0f %8.0f %8.0f", page,
                        Files.size(site.resolve(page)), median(fcp), median(dcl), median(load)));
            }
        }
        lines.forEach(System.out::println);
        Files.write(Path.of("target", "paint-timing.txt"), lines);
    }

    private static double median(List<Double> xs) {
        List<Double> s = new ArrayList<>(xs);
        s.sort(null);
        return s.get(s.size() / 2);
    }
}
