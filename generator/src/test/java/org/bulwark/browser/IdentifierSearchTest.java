package org.bulwark.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.bulwark.diag.Diagnostics;
import org.bulwark.link.Index;
import org.bulwark.model.Control;
import org.bulwark.site.SiteBuilder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The auditor's searches on the shipped standard: a framework identifier, a Security Hub control
 * used only to verify, a Config rule. The expected results are read from the content here.
 */
@BrowserTest.DefaultStandard
class IdentifierSearchTest extends BrowserTest {

    private static List<String> hrefs(Chromium browser, String query) {
        WebElement input = browser.driver.findElement(By.id("search-input"));
        input.clear();
        input.sendKeys(query);
        browser.waiting().until(d -> d.findElement(By.id("search-status")).getText().contains(query));
        List<String> out = new ArrayList<>();
        for (WebElement a : browser.driver.findElements(By.cssSelector("#search-results > li > a"))) {
            String href = a.getAttribute("href");
            out.add(href.substring(href.indexOf("/site/") + 6));
        }
        return out;
    }

    /** The listed controls that cite an identifier of a framework, or verify with it (method), in content order. */
    private static List<String> controls(String framework, String identifier, String method) {
        Index index = SiteBuilder.load(defaultContent(), false, new Diagnostics()).orElseThrow().index();
        List<String> out = new ArrayList<>();
        for (Control c : index.published(false)) {
            if (!c.listed()) continue;
            boolean cites = c.references().stream().anyMatch(r -> r.framework().id().equals(framework)
                    && r.identifiers().stream().anyMatch(i -> i.id().equals(identifier)));
            boolean verifies = c.verification().stream().anyMatch(v -> v.method().keyword().equals(method)
                    && v.ref().map(identifier::equals).orElse(false));
            if (cites || verifies) out.add("controls/" + c.id() + "/index.html");
        }
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"AC-2, nist-800-53, AC-2", "IA-2(1), nist-800-53, IA-2(1)", "1.10, cis-aws, 1.10",
            "IAM.6, aws-fsbp, IAM.6", "iam.19, aws-fsbp, IAM.19", "DynamoDB.2, aws-fsbp, DynamoDB.2",
            "KMS.4, aws-fsbp, KMS.4"})
    void anIdentifierFindsItsCrosswalkRowThenItsControlsAboveWordMatches(String query, String framework,
                                                                         String identifier, Chromium browser, Site site) {
        browser.open(site.dir(), "search/index.html");
        List<String> hits = hrefs(browser, query);
        List<String> expected = new ArrayList<>();
        expected.add("frameworks/" + framework + "/index.html#" + identifier);
        List<String> citing = controls(framework, identifier, "security-hub");
        assertTrue(!citing.isEmpty(), identifier + " is cited or verified with");
        expected.addAll(citing);
        assertEquals(expected, hits.subList(0, expected.size()), query);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"mfa-enabled-for-iam-console-access", "cloud-trail-log-file-validation-enabled"})
    void aConfigRuleFindsTheControlsUsingIt(String rule, Chromium browser, Site site) {
        browser.open(site.dir(), "search/index.html");
        List<String> expected = controls("", rule, "aws-config");
        assertTrue(!expected.isEmpty(), rule + " is used");
        assertEquals(expected, hrefs(browser, rule).subList(0, expected.size()), rule);
    }
}
