package org.bulwark.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The OSPS Baseline, a real standard nobody here wrote (no services, no provider, dotted ids,
 * levels per requirement), as its readers meet it in the browser: a catalogue that lays out its
 * ids on a phone and a desktop, and pages that never speak of a cloud provider or of services.
 */
@BrowserTest.OtherStandard("osps")
class OspsBaselineSiteTest extends BrowserTest {

    @AfterEach
    void desktop(Chromium browser) {
        browser.size(1280, 900);
    }

    @ParameterizedTest(name = "at {0} px")
    @ValueSource(ints = {375, 1280})
    void theCatalogueLaysOutItsIdsBesideTheirTitles(int width, Chromium browser, Site site) {
        browser.size(width, 900);
        browser.open(site.dir(), "controls/index.html");
        assertEquals(List.of(), Overlap.problems(browser, "#catalogue tbody tr", Overlap.CELLS));
        assertEquals(List.of("Id", "Title", "Area", "Level"), browser.driver.findElements(By.cssSelector("#catalogue thead th"))
                .stream().map(WebElement::getText).map(t -> t.replaceAll("[^A-Za-z]", "")).toList());
        if (width == 375) PageQualityTest.assertNoSidewaysScrolling(browser, "controls/index.html");
    }

    @Test
    void theLevelFilterFindsAControlUnderEveryLevelItHasWorkAt(Chromium browser, Site site) {
        browser.open(site.dir(), "index.html");
        browser.open(site.dir(), "controls/index.html#level=advanced");
        List<String> ids = browser.driver.findElements(By.cssSelector("#catalogue tbody tr")).stream()
                .filter(WebElement::isDisplayed).map(r -> r.findElement(By.tagName("td")).getText()).toList();
        // OSPS-BR-01 is a maturity-1 control whose OSPS-BR-01.04 is maturity 3
        assertTrue(ids.contains("OSPS-BR-01"), ids.toString());
        assertTrue(ids.contains("OSPS-DO-03"), "an advanced control itself: " + ids);
        assertFalse(ids.contains("OSPS-AC-01"), "all its work is at the baseline: " + ids);
        assertTrue(browser.driver.findElement(By.id("f-count")).getText().startsWith("Showing "));
    }

    /** Words of a cloud theme that a standard without services or provider must never show. */
    private static final List<String> CLOUD_WORDS = List.of("\\baws\\b", "provider", "pick the", "service you use",
            "\\b0 services", "secures the cloud", "shared responsibility", "\\biam-01\\b");

    @ParameterizedTest
    @ValueSource(strings = {"index.html", "controls/index.html", "controls/OSPS-BR-01/index.html",
            "areas/access-control/index.html", "baseline/index.html", "frameworks/index.html",
            "frameworks/uksscop/index.html", "frameworks/dora/index.html", "glossary/index.html", "search/index.html"})
    void noPageSpeaksOfACloudProviderOrServices(String page, Chromium browser, Site site) {
        browser.open(site.dir(), page);
        String text = ((String) browser.js("return document.body.innerText + ' ' + Array.prototype.map.call("
                + "document.querySelectorAll('[placeholder]'), function (e) { return e.placeholder; }).join(' ');"))
                .toLowerCase(Locale.ROOT);
        for (String word : CLOUD_WORDS) {
            assertFalse(java.util.regex.Pattern.compile(word).matcher(text).find(), page + " says '" + word + "'");
        }
        assertTrue(browser.driver.findElements(By.cssSelector("a[href*='services/']")).isEmpty(), page + " links to services");
    }

    @Test
    void searchHelpGivesTheStandardsOwnIds(Chromium browser, Site site) {
        browser.open(site.dir(), "search/index.html?q=zqxjv");
        browser.waiting().until(d -> d.findElement(By.id("search-status")).getText().contains("zqxjv"));
        assertEquals("No results for “zqxjv”. Try fewer or shorter words, or the start of an id such as OSPS-AC.",
                browser.driver.findElement(By.id("search-status")).getText());
        assertEquals("e.g. OSPS-AC-01, or words",
                browser.driver.findElement(By.id("search-input")).getAttribute("placeholder"));
        List<String> kinds = browser.driver.findElements(By.cssSelector("#search-types label")).stream()
                .map(WebElement::getText).map(t -> t.replaceAll(" \\(\\d+\\)", "")).toList();
        assertEquals(List.of("Everything", "Controls", "Areas", "Glossary", "Frameworks"), kinds);
    }

    @Test
    void theHeaderShowsTheVersionAsWritten(Chromium browser, Site site) {
        browser.open(site.dir(), "index.html");
        assertEquals("main-b834f71", browser.driver.findElement(By.cssSelector("header .version")).getText());
        assertEquals("Open Source Project Security Baseline", browser.driver.getTitle());
    }
}
