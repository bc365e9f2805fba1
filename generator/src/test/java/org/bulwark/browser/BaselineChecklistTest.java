package org.bulwark.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The baseline checklist: ticks survive a reload, show as progress, and reach the CSV. */
class BaselineChecklistTest extends BrowserTest {

    @BeforeEach
    void forgetTicks(Chromium browser, Site site) {
        browser.clearStorage(site.dir());
    }

    private static WebElement tick(Chromium browser, String id) {
        return browser.driver.findElement(By.id("tick-" + id));
    }

    @Test
    void groupsTheBaselineControlsByAreaWithCounts(Chromium browser, Site site) {
        browser.open(site.dir(), "baseline/index.html");
        List<WebElement> areas = browser.driver.findElements(By.cssSelector(".baseline-area"));
        assertEquals(2, areas.size());
        assertEquals(List.of("IAM-01", "IAM-02", "IAM-06"), ids(areas.get(0)));
        assertEquals(List.of("DP-01", "DP-03"), ids(areas.get(1)));
        assertEquals("0 of 5 done", browser.driver.findElement(By.id("progress-text")).getText());
        WebElement item = browser.driver.findElement(By.id("IAM-01"));
        String text = item.getText();
        assertTrue(text.contains("Every human sign-in to AWS MUST require multi-factor authentication"), text);
        assertTrue(text.contains("critical") && text.contains("customer"), text);
        assertTrue(text.contains("How to verify: AWS Config rule iam-user-mfa-enabled"), text);
    }

    private static List<String> ids(WebElement area) {
        return area.findElements(By.cssSelector(".check-item")).stream().map(e -> e.getAttribute("data-id")).toList();
    }

    @Test
    void aTickSurvivesAReloadAndCountsAsProgress(Chromium browser, Site site) {
        browser.open(site.dir(), "baseline/index.html");
        tick(browser, "IAM-02").click();
        assertEquals("1 of 5 done", browser.driver.findElement(By.id("progress-text")).getText());
        assertEquals("1 of 3 done", browser.driver.findElement(By.id("progress-identity")).getText());

        browser.driver.navigate().refresh();
        assertTrue(tick(browser, "IAM-02").isSelected(), "IAM-02 still ticked after reload");
        assertFalse(tick(browser, "IAM-01").isSelected());
        assertEquals("1 of 5 done", browser.driver.findElement(By.id("progress-text")).getText());
        assertEquals("1", browser.driver.findElement(By.id("progress-bar")).getAttribute("value"));

        // the same checklist opened again later, from another page
        browser.open(site.dir(), "index.html");
        browser.open(site.dir(), "baseline/index.html");
        assertTrue(tick(browser, "IAM-02").isSelected());
    }

    @Test
    void ticksAreKeptPerStandardAndVersion(Chromium browser, Site site) {
        browser.open(site.dir(), "baseline/index.html");
        tick(browser, "DP-03").click();
        Object stored = browser.js("return localStorage.getItem('bulwark-baseline:reader-test-standard:2.1.0');");
        assertTrue(String.valueOf(stored).contains("\"DP-03\""), String.valueOf(stored));
    }

    @Test
    void showsOnlyUntickedItemsOnRequest(Chromium browser, Site site) {
        browser.open(site.dir(), "baseline/index.html");
        tick(browser, "DP-01").click();
        browser.driver.findElement(By.id("only-open")).click();
        assertFalse(browser.driver.findElement(By.id("DP-01")).isDisplayed());
        assertTrue(browser.driver.findElement(By.id("DP-03")).isDisplayed());
        browser.driver.findElement(By.id("only-open")).click();
        assertTrue(browser.driver.findElement(By.id("DP-01")).isDisplayed());
    }

    @Test
    void theDownloadedCsvHoldsTheTickedState(Chromium browser, Site site) throws Exception {
        browser.open(site.dir(), "baseline/index.html");
        tick(browser, "IAM-01").click();
        tick(browser, "DP-03").click();
        browser.driver.navigate().refresh();      // the export reads what was kept, not only the page

        List<String> lines = browser.download("baseline-reader-test-standard-2.1.0.csv", By.id("export-csv"));
        assertEquals("\ufeffstandard,version,area,id,title,severity,responsibility,ticked,ticked_on", lines.get(0));
        assertEquals(6, lines.size(), String.join("\n", lines));
        String iam01 = line(lines, ",IAM-01,");
        assertTrue(iam01.startsWith("reader-test-standard,2.1.0,identity,IAM-01,Require MFA for every human sign-in,critical,customer,yes,"), iam01);
        assertTrue(iam01.matches(".*,yes,\\d{4}-\\d{2}-\\d{2}"), iam01);
        assertTrue(line(lines, ",DP-03,").contains(",yes,"));
        assertTrue(line(lines, ",IAM-02,").endsWith(",no,"), line(lines, ",IAM-02,"));
    }

    private static String line(List<String> lines, String part) {
        return lines.stream().filter(l -> l.contains(part)).findFirst().orElseThrow(() -> new AssertionError(part));
    }
}
