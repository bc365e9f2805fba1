package org.bulwark.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * A requirement above its control's level (the reader standard's IAM-01 (b) is advanced) shows
 * only when the workload's level reaches it.
 */
class WorkloadRequirementsTest extends BrowserTest {

    private static List<String> requirements(Chromium browser, String control) {
        return browser.driver.findElement(By.id(control)).findElements(By.cssSelector(".requirements > li")).stream()
                .map(li -> li.getAttribute("data-requirement")).toList();
    }

    @Test
    void aRequirementShowsFromItsOwnLevel(Chromium browser, Site site) {
        WorkloadViewTest.open(browser, site, "#services=s3&level=standard", "standard", Set.of("s3"));
        assertEquals(List.of("a"), requirements(browser, "IAM-01"));
        WorkloadViewTest.open(browser, site, "#services=s3&level=advanced", "advanced", Set.of("s3"));
        assertEquals(List.of("a", "b"), requirements(browser, "IAM-01"));
        WorkloadViewTest.open(browser, site, "#level=baseline", "baseline", Set.of());
        assertEquals(List.of("a"), requirements(browser, "IAM-01"));
    }
}
