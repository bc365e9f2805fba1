package org.bulwark.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The shipped standard's releases in the browser: release 1.0.0's frozen pages, the changes page
 * and the releases page. Its content is the next version, so both a release and unreleased
 * changes are there.
 */
@BrowserTest.DefaultStandard
class ReleasesTest extends BrowserTest {
    private static final String STANDARD = "acme-aws-security-standard";

    @BeforeEach
    void forgetTicks(Chromium browser, Site site) {
        browser.clearStorage(site.dir());
    }

    @AfterEach
    void desktop(Chromium browser) {
        browser.size(1280, 900);
    }

    private static WebElement tick(Chromium browser, String id) {
        return browser.driver.findElement(By.id("tick-" + id));
    }

    @Test
    void theFrozenChecklistKeepsItsTicksApartFromTheCurrentOne(Chromium browser, Site site) {
        browser.open(site.dir(), "releases/1.0.0/baseline/index.html");
        tick(browser, "IAM-01").click();
        assertTrue(tick(browser, "IAM-01").isSelected());
        Object frozen = browser.js("return localStorage.getItem(arguments[0]);", "bulwark-baseline:" + STANDARD + ":1.0.0");
        assertTrue(String.valueOf(frozen).contains("\"IAM-01\""), String.valueOf(frozen));

        browser.open(site.dir(), "baseline/index.html");
        assertFalse(tick(browser, "IAM-01").isSelected(), "the current checklist has its own ticks");
        String version = browser.driver.findElement(By.tagName("body")).getAttribute("data-version");
        assertFalse(version.equals("1.0.0"));
        tick(browser, "SF-03").click();

        browser.open(site.dir(), "releases/1.0.0/baseline/index.html");
        assertTrue(tick(browser, "IAM-01").isSelected(), "still ticked in the frozen checklist");
        assertFalse(tick(browser, "SF-03").isSelected(), "a tick of the current checklist stays there");
        assertTrue(browser.driver.findElement(By.id("storage-note")).getText().contains("version 1.0.0"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"changes/index.html", "releases/index.html", "releases/1.0.0/controls/IAM-08/index.html",
            "releases/1.0.0/index.html", "releases/1.0.0/baseline/index.html", "releases/1.0.0/controls/IAM-13/index.html"})
    void cleanInBothThemesOnAPhoneAndOnADesktop(String page, Chromium browser, Site site) {
        for (String theme : List.of("light", "dark")) {
            browser.open(site.dir(), "index.html");
            browser.js("localStorage.setItem('bulwark-theme', arguments[0]);", theme);
            for (int width : new int[] {375, 1280}) {
                browser.size(width, 900);
                browser.drainConsole();
                browser.open(site.dir(), page);
                assertEquals(theme, browser.js("return document.documentElement.getAttribute('data-theme');"), page);
                assertEquals(List.of(), browser.consoleErrors(), page);
                PageQualityTest.assertNoSidewaysScrolling(browser, page + " at " + width + " px");
                assertEquals(List.of(), PageQualityTest.axe(browser), page + " in the " + theme + " theme at " + width + " px");
            }
        }
    }

    @Test
    void deletedAndInsertedWordsReadWithoutColour(Chromium browser, Site site) {
        browser.open(site.dir(), "changes/index.html");
        WebElement del = browser.driver.findElement(By.cssSelector(".diff del"));
        WebElement ins = browser.driver.findElement(By.cssSelector(".diff ins"));
        assertTrue(del.getCssValue("text-decoration-line").contains("line-through"), del.getCssValue("text-decoration-line"));
        assertTrue(ins.getCssValue("text-decoration-line").contains("underline"), ins.getCssValue("text-decoration-line"));
        // the markers for screen readers take no room on screen
        WebElement marker = del.findElement(By.cssSelector(".visually-hidden"));
        assertTrue(marker.getSize().getWidth() <= 1, "visually hidden: " + marker.getSize());
    }
}
