package org.bulwark.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** The control catalogue: complete as HTML, narrowed and sorted by catalogue.js. */
class CatalogueTest extends BrowserTest {

    private static List<String> visibleIds(Chromium browser) {
        return browser.driver.findElements(By.cssSelector("#catalogue tbody tr")).stream()
                .filter(WebElement::isDisplayed)
                .map(r -> r.findElement(By.cssSelector("td")).getText()).toList();
    }

    private static void choose(Chromium browser, String filter, String value) {
        new Select(browser.driver.findElement(By.id("f-" + filter))).selectByValue(value);
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
        assertEquals("baseline", browser.driver.findElement(By.id("f-level")).getAttribute("value"));
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
