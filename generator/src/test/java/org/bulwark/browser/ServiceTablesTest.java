package org.bulwark.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The shipped standard's services matrix and service pages at a desktop's and a phone's width:
 * the page never scrolls sideways; the matrix scrolls in its own box with the controls that
 * apply in view; a service's table of layers fits without scrolling at all.
 */
@BrowserTest.DefaultStandard
class ServiceTablesTest extends BrowserTest {

    @AfterEach
    void desktop(Chromium browser) {
        browser.size(1280, 900);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Number> box(Chromium browser, String table) {
        return (Map<String, Number>) browser.js("var t = document.querySelector(arguments[0]);"
                + "var b = t.closest('.table-scroll');"
                + "return {table: t.scrollWidth, box: b.clientWidth, boxRight: b.getBoundingClientRect().right,"
                + " scrolls: getComputedStyle(b).overflowX === 'auto' ? 1 : 0};", table);
    }

    @ParameterizedTest
    @ValueSource(ints = {1280, 375})
    void theMatrixScrollsInItsOwnBoxWithTheControlsColumnInView(int width, Chromium browser, Site site) {
        browser.size(width, 900);
        browser.open(site.dir(), "services/index.html");
        PageQualityTest.assertNoSidewaysScrolling(browser, "services at " + width + " px");
        Map<String, Number> box = box(browser, "table.matrix");
        assertEquals(1, box.get("scrolls").intValue(), "a wide matrix scrolls in its box, not the page");
        if (width == 1280) {
            Number right = (Number) browser.js("var th = Array.prototype.find.call("
                    + "document.querySelectorAll('table.matrix thead th'), function (h) { return h.textContent.trim() === 'Controls'; });"
                    + "return th.getBoundingClientRect().right;");
            assertTrue(right.doubleValue() <= box.get("boxRight").doubleValue(),
                    "the Controls column ends at " + right + ", the box at " + box.get("boxRight"));
        }
    }

    static Stream<String> services() throws IOException {
        try (Stream<java.nio.file.Path> files = Files.list(defaultContent().resolve("services"))) {
            return files.map(p -> p.getFileName().toString().replace(".yaml", "")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1280, 375})
    void everyServicesTableOfLayersFitsWithoutScrolling(int width, Chromium browser, Site site) throws IOException {
        browser.size(width, 900);
        List<String> services = services().toList();
        assertTrue(services.size() >= 20);
        for (String s : services) {
            String page = "services/" + s + "/index.html";
            browser.open(site.dir(), page);
            PageQualityTest.assertNoSidewaysScrolling(browser, page + " at " + width + " px");
            Map<String, Number> box = box(browser, "table.layers");
            assertTrue(box.get("table").intValue() <= box.get("box").intValue(),
                    page + " at " + width + " px: the table of layers is " + box.get("table") + " px wide in a "
                            + box.get("box") + " px box, so a column is cut off");
        }
    }
}
