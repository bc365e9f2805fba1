package org.bulwark.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Search from the search page and from the header box, on a site opened from disk. */
class SearchTest extends BrowserTest {

    private List<WebElement> results(Chromium browser, String query) {
        WebElement input = browser.driver.findElement(By.id("search-input"));
        input.clear();
        input.sendKeys(query);
        browser.waiting().until(d -> d.findElement(By.id("search-status")).getText().contains(query));
        return browser.driver.findElements(By.cssSelector("#search-results > li"));
    }

    private static String firstHref(List<WebElement> results) {
        return results.get(0).findElement(By.tagName("a")).getAttribute("href");
    }

    @Test
    void aWordFindsTheControlThatUsesIt(Chromium browser, Site site) {
        browser.open(site.dir(), "search/index.html");
        // "federate" is only in the title of IAM-02; "backed" only in DP-04's statement
        List<WebElement> hits = results(browser, "federate");
        assertEquals(1, hits.size(), "results for federate");
        assertTrue(firstHref(hits).endsWith("controls/IAM-02/index.html"), firstHref(hits));
        assertTrue(hits.get(0).getText().startsWith("CONTROL"), hits.get(0).getText());

        hits = results(browser, "vault lock");    // guidance words
        assertTrue(firstHref(hits).endsWith("controls/DP-04/index.html"), firstHref(hits));
    }

    @Test
    void theStartOfAWordIsEnough(Chromium browser, Site site) {
        browser.open(site.dir(), "search/index.html");
        List<WebElement> hits = results(browser, "classif");
        assertTrue(firstHref(hits).endsWith("controls/DP-01/index.html"), firstHref(hits));
    }

    @Test
    void anExactIdComesFirstAndAnIdPrefixListsTheFamily(Chromium browser, Site site) {
        browser.open(site.dir(), "search/index.html");
        List<WebElement> hits = results(browser, "IAM-02");
        assertTrue(firstHref(hits).endsWith("controls/IAM-02/index.html"), firstHref(hits));

        hits = results(browser, "dp-0");
        List<String> family = hits.stream().limit(4)
                .map(h -> h.findElement(By.cssSelector(".cid")).getText()).toList();
        assertEquals(List.of("DP-01", "DP-02", "DP-03", "DP-04"), family, "the family first, then what mentions it");

        hits = results(browser, "ID-MFA-1");        // a former id finds the current control
        assertTrue(firstHref(hits).endsWith("controls/IAM-01/index.html"), firstHref(hits));
    }

    @Test
    void servicesPagesAndTermsAreFoundToo(Chromium browser, Site site) {
        browser.open(site.dir(), "search/index.html");
        assertTrue(firstHref(results(browser, "s3")).endsWith("services/s3/index.html"));
        assertTrue(firstHref(results(browser, "first week")).endsWith("pages/first-week/index.html"));
        assertTrue(firstHref(results(browser, "envelope encryption")).endsWith("glossary/index.html#envelope-encryption"));
        assertTrue(firstHref(results(browser, "Data protection")).endsWith("areas/data/index.html"));
    }

    @Test
    void everyIndexedTypeCanBeChosen(Chromium browser, Site site) {
        // frameworks are indexed: the type choice offers them, and choosing them leaves only them
        browser.open(site.dir(), "search/index.html?q=nist&type=framework");
        browser.waiting().until(d -> !d.findElement(By.id("search-status")).getText().isEmpty());
        assertTrue(browser.driver.findElement(By.cssSelector("#search-types input[value=framework]")).isSelected());
        List<WebElement> hits = browser.driver.findElements(By.cssSelector("#search-results > li"));
        assertFalse(hits.isEmpty());
        for (WebElement hit : hits) {
            assertTrue(hit.findElement(By.tagName("a")).getAttribute("href").contains("/frameworks/"), hit.getText());
        }
    }

    @Test
    void aFrameworkIdentifierFindsItsCrosswalkRowThenTheControlsCitingItAboveWordMatches(Chromium browser, Site site) {
        browser.open(site.dir(), "search/index.html");
        // "AC-2" is the words "ac" (the start of "access") and "2": only the identifier whole finds the row
        List<WebElement> hits = results(browser, "AC-2");
        assertTrue(firstHref(hits).endsWith("frameworks/nist-800-53/index.html#AC-2"), firstHref(hits));
        assertTrue(hits.get(0).getText().startsWith("CROSS-WALK"), hits.get(0).getText());
        assertTrue(hits.get(1).findElement(By.tagName("a")).getAttribute("href").endsWith("controls/IAM-02/index.html"));
        assertTrue(hits.size() > 2, "word matches follow");
        assertTrue(browser.driver.findElement(By.cssSelector("#search-types input[value=framework]")).findElement(
                By.xpath("..")).getText().contains("(1)"), "the cross-walk row counts among the frameworks");

        hits = results(browser, "ia-2(1)");
        assertTrue(firstHref(hits).endsWith("frameworks/nist-800-53/index.html#IA-2(1)"), firstHref(hits));
        assertTrue(hits.get(1).findElement(By.tagName("a")).getAttribute("href").endsWith("controls/IAM-01/index.html"));

        hits = results(browser, "IA-2");          // the identifier, then its enhancements
        assertTrue(firstHref(hits).endsWith("#IA-2"), firstHref(hits));
        assertTrue(hits.stream().limit(5).anyMatch(h -> h.findElement(By.tagName("a")).getAttribute("href")
                .endsWith("#IA-2(1)")), "IA-2(1) near the top");

        hits.get(0).findElement(By.tagName("a")).click();
        browser.waiting().until(ExpectedConditions.urlContains("frameworks/nist-800-53/index.html#IA-2"));
        assertEquals(Boolean.TRUE, browser.js("return document.getElementById('IA-2').matches(':target');"));
    }

    @Test
    void aConfigRuleFindsTheControlsVerifyingWithIt(Chromium browser, Site site) {
        browser.open(site.dir(), "search/index.html");
        List<WebElement> hits = results(browser, "iam-user-mfa-enabled");
        // its row of the verification index first, then the control verifying with it
        assertTrue(firstHref(hits).endsWith("verification/index.html#aws-config/iam-user-mfa-enabled"), firstHref(hits));
        assertTrue(hits.get(1).findElement(By.tagName("a")).getAttribute("href").endsWith("controls/IAM-01/index.html"));
    }

    @Test
    void aQueryInTheAddressRunsOnLoad(Chromium browser, Site site) {
        browser.open(site.dir(), "search/index.html?q=IAM-01");
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("search-status"), "IAM-01"));
        List<WebElement> hits = browser.driver.findElements(By.cssSelector("#search-results > li"));
        assertTrue(firstHref(hits).endsWith("controls/IAM-01/index.html"));
        // fewer results than a page: nothing more to show, and the button stays hidden
        assertFalse(browser.driver.findElement(By.id("search-more")).isDisplayed());
    }

    @Test
    void theHeaderBoxSuggestsAndTheKeyboardOpensAResult(Chromium browser, Site site) {
        browser.open(site.dir(), "areas/data/index.html");
        WebElement box = browser.driver.findElement(By.id("site-search"));
        box.sendKeys("IAM-06");
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("site-search-suggestions")));
        WebElement first = browser.driver.findElement(By.cssSelector("#site-search-suggestions [role=option]"));
        assertTrue(first.getText().contains("IAM-06"), first.getText());
        assertEquals("true", box.getAttribute("aria-expanded"));
        box.sendKeys(Keys.ARROW_DOWN);
        assertEquals(first.getAttribute("id"), box.getAttribute("aria-activedescendant"));
        box.sendKeys(Keys.ENTER);
        browser.waiting().until(ExpectedConditions.urlContains("controls/IAM-06/index.html"));
    }

    @Test
    void enterInTheHeaderBoxOpensTheSearchPage(Chromium browser, Site site) {
        browser.open(site.dir(), "index.html");
        WebElement box = browser.driver.findElement(By.id("site-search"));
        box.sendKeys("bucket", Keys.ENTER);
        browser.waiting().until(ExpectedConditions.urlContains("search/index.html?q=bucket"));
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("search-status"), "bucket"));
        assertTrue(browser.driver.findElements(By.cssSelector("#search-results > li")).size() >= 2);
    }
}
