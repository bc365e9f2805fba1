package org.bulwark.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every page type: no console error, no sideways scrolling on a phone, no serious axe finding. */
class PageQualityTest extends BrowserTest {
    private static final String AXE = axeSource();

    @AfterEach
    void desktop(Chromium browser, Site site) {
        browser.size(1280, 900);
        browser.clearStorage(site.dir());
    }

    @ParameterizedTest
    @ValueSource(strings = {"index.html", "areas/identity/index.html", "controls/IAM-01/index.html",
            "controls/IAM-04/index.html", "controls/IAM-05/index.html", "controls/ID-MFA-1/index.html",
            "controls/index.html", "services/index.html", "services/s3/index.html", "baseline/index.html",
            "frameworks/index.html", "frameworks/nist-800-53/index.html", "pages/welcome/index.html",
            "pages/wide-things/index.html", "glossary/index.html", "search/index.html?q=mfa",
            "workload/index.html#services=s3,iam&level=advanced", "print/index.html", "verification/index.html"})
    void noConsoleErrorsAndNoRequestOutsideTheSite(String page, Chromium browser, Site site) {
        browser.drainConsole();
        browser.open(site.dir(), page);
        settle(browser, page);
        assertEquals(List.of(), browser.consoleErrors(), page);
        Object outside = browser.js("var root = arguments[0];"
                + "return performance.getEntriesByType('resource').map(function (e) { return e.name; })"
                + ".filter(function (u) { return u.indexOf(root) !== 0; });", site.url(""));
        assertEquals(List.of(), outside, page + " loaded something from outside the site");
    }

    @ParameterizedTest
    @ValueSource(strings = {"index.html", "areas/identity/index.html", "controls/IAM-01/index.html",
            "controls/IAM-05/index.html", "controls/index.html", "services/index.html", "services/s3/index.html",
            "baseline/index.html", "frameworks/nist-800-53/index.html", "pages/wide-things/index.html",
            "glossary/index.html", "search/index.html?q=bucket", "workload/index.html#services=s3,iam",
            "print/index.html", "verification/index.html"})
    void noSidewaysScrollingOnA375PixelPhone(String page, Chromium browser, Site site) {
        browser.size(375, 812);
        browser.open(site.dir(), page);
        settle(browser, page);
        assertNoSidewaysScrolling(browser, page);
    }

    /** The page is no wider than the window; otherwise the elements that stick out are named. */
    static void assertNoSidewaysScrolling(Chromium browser, String page) {
        Number inner = (Number) browser.js("return window.innerWidth;");
        Number scroll = (Number) browser.js("return Math.max(document.documentElement.scrollWidth, document.body.scrollWidth);");
        assertTrue(scroll.intValue() <= inner.intValue(),
                page + " is " + scroll + " px wide in a " + inner + " px window; widest: " + widest(browser));
    }

    /** The elements that stick out of the window, for the failure message. */
    private static Object widest(Chromium browser) {
        return browser.js("var w = window.innerWidth, out = [];"
                + "document.querySelectorAll('body *').forEach(function (e) { var r = e.getBoundingClientRect();"
                + " if (r.right > w + 1 && out.length < 5) out.push(e.tagName + '.' + e.className + ' ' + Math.round(r.right)); });"
                + "return out.join(', ');");
    }

    @ParameterizedTest
    @ValueSource(strings = {"index.html", "areas/identity/index.html", "controls/IAM-01/index.html",
            "controls/IAM-05/index.html", "controls/index.html", "services/index.html", "services/s3/index.html",
            "baseline/index.html", "pages/first-week/index.html", "glossary/index.html", "search/index.html?q=access",
            "workload/index.html#services=s3,iam&level=advanced", "print/index.html", "verification/index.html"})
    void noSeriousAccessibilityViolationInEitherTheme(String page, Chromium browser, Site site) {
        for (String theme : List.of("light", "dark")) {
            browser.open(site.dir(), "index.html");
            browser.js("localStorage.setItem('bulwark-theme', arguments[0]);", theme);
            browser.open(site.dir(), page);
            settle(browser, page);
            // the stored theme is the one being checked, or both rounds would check the same
            assertEquals(theme, browser.js("return document.documentElement.getAttribute('data-theme');"), page);
            List<String> problems = axe(browser);
            assertEquals(List.of(), problems, page + " in the " + theme + " theme");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"controls/IAM-01/index.html", "baseline/index.html", "search/index.html?q=access"})
    void noSeriousAccessibilityViolationOnAPhone(String page, Chromium browser, Site site) {
        browser.size(375, 812);
        browser.open(site.dir(), page);
        settle(browser, page);
        assertEquals(List.of(), axe(browser), page + " at 375 px");
    }

    /** Waits for what scripts do after load: search results, the catalogue's filters. */
    private static void settle(Chromium browser, String page) {
        if (page.startsWith("search/index.html?q=")) {
            browser.waiting().until(d -> !String.valueOf(browser.js(
                    "return document.getElementById('search-status').textContent;")).isEmpty());
        }
        if (page.startsWith("workload/index.html")) {
            browser.waiting().until(d -> browser.js("return document.getElementById('workload').getAttribute('data-shown');") != null);
        }
        if (page.equals("controls/ID-MFA-1/index.html")) {
            browser.waiting().until(d -> d.getCurrentUrl().contains("controls/IAM-01/index.html"));
        }
    }

    /** Runs axe-core in the page; returns the serious and critical violations, one line each. */
    @SuppressWarnings("unchecked")
    static List<String> axe(Chromium browser) {
        browser.js(AXE);
        Object result = browser.driver.executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                + "axe.run(document, { resultTypes: ['violations'] }).then(function (r) {"
                + "  done(r.violations.filter(function (v) { return v.impact === 'serious' || v.impact === 'critical'; })"
                + "    .map(function (v) { return { id: v.id, impact: v.impact, help: v.help,"
                + "      nodes: v.nodes.slice(0, 3).map(function (n) { return n.target.join(' ') + ': ' + n.failureSummary; }) }; }));"
                + "}, function (e) { done([{ id: 'axe-error', impact: 'critical', help: String(e), nodes: [] }]); });");
        List<String> out = new ArrayList<>();
        for (Map<String, Object> v : (List<Map<String, Object>>) result) {
            out.add(v.get("impact") + " " + v.get("id") + ": " + v.get("help") + " " + v.get("nodes"));
        }
        return out;
    }

    private static String axeSource() {
        try (InputStream in = PageQualityTest.class.getResourceAsStream("/axe/axe.min.js")) {
            if (in == null) throw new IllegalStateException("axe/axe.min.js missing from the test resources");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
