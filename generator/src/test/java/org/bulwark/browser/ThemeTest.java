package org.bulwark.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** Light and dark: the system decides until the reader chooses; the choice sticks. */
class ThemeTest extends BrowserTest {

    @BeforeEach
    void forgetTheChoice(Chromium browser, Site site) {
        browser.clearStorage(site.dir());
    }

    private static String background(Chromium browser) {
        return (String) browser.js("return getComputedStyle(document.body).backgroundColor;");
    }

    @Test
    void theToggleSticksAcrossPagesAndReloads(Chromium browser, Site site) {
        browser.open(site.dir(), "index.html");
        assertNull(browser.driver.findElement(By.tagName("html")).getAttribute("data-theme"), "follows the system");
        String light = background(browser);
        WebElement toggle = browser.driver.findElement(By.id("theme-toggle"));
        assertEquals("false", toggle.getAttribute("aria-pressed"));
        toggle.click();
        assertEquals("true", toggle.getAttribute("aria-pressed"));
        assertEquals("dark", browser.driver.findElement(By.tagName("html")).getAttribute("data-theme"));
        String dark = background(browser);
        assertNotEquals(light, dark);

        for (String page : new String[] {"controls/IAM-01/index.html", "baseline/index.html", "search/index.html"}) {
            browser.open(site.dir(), page);
            assertEquals("dark", browser.driver.findElement(By.tagName("html")).getAttribute("data-theme"), page);
            assertEquals(dark, background(browser), page);
            assertEquals("true", browser.driver.findElement(By.id("theme-toggle")).getAttribute("aria-pressed"), page);
        }

        browser.driver.findElement(By.id("theme-toggle")).click();
        browser.open(site.dir(), "areas/identity/index.html");
        assertEquals("light", browser.driver.findElement(By.tagName("html")).getAttribute("data-theme"));
        assertEquals(light, background(browser));
    }

    @Test
    void theStoredThemeIsAppliedBeforeTheFirstFrame(Chromium browser, Site site) {
        browser.open(site.dir(), "index.html");
        browser.js("localStorage.setItem('bulwark-theme', 'dark');");
        // runs as each document starts, before any of the page: records the theme and background of
        // the first frame the browser renders
        Map<String, Object> added = browser.driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source",
                "requestAnimationFrame(function () { window.firstFrame = document.documentElement.getAttribute('data-theme')"
                        + " + ' ' + (document.body ? getComputedStyle(document.body).backgroundColor : 'no body'); });"));
        try {
            browser.open(site.dir(), "glossary/index.html");
            browser.waiting().until(d -> browser.js("return window.firstFrame || null;") != null);
            assertEquals("dark " + background(browser), browser.js("return window.firstFrame;"));
        } finally {
            browser.driver.executeCdpCommand("Page.removeScriptToEvaluateOnNewDocument", Map.of("identifier", added.get("identifier")));
        }
    }
}
