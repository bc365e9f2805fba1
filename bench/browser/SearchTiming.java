package org.bulwark.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A benchmark, not a test: measures, in Chromium, the time from the first key typed to the first
 * result on screen, for a built site. Compiled only with the Maven profile {@code bench} and run
 * only when given a site; see bench/README.md, "Browser timings". Prints a table and writes it to
 * generator/target/search-timing.txt.
 */
@EnabledIfSystemProperty(named = "bulwark.bench.site", matches = ".+")
class SearchTiming {
    private static final int RUNS = Integer.getInteger("bulwark.bench.runs", 5);

    /** Records when the first key goes down and when the first result appears, in page time. */
    private static final String PROBE = """
            var input = document.getElementById(arguments[0]), list = arguments[1];
            window.timing = { key: 0, result: 0 };
            input.addEventListener('keydown', function () { if (!timing.key) timing.key = performance.now(); }, true);
            new MutationObserver(function () {
              if (!timing.result && document.querySelector(list)) timing.result = performance.now();
            }).observe(document.body, { childList: true, subtree: true });
            """;

    @Test
    void timeToFirstResult() throws IOException {
        Path site = Path.of(System.getProperty("bulwark.bench.site"));
        String[] queries = System.getProperty("bulwark.bench.queries", "encryption").split(",");
        List<String> lines = new ArrayList<>();
        lines.add("site: " + site + "  search-index.js: " + Files.size(site.resolve("search-index.js")) + " bytes");
        lines.add(String.format(Locale.ROOT, "%-12s %-28s %8s %8s %8s", "where", "query", "cold ms", "warm ms", "results"));
        try (Chromium browser = Chromium.start()) {
            lines.add(engine(browser, site, queries));
            for (String q : queries) {
                lines.add(measure(browser, site, "search", q));
                lines.add(measure(browser, site, "header", q));
            }
        }
        lines.forEach(System.out::println);
        Files.write(Path.of("target", "search-timing.txt"), lines);
    }

    /**
     * Cold: a fresh page, the index not loaded yet, the query typed at once (the search page
     * starts loading the index when it opens; the header box when it gets focus). Warm: the
     * same query typed again once the index is in memory. Medians of RUNS runs.
     */
    private static String measure(Chromium browser, Path site, String where, String query) {
        boolean page = where.equals("search");
        String input = page ? "search-input" : "site-search";
        String list = page ? "#search-results > li" : "#site-search-suggestions [role=option]:not(.all)";
        List<Double> cold = new ArrayList<>();
        List<Double> warm = new ArrayList<>();
        long results = 0;
        for (int run = 0; run < RUNS; run++) {
            browser.open(site, page ? "search/index.html" : "controls/index.html");
            browser.js(PROBE, input, list);
            WebElement box = browser.driver.findElement(By.id(input));
            box.click();
            box.sendKeys(query);
            browser.waiting().until(d -> ((Number) browser.js("return timing.result;")).doubleValue() > 0);
            cold.add(elapsed(browser));
            if (page) {
                String first = browser.driver.findElement(By.id("search-status")).getText().split(" ")[0];
                results = first.matches("\\d+") ? Long.parseLong(first) : 0;
            }
            browser.js("arguments[0].value = ''; arguments[0].dispatchEvent(new Event('input', { bubbles: true }));", box);
            browser.waiting().until(d -> Boolean.TRUE.equals(browser.js(
                    "var e = document.querySelector(arguments[0]); return !e || e.offsetParent === null;", list)));
            browser.js(PROBE, input, list);
            box.sendKeys(query);
            browser.waiting().until(d -> ((Number) browser.js("return timing.result;")).doubleValue() > 0);
            warm.add(elapsed(browser));
        }
        return String.format(Locale.ROOT, "%-12s %-28s %8.0f %8.0f %8d", where, query, median(cold), median(warm), results);
    }

    /** The parts without typing: loading and parsing the index script, and one search() call. */
    private static String engine(Chromium browser, Path site, String[] queries) {
        List<Double> load = new ArrayList<>();
        StringBuilder calls = new StringBuilder();
        for (int run = 0; run < RUNS; run++) {
            browser.open(site, "glossary/index.html");
            load.add(((Number) browser.driver.executeAsyncScript("""
                    var done = arguments[arguments.length - 1], t = performance.now(), s = document.createElement('script');
                    s.src = document.body.getAttribute('data-root') + 'search-index.js';
                    s.onload = function () { done(performance.now() - t); };
                    document.head.appendChild(s);""")).doubleValue());
        }
        for (String q : queries) {
            List<Double> times = new ArrayList<>();
            for (int run = 0; run < RUNS; run++) {
                browser.open(site, "glossary/index.html");   // a fresh index: nothing decoded yet
                times.add(((Number) browser.driver.executeAsyncScript("""
                        var done = arguments[arguments.length - 1], q = arguments[0];
                        BulwarkSearch.search('', function () {
                          var t = performance.now();
                          BulwarkSearch.search(q, function () { done(performance.now() - t); });
                        });""", q)).doubleValue());
            }
            calls.append(String.format(Locale.ROOT, "  search(\"%s\") %.1f ms", q, median(times)));
        }
        return String.format(Locale.ROOT, "index script load+parse %.0f ms;", median(load)) + calls;
    }

    private static double elapsed(Chromium browser) {
        Number key = (Number) browser.js("return timing.key;");
        Number result = (Number) browser.js("return timing.result;");
        return result.doubleValue() - key.doubleValue();
    }

    private static double median(List<Double> xs) {
        List<Double> s = new ArrayList<>(xs);
        s.sort(null);
        return s.get(s.size() / 2);
    }
}
