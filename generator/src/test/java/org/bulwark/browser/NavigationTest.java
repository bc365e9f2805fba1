package org.bulwark.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** Breadcrumbs, reading path, tables of contents, anchors and copy-link. */
class NavigationTest extends BrowserTest {

    private static List<String> texts(List<WebElement> elements) {
        return elements.stream().map(WebElement::getText).toList();
    }

    @Test
    void aControlShowsWhereItIsAndWhatItHolds(Chromium browser, Site site) {
        browser.open(site.dir(), "controls/IAM-01/index.html");
        assertEquals(List.of("Reader Test Standard", "Identity and access", "IAM-01"),
                texts(browser.driver.findElements(By.cssSelector(".breadcrumbs li"))).stream()
                        .map(s -> s.replace("/", "").trim()).toList());
        List<String> toc = texts(browser.driver.findElements(By.cssSelector(".toc a")));
        assertEquals(List.of("Statement", "Rationale", "Guidance", "Identity Center", "Remaining IAM users",
                "Break-glass users", "Where it applies", "Verification", "Evidence", "References", "Related controls",
                "Referenced by", "Cite this control"), toc);
        for (WebElement a : browser.driver.findElements(By.cssSelector(".toc a"))) {
            String id = a.getAttribute("href").replaceAll(".*#", "");
            assertEquals(1, browser.driver.findElements(By.id(id)).size(), id);
        }
        // the current area is marked in the site navigation, no control is listed there
        assertEquals("true", browser.driver.findElement(By.cssSelector(".site-nav a[href$='areas/identity/index.html']"))
                .getAttribute("aria-current"));
        assertTrue(browser.driver.findElements(By.cssSelector(".site-nav a[href*='controls/IAM']")).isEmpty());
    }

    @Test
    void everyHeadingInTheContentHasAnAnchor(Chromium browser, Site site) {
        browser.open(site.dir(), "areas/identity/index.html");
        List<WebElement> headings = browser.driver.findElements(By.cssSelector("main h2[id], main h3[id], main section[id] > h2, main section[id] > h3"));
        assertTrue(headings.size() >= 5, "headings: " + headings.size());
        for (WebElement h : headings) {
            List<WebElement> anchor = h.findElements(By.cssSelector("a.anchor"));
            assertEquals(1, anchor.size(), h.getText());
        }
    }

    @Test
    void copyLinkCopiesTheAddressOfTheSection(Chromium browser, Site site) {
        browser.open(site.dir(), "controls/IAM-01/index.html");
        browser.js("navigator.clipboard.writeText = function (t) { window.copied = t; return Promise.resolve(); };");
        WebElement button = browser.driver.findElement(By.cssSelector("#evidence .copy-link"));
        assertEquals("Copy link to Evidence", button.getAttribute("aria-label"));
        button.click();
        browser.waiting().until(d -> browser.js("return window.copied || null;") != null);
        assertEquals(site.url("controls/IAM-01/index.html") + "#evidence", browser.js("return window.copied;"));
        assertEquals("Copied", button.getText());
        browser.waiting().until(d -> browser.driver.findElement(By.id("live")).getAttribute("textContent").contains("copied"));
    }

    @Test
    void copyCitationGivesTheCitationWithTheAddressAndARequirementsOrEvidenceItemsAnchor(Chromium browser, Site site) {
        browser.open(site.dir(), "controls/IAM-01/index.html");
        browser.js("navigator.clipboard.writeText = function (t) { window.copied = t; return Promise.resolve(); };");
        String control = "Reader Test Standard, IAM-01 “Require MFA for every human sign-in”, version 2.1.0 "
                + "(effective 2026-06-01)";
        browser.driver.findElement(By.cssSelector("#cite .copy-text")).click();
        browser.waiting().until(d -> browser.js("return window.copied || null;") != null);
        assertEquals(control + ": /controls/IAM-01/", browser.js("return window.copied;"),
                "without --base-url, the path in the site");

        browser.js("window.copied = null;");
        WebElement requirement = browser.driver.findElement(By.cssSelector("#req-a .copy-cite"));
        assertEquals("Copy citation of requirement (a)", requirement.getAttribute("textContent"));
        requirement.click();
        browser.waiting().until(d -> browser.js("return window.copied || null;") != null);
        assertEquals(control + ", requirement (a): /controls/IAM-01/#req-a", browser.js("return window.copied;"));
        assertEquals("Copied", requirement.getText());

        browser.js("window.copied = null;");
        browser.driver.findElement(By.cssSelector("#evidence-credential-report .copy-cite")).click();
        browser.waiting().until(d -> browser.js("return window.copied || null;") != null);
        assertEquals(control + ", evidence credential-report: /controls/IAM-01/#evidence-credential-report",
                browser.js("return window.copied;"));
        // the button says what it copies again afterwards, to screen readers too
        browser.waiting().until(d -> requirement.getAttribute("textContent").equals("Copy citation of requirement (a)"));
    }

    @Test
    void theReadingPathLeadsFromPageToPage(Chromium browser, Site site) {
        browser.open(site.dir(), "pages/welcome/index.html");
        browser.driver.findElement(By.cssSelector(".pager a[rel=next]")).click();
        assertTrue(browser.driver.getCurrentUrl().endsWith("pages/first-week/index.html"));
        assertEquals("Previous Welcome", browser.driver.findElement(By.cssSelector(".pager a[rel=prev]")).getText().replace("\n", " "));
        browser.driver.findElement(By.cssSelector(".pager a[rel=next]")).click();
        assertTrue(browser.driver.getCurrentUrl().endsWith("pages/wide-things/index.html"));
    }

    @Test
    void theSkipLinkAndSlashReachContentAndSearch(Chromium browser, Site site) {
        browser.open(site.dir(), "glossary/index.html");
        browser.driver.findElement(By.tagName("body")).sendKeys(Keys.TAB);
        WebElement skip = browser.driver.switchTo().activeElement();
        assertEquals("Skip to content", skip.getText());
        skip.sendKeys(Keys.ENTER);
        assertEquals("main", browser.driver.switchTo().activeElement().getAttribute("id"));
        browser.driver.switchTo().activeElement().sendKeys("/");
        assertEquals("site-search", browser.driver.switchTo().activeElement().getAttribute("id"));
    }
}
