package org.bulwark.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.bulwark.ContentYaml;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The workload view of the shipped standard, as the engineer of issue 15 uses it: Lambda,
 * DynamoDB, S3 and CloudFront at each level give exactly the controls the content says apply
 * (computed here from the YAML), each with the customer's part on every chosen service it
 * names; ticks are kept per selection; the CSV, the address, a bad address, a phone and axe.
 */
@BrowserTest.DefaultStandard
class WorkloadViewTest extends BrowserTest {
    private static final Set<String> SERVICES = Set.of("lambda", "dynamodb", "s3", "cloudfront");
    private static final String ISSUE = "#services=lambda,dynamodb,s3,cloudfront";

    @BeforeEach
    void forgetTicks(Chromium browser, Site site) {
        browser.clearStorage(site.dir());
    }

    @AfterEach
    void desktop(Chromium browser) {
        browser.size(1280, 900);
        browser.driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
    }

    /** Opens the view at an address and waits until it shows that selection. */
    static void open(Chromium browser, Site site, String hash, String level, Set<String> services) {
        browser.open(site.dir(), "index.html");   // a fresh load, not a change of the fragment
        browser.open(site.dir(), "workload/index.html" + hash);
        waitFor(browser, level, services);
    }

    static void waitFor(Chromium browser, String level, Set<String> services) {
        String shown = level + ":" + String.join(",", new TreeSet<>(services));
        browser.waiting().until(d -> shown.equals(browser.js(
                "var v = document.getElementById('workload'); return v && v.getAttribute('data-shown');")));
    }

    static List<String> listed(Chromium browser) {
        List<String> out = new ArrayList<>();
        for (WebElement li : browser.driver.findElements(By.cssSelector(".checklist-area:not([hidden]) .check-item"))) {
            out.add(li.getAttribute("data-id"));
        }
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"baseline", "standard", "advanced"})
    void lambdaDynamoDbS3AndCloudFrontGetExactlyWhatAppliesAtEachLevel(String level, Chromium browser, Site site) {
        List<ContentYaml.Control> controls = ContentYaml.controls(defaultContent());
        open(browser, site, ISSUE + "&level=" + level, level, SERVICES);
        List<String> listed = listed(browser);
        assertEquals(listed.size(), new TreeSet<>(listed).size(), "each control once");
        Set<String> expected = ContentYaml.applying(controls, SERVICES, level);
        assertEquals(expected, new TreeSet<>(listed), level);
        for (ContentYaml.Control c : controls) {
            if (!expected.contains(c.id())) continue;
            WebElement item = browser.driver.findElement(By.id(c.id()));
            assertEquals(c.accountWide(), !item.findElements(By.cssSelector(".badge.account-wide")).isEmpty(), c.id());
            assertFalse(item.findElement(By.cssSelector(".statement")).getText().isBlank(), c.id());
            // each chosen service the control names, with the customer's part: never nothing
            Set<String> parts = new TreeSet<>();
            for (WebElement dt : item.findElements(By.cssSelector(".service-parts dt"))) {
                parts.add(dt.getAttribute("data-service"));
                WebElement yours = (WebElement) browser.js("return arguments[0].nextElementSibling;", dt);
                String text = yours.getText();
                assertTrue(text.startsWith("Your part:") && text.length() > "Your part:".length() + 5, c.id() + ": " + text);
            }
            Set<String> named = new TreeSet<>(c.services());
            named.retainAll(SERVICES);
            assertEquals(named, parts, c.id() + " parts");
        }
        String summary = browser.driver.findElement(By.id("workload-summary")).getText();
        assertTrue(summary.startsWith(expected.size() + " controls apply at level " + level), summary);
        assertEquals("0 of " + expected.size() + " done", browser.driver.findElement(By.id("progress-text")).getText());
    }

    @Test
    void ticksAreKeptPerSelectionAcrossReloads(Chromium browser, Site site) {
        open(browser, site, "#services=lambda,s3&level=standard", "standard", Set.of("lambda", "s3"));
        String first = listed(browser).get(0);
        browser.driver.findElement(By.id("tick-" + first)).click();
        int total = listed(browser).size();
        assertEquals("1 of " + total + " done", browser.driver.findElement(By.id("progress-text")).getText());

        browser.driver.navigate().refresh();
        waitFor(browser, "standard", Set.of("lambda", "s3"));
        assertTrue(browser.driver.findElement(By.id("tick-" + first)).isSelected(), first + " still ticked");
        assertEquals("1 of " + total + " done", browser.driver.findElement(By.id("progress-text")).getText());

        // another selection has its own ticks; the same one, however its address is written, the same
        open(browser, site, "#services=lambda&level=standard", "standard", Set.of("lambda"));
        assertFalse(browser.driver.findElement(By.id("tick-" + first)).isSelected());
        open(browser, site, "#services=s3,lambda", "standard", Set.of("lambda", "s3"));
        assertTrue(browser.driver.findElement(By.id("tick-" + first)).isSelected());

        // only unticked
        browser.driver.findElement(By.id("only-open")).click();
        assertFalse(browser.driver.findElement(By.id(first)).isDisplayed());
        browser.driver.findElement(By.id("only-open")).click();
        assertTrue(browser.driver.findElement(By.id(first)).isDisplayed());
    }

    @Test
    void theCsvHoldsTheListWithItsTicksAndDates(Chromium browser, Site site) throws Exception {
        open(browser, site, ISSUE, "standard", SERVICES);
        browser.driver.findElement(By.id("tick-IAM-01")).click();
        browser.driver.findElement(By.id("tick-DP-10")).click();
        browser.driver.navigate().refresh();   // the export reads what was kept
        waitFor(browser, "standard", SERVICES);
        String version = ContentYaml.version(defaultContent());
        List<String> lines = browser.download("workload-acme-aws-security-standard-" + version
                + "-standard-cloudfront-dynamodb-lambda-s3.csv", By.id("export-csv"));
        assertEquals("\ufeffstandard,version,level,services,area,id,title,control_level,severity,responsibility,applies_to,"
                + "ticked,ticked_on", lines.get(0));
        assertEquals(listed(browser).size() + 1, lines.size());
        String iam01 = line(lines, ",IAM-01,");
        assertTrue(iam01.startsWith("acme-aws-security-standard," + version + ",standard,cloudfront dynamodb lambda s3,"
                + "identity-and-access-management,IAM-01,"), iam01);
        assertTrue(iam01.matches(".*,baseline,[a-z]+,[a-z]+,[^,]*,yes,\\d{4}-\\d{2}-\\d{2}"), iam01);
        String dp10 = line(lines, ",DP-10,");
        assertTrue(dp10.matches(".*,([a-z0-9-]+ )*dynamodb( [a-z0-9-]+)*,yes,\\d{4}-\\d{2}-\\d{2}"), "applies to: " + dp10);
        assertTrue(line(lines, ",APP-02,").contains(",account-wide,no,"), line(lines, ",APP-02,"));
    }

    @Test
    void theAddressHoldsTheSelectionSoATeamCanShareIt(Chromium browser, Site site) {
        open(browser, site, "", "standard", Set.of());
        browser.driver.findElement(By.id("pick-lambda")).click();
        waitFor(browser, "standard", Set.of("lambda"));
        browser.driver.findElement(By.id("pick-s3")).click();
        browser.driver.findElement(By.cssSelector("input[name=level][value=advanced]")).click();
        waitFor(browser, "advanced", Set.of("lambda", "s3"));
        String address = (String) browser.js("return location.hash;");
        assertEquals("#services=lambda,s3&level=advanced", address);
        List<String> mine = listed(browser);

        // a teammate opens the address: the same choice, the same list
        open(browser, site, address, "advanced", Set.of("lambda", "s3"));
        assertTrue(browser.driver.findElement(By.id("pick-lambda")).isSelected());
        assertTrue(browser.driver.findElement(By.id("pick-s3")).isSelected());
        assertTrue(browser.driver.findElement(By.cssSelector("input[name=level][value=advanced]")).isSelected());
        assertEquals(mine, listed(browser));
        assertTrue(browser.driver.findElement(By.id("workload-unknown")).getAttribute("hidden") != null);
    }

    @Test
    void aBadAddressSaysWhatItCouldNotUseAndKeepsTheRest(Chromium browser, Site site) {
        browser.drainConsole();
        open(browser, site, "#services=lambda,ec3,%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&level=extreme&colour=red",
                "standard", Set.of("lambda"));
        WebElement unknown = browser.driver.findElement(By.id("workload-unknown"));
        String said = unknown.getText();
        assertTrue(said.startsWith("Not understood in the address, and ignored:"), said);
        for (String part : List.of("services “ec3”", "services “<img src=x onerror=alert(1)>”", "level “extreme”", "colour=red")) {
            assertTrue(said.contains(part), part + " in " + said);
        }
        assertEquals(0L, browser.js("return document.querySelectorAll('main img').length;"), "said as text, never markup");
        assertTrue(browser.driver.findElement(By.id("pick-lambda")).isSelected());
        assertTrue(browser.driver.findElement(By.cssSelector("input[name=level][value=standard]")).isSelected());
        assertEquals(ContentYaml.applying(ContentYaml.controls(defaultContent()), Set.of("lambda"), "standard"),
                new TreeSet<>(listed(browser)));
        assertEquals(List.of(), browser.consoleErrors());
    }

    /**
     * The engineer of the issue: from the home page to the complete list for Lambda, DynamoDB, S3
     * and CloudFront in five clicks (the view, then one per service; the level is standard unless
     * changed), and a sixth prints it. It took nine clicks over six pages and a merge by hand.
     */
    @Test
    void fromTheHomePageTheCompleteListIsFiveClicksAway(Chromium browser, Site site) {
        browser.open(site.dir(), "index.html");
        int clicks = 0;
        browser.driver.findElement(By.cssSelector("ul.find a[href='workload/index.html']")).click();
        clicks++;
        waitFor(browser, "standard", Set.of());
        Set<String> chosen = new TreeSet<>();
        for (String service : List.of("lambda", "dynamodb", "s3", "cloudfront")) {
            browser.driver.findElement(By.id("pick-" + service)).click();
            clicks++;
            chosen.add(service);
            waitFor(browser, "standard", chosen);
        }
        assertEquals(5, clicks);
        assertEquals(ContentYaml.applying(ContentYaml.controls(defaultContent()), SERVICES, "standard"),
                new TreeSet<>(listed(browser)));
        assertTrue(browser.driver.findElement(By.id("print-checklist")).isDisplayed(), "printing it is one more click");
    }

    @Test
    void aServicePageOpensTheViewWithItselfChosen(Chromium browser, Site site) {
        browser.open(site.dir(), "services/dynamodb/index.html");
        browser.driver.findElement(By.cssSelector(".workload-link a")).click();
        waitFor(browser, "standard", Set.of("dynamodb"));
        assertTrue(browser.driver.findElement(By.id("pick-dynamodb")).isSelected());
        assertEquals(ContentYaml.applying(ContentYaml.controls(defaultContent()), Set.of("dynamodb"), "standard"),
                new TreeSet<>(listed(browser)));
    }

    @Test
    void itPrintsTheListWithASignOffBlockAndWithoutTheForm(Chromium browser, Site site) {
        open(browser, site, ISSUE, "standard", SERVICES);
        browser.driver.findElement(By.id("tick-IAM-01")).click();
        browser.js("window.dispatchEvent(new Event('beforeprint'));");
        browser.driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        assertEquals("none", browser.js("return getComputedStyle(document.getElementById('workload-form')).display;"));
        assertEquals("block", browser.js("return getComputedStyle(document.querySelector('.signoff')).display;"));
        String selection = browser.driver.findElement(By.id("print-selection")).getText();
        assertTrue(selection.contains("AWS Lambda") && selection.contains("Level: standard"), selection);
        assertTrue(browser.driver.findElement(By.id("print-progress")).getText().startsWith("1 of "));
    }

    @Test
    void aPhoneShowsItWithoutSidewaysScrolling(Chromium browser, Site site) {
        browser.size(375, 812);
        open(browser, site, ISSUE, "standard", SERVICES);
        PageQualityTest.assertNoSidewaysScrolling(browser, "workload/index.html" + ISSUE);
    }

    @Test
    void axeFindsNothingSeriousInEitherTheme(Chromium browser, Site site) {
        for (String theme : List.of("light", "dark")) {
            browser.open(site.dir(), "index.html");
            browser.js("localStorage.setItem('bulwark-theme', arguments[0]);", theme);
            open(browser, site, ISSUE + "&level=advanced", "advanced", SERVICES);
            assertEquals(theme, browser.js("return document.documentElement.getAttribute('data-theme');"));
            assertEquals(List.of(), PageQualityTest.axe(browser), "workload view in the " + theme + " theme");
        }
    }

    private static String line(List<String> lines, String part) {
        return lines.stream().filter(l -> l.contains(part)).findFirst().orElseThrow(() -> new AssertionError(part));
    }
}
