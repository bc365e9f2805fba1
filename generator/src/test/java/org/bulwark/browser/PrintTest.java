package org.bulwark.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** The control page and the baseline checklist on paper. */
class PrintTest extends BrowserTest {

    @AfterEach
    void screen(Chromium browser) {
        browser.driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        browser.size(1280, 900);
    }

    private static void print(Chromium browser) {
        browser.js("window.dispatchEvent(new Event('beforeprint'));");
        browser.driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
    }

    private static String display(Chromium browser, String selector) {
        return (String) browser.js("return getComputedStyle(document.querySelector(arguments[0])).display;", selector);
    }

    private static String after(Chromium browser, String selector) {
        return (String) browser.js("return getComputedStyle(document.querySelector(arguments[0]), '::after').content;", selector);
    }

    @Test
    void aControlPrintsWithoutNavigationAndShowsWhereLinksGo(Chromium browser, Site site) {
        browser.open(site.dir(), "controls/IAM-01/index.html");
        print(browser);
        for (String hidden : new String[] {".site-header", ".site-nav", ".toc", ".copy-link", ".site-footer"}) {
            assertEquals("none", display(browser, hidden), hidden);
        }
        // a link to another control prints its path in the site
        assertEquals("\" <controls/IAM-02/>\"", after(browser, "#guidance a[href*='IAM-02']"));
        assertEquals("\" <services/s3/>\"", after(browser, "#services a[href*='services/s3']"));
    }

    @Test
    void theCataloguePrintsWithoutAnAddressUnderEveryId(Chromium browser, Site site) {
        browser.size(700, 900);    // about the width of an A4 page inside its margins
        browser.open(site.dir(), "controls/index.html");
        print(browser);
        assertEquals("none", after(browser, "#catalogue tbody a"));
        assertEquals(null, browser.js("return document.querySelector('#catalogue tbody a').getAttribute('data-print-href');"));
        // the table fits the paper: no column cut off at its edge
        Number table = (Number) browser.js("return document.getElementById('catalogue').getBoundingClientRect().right;");
        Number main = (Number) browser.js("return document.getElementById('main').getBoundingClientRect().right;");
        assertTrue(table.doubleValue() <= main.doubleValue() + 1, table + " > " + main);
    }

    @Test
    void theChecklistPrintsEveryItemWithASignOffBlockOverSeveralPages(Chromium browser, Site site) {
        browser.clearStorage(site.dir());
        browser.open(site.dir(), "baseline/index.html");
        browser.driver.findElement(By.id("tick-IAM-01")).click();
        browser.driver.findElement(By.id("only-open")).click();   // a filter on screen never hides items on paper
        print(browser);
        assertEquals("block", display(browser, ".signoff"));
        assertEquals("none", display(browser, ".checklist-tools"));
        assertEquals("block", display(browser, "#IAM-01"));
        assertTrue(browser.driver.findElement(By.id("print-progress")).getText().startsWith("1 of 5 controls ticked"));

        Map<String, Object> pdf = browser.driver.executeCdpCommand("Page.printToPDF", Map.of("paperWidth", 8.27,
                "paperHeight", 11.69, "printBackground", false));
        String bytes = new String(Base64.getDecoder().decode((String) pdf.get("data")), StandardCharsets.ISO_8859_1);
        Matcher pages = Pattern.compile("/Type\\s*/Page[^s]").matcher(bytes);
        int count = 0;
        while (pages.find()) count++;
        assertTrue(count >= 2, "the checklist runs over " + count + " page(s)");
    }
}
