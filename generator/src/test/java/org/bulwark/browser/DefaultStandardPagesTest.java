package org.bulwark.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;

/** The shipped standard's pages, whose content is richer than any fixture: same bar. */
@BrowserTest.DefaultStandard
class DefaultStandardPagesTest extends BrowserTest {

    @AfterEach
    void desktop(Chromium browser) {
        browser.size(1280, 900);
    }

    @ParameterizedTest
    @ValueSource(strings = {"index.html", "areas/detection/index.html", "controls/IAM-01/index.html",
            "controls/index.html", "services/index.html", "services/ec2/index.html", "baseline/index.html",
            "pages/citing-controls/index.html", "pages/shared-responsibility/index.html", "glossary/index.html",
            "frameworks/nist-800-53/index.html", "search/index.html?q=encryption"})
    void cleanOnAPhoneAndOnADesktop(String page, Chromium browser, Site site) {
        for (int width : new int[] {375, 1280}) {
            browser.size(width, 900);
            browser.drainConsole();
            browser.open(site.dir(), page);
            if (page.contains("?q=")) {
                browser.waiting().until(d -> !d.findElement(By.id("search-status")).getText().isEmpty());
            }
            assertEquals(List.of(), browser.consoleErrors(), page);
            PageQualityTest.assertNoSidewaysScrolling(browser, page + " at " + width + " px");
            assertEquals(List.of(), PageQualityTest.axe(browser), page + " at " + width + " px");
        }
    }
}
