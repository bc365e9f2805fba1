package org.bulwark.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The control catalogue: complete as HTML, narrowed and sorted by catalogue.js. */
class CatalogueTest extends BrowserTest {

    private static List<String> visibleIds(Chromium browser) {
        return browser.driver.findElements(By.cssSelector("#catalogue tbody tr")).stream()
                .filter(WebElement::isDisplayed)
                .map(r -> r.findElement(By.cssSelector("td")).getText()).toList();
    }

    /** Ticks one value of a filter as a reader does: open the filter, click the value's label. */
    private static void choose(Chromium browser, String filter, String value) {
        WebElement choice = browser.driver.findElement(By.id("f-" + filter));
        if (choice.getAttribute("open") == null) choice.findElement(By.tagName("summary")).click();
        choice.findElement(By.cssSelector("input[value='" + value + "']")).findElement(By.xpath("..")).click();
    }

    private static String count(Chromium browser) {
        return browser.driver.findElement(By.id("f-count")).getText();
    }

    @Test
    void listsEveryListedControlWithoutFilters(Chromium browser, Site site) {
        browser.open(site.dir(), "controls/index.html");
        // IAM-05 is withdrawn: it keeps its page but leaves the catalogue
        assertEquals(List.of("DP-01", "DP-02", "DP-03", "DP-04", "IAM-01", "IAM-02", "IAM-03", "IAM-04", "IAM-06"),
                visibleIds(browser));
        assertEquals("Showing all 9 controls", browser.driver.findElement(By.id("f-count")).getText());
    }

    @Test
    void eachFilterNarrowsTheTable(Chromium browser, Site site) {
        browser.open(site.dir(), "controls/index.html");
        choose(browser, "level", "baseline");
        assertEquals(List.of("DP-01", "DP-03", "IAM-01", "IAM-02", "IAM-06"), visibleIds(browser));
        choose(browser, "area", "identity");
        assertEquals(List.of("IAM-01", "IAM-02", "IAM-06"), visibleIds(browser));
        choose(browser, "severity", "critical");
        assertEquals(List.of("IAM-01"), visibleIds(browser));
        assertEquals("Showing 1 of 9 controls", browser.driver.findElement(By.id("f-count")).getText());

        browser.driver.findElement(By.id("f-reset")).click();
        browser.waiting().until(d -> visibleIds(browser).size() == 9);

        choose(browser, "service", "s3");
        assertEquals(List.of("DP-01", "DP-02", "DP-03", "IAM-01"), visibleIds(browser));
        choose(browser, "responsibility", "shared");
        assertEquals(List.of("DP-02"), visibleIds(browser));
        browser.driver.findElement(By.id("f-reset")).click();
        choose(browser, "status", "deprecated");
        browser.waiting().until(d -> visibleIds(browser).equals(List.of("IAM-04")));
    }

    @Test
    void wordsNarrowTheTableAndTheFiltersLiveInTheAddress(Chromium browser, Site site) {
        browser.open(site.dir(), "controls/index.html");
        browser.driver.findElement(By.id("f-text")).sendKeys("bucket");
        browser.waiting().until(d -> visibleIds(browser).equals(List.of("DP-03")));
        choose(browser, "level", "baseline");
        String url = browser.driver.getCurrentUrl();
        assertTrue(url.endsWith("#q=bucket&level=baseline"), url);

        browser.driver.get(url.replace("bucket", "access"));
        browser.driver.navigate().refresh();
        assertEquals(List.of("DP-03", "IAM-02", "IAM-06"), visibleIds(browser));
        assertTrue(browser.driver.findElement(By.cssSelector("#f-level input[value=baseline]")).isSelected());
        assertEquals("baseline", browser.driver.findElement(By.cssSelector("#f-level .choice-value")).getText());
    }

    @Test
    void aFilterTakesSeveralValuesAndAnyOfThemMatches(Chromium browser, Site site) {
        browser.open(site.dir(), "controls/index.html");
        choose(browser, "service", "s3");
        assertEquals(List.of("DP-01", "DP-02", "DP-03", "IAM-01"), visibleIds(browser));
        choose(browser, "service", "iam");
        // s3 or iam: the union, each control once
        List<String> s3OrIam = visibleIds(browser);
        assertEquals(List.of("DP-01", "DP-02", "DP-03", "IAM-01", "IAM-02", "IAM-03", "IAM-04", "IAM-06"), s3OrIam);
        assertEquals("Showing " + s3OrIam.size() + " of 9 controls", count(browser));
        assertEquals("AWS IAM, Amazon S3", browser.driver.findElement(By.cssSelector("#f-service .choice-value")).getText());
        // and another field narrows it: level baseline or advanced
        choose(browser, "level", "baseline");
        choose(browser, "level", "advanced");
        assertEquals(List.of("DP-01", "DP-03", "IAM-01", "IAM-02", "IAM-06"), visibleIds(browser));
        String url = browser.driver.getCurrentUrl();
        assertTrue(url.endsWith("#level=baseline,advanced&service=iam,s3"), url);

        browser.driver.get(url);
        browser.driver.navigate().refresh();
        assertEquals(List.of("DP-01", "DP-03", "IAM-01", "IAM-02", "IAM-06"), visibleIds(browser));
        assertEquals("Showing 5 of 9 controls", count(browser));
    }

    @Test
    void oldAddressesWithOneOrRepeatedValuesKeepWorking(Chromium browser, Site site) {
        browser.open(site.dir(), "index.html");   // another page first: a new address, not only a new #
        browser.open(site.dir(), "controls/index.html#service=s3");
        assertEquals(List.of("DP-01", "DP-02", "DP-03", "IAM-01"), visibleIds(browser));
        // another address of the same page (a link, or edited by hand): no reload, the filters follow
        browser.open(site.dir(), "controls/index.html#level=advanced");
        // DP-04 is advanced; IAM-01 is baseline with requirement (b) at advanced: work at that level too
        browser.waiting().until(d -> visibleIds(browser).equals(List.of("DP-04", "IAM-01")));
        browser.open(site.dir(), "index.html");
        browser.open(site.dir(), "controls/index.html#service=s3&service=iam&level=baseline");
        assertEquals(List.of("DP-01", "DP-03", "IAM-01", "IAM-02", "IAM-06"), visibleIds(browser));
    }

    @Test
    void whatTheAddressHoldsThatNoFilterOffersIsNamedAsTextAndIgnored(Chromium browser, Site site) {
        browser.open(site.dir(), "index.html");
        browser.open(site.dir(), "controls/index.html#service=s3,ec3,%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E"
                + "&level=extreme&colour=red");
        assertEquals(List.of("DP-01", "DP-02", "DP-03", "IAM-01"), visibleIds(browser), "the rest is used");
        WebElement unknown = browser.driver.findElement(By.id("f-unknown"));
        assertTrue(unknown.isDisplayed());
        assertEquals("Not understood in the address, and ignored: service “ec3”, service “<img src=x onerror=alert(1)>”, "
                + "level “extreme”, colour=red.", unknown.getText());
        assertTrue(browser.driver.findElements(By.cssSelector("#catalogue-filters img")).isEmpty(), "never markup");
        browser.driver.findElement(By.id("f-reset")).click();
        browser.waiting().until(d -> !unknown.isDisplayed());
    }

    @Test
    void theFiltersWorkByKeyboard(Chromium browser, Site site) {
        browser.open(site.dir(), "controls/index.html");
        WebElement summary = browser.driver.findElement(By.cssSelector("#f-service summary"));
        summary.sendKeys(org.openqa.selenium.Keys.ENTER);
        assertTrue(browser.driver.findElement(By.id("f-service")).getAttribute("open") != null, "Enter opens it");
        WebElement s3 = browser.driver.findElement(By.cssSelector("#f-service input[value=s3]"));
        s3.sendKeys(org.openqa.selenium.Keys.SPACE);
        browser.waiting().until(d -> visibleIds(browser).size() == 4);
        s3.sendKeys(org.openqa.selenium.Keys.ESCAPE);
        assertTrue(browser.driver.findElement(By.id("f-service")).getAttribute("open") == null, "Escape closes it");
        assertEquals(summary, browser.driver.switchTo().activeElement(), "and the focus is back on the filter");
    }

    @Test
    void columnsSort(Chromium browser, Site site) {
        browser.open(site.dir(), "controls/index.html");
        WebElement severity = browser.driver.findElement(By.cssSelector("#catalogue th:nth-child(5) button"));
        severity.click();
        assertEquals("ascending", browser.driver.findElement(By.cssSelector("#catalogue th:nth-child(5)")).getAttribute("aria-sort"));
        assertEquals(List.of("DP-03", "IAM-01"), visibleIds(browser).subList(0, 2));   // the two critical ones
        severity.click();
        assertEquals("descending", browser.driver.findElement(By.cssSelector("#catalogue th:nth-child(5)")).getAttribute("aria-sort"));
        assertEquals(List.of("DP-04", "IAM-04", "IAM-06"), visibleIds(browser).subList(0, 3)); // medium, the lowest here
    }
}
