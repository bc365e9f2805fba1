package org.bulwark.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A 20-character control id ({@value BrowserTest#LONG_ID}) and a long free-text framework
 * identifier lay out without running into their titles, on a phone and on a desktop: in the
 * catalogue, the baseline checklist, a cross-walk, a service's controls and an area's list.
 */
@BrowserTest.OtherStandard("long-ids")
class LongIdLayoutTest extends BrowserTest {

    @AfterEach
    void desktop(Chromium browser) {
        browser.size(1280, 900);
    }

    /** Each page, the boxes holding an id, and the id in them ({@link Overlap#CELLS}: the first cell). */
    static Stream<Arguments> places() {
        List<Arguments> out = new ArrayList<>();
        for (int width : new int[] {375, 1280}) {
            out.add(Arguments.of(width, "controls/index.html", "#catalogue tbody tr", Overlap.CELLS));
            out.add(Arguments.of(width, "baseline/index.html", ".check-head label", ".cid"));
            out.add(Arguments.of(width, "baseline/index.html", ".check-item ol.requirements li", "a.req-id"));
            out.add(Arguments.of(width, "frameworks/nist-800-53/index.html", "table.crosswalk tbody tr", Overlap.CELLS));
            out.add(Arguments.of(width, "frameworks/nist-800-53/index.html", "table.crosswalk td:not(:has(ul)), table.crosswalk td li", "a"));
            out.add(Arguments.of(width, "services/s3/index.html", "ul.service-controls li > a", ".cid"));
            out.add(Arguments.of(width, "areas/data/index.html", ".control-list li > a", ".cid"));
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{1} {2} at {0} px")
    @MethodSource("places")
    void anIdNeverRunsIntoWhatFollowsIt(int width, String page, String boxes, String id, Chromium browser, Site site) {
        browser.size(width, 900);
        browser.open(site.dir(), page);
        assertTrue(browser.driver.getPageSource().contains(LONG_ID), page + " lists " + LONG_ID);
        assertEquals(List.of(), Overlap.problems(browser, boxes, id), page + " at " + width + " px");
        if (width == 375) PageQualityTest.assertNoSidewaysScrolling(browser, page);
    }
}
