package org.bulwark.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PaginationTest {
    @Test
    void theFirstPageKeepsTheListsUrlAndLaterPagesLiveUnderIt() {
        assertEquals("areas/iam/", Pagination.url("areas/iam/", 1));
        assertEquals("areas/iam/page/3/", Pagination.url("areas/iam/", 3));
    }

    @Test
    void aListIsSplitOnlyWhenItIsLongerThanAPage() {
        assertEquals(1, Pagination.count(0, 100));
        assertEquals(1, Pagination.count(100, 100));
        assertEquals(2, Pagination.count(101, 100));
        assertFalse(new Pagination("x/", 1, 100, 100).paged());
    }

    @Test
    void slicesCoverTheListOnce() {
        List<Integer> items = IntStream.range(0, 250).boxed().toList();
        assertEquals(List.of(200, 249), ends(new Pagination("x/", 3, 250, 100).slice(items)));
        assertEquals(List.of(0, 99), ends(new Pagination("x/", 1, 250, 100).slice(items)));
        assertThrows(IllegalArgumentException.class, () -> new Pagination("x/", 4, 250, 100));
    }

    @Test
    void thePagerShowsTheEndsAndAWindowWithGaps() {
        Map<String, Object> model = new Pagination("a/", 7, 2000, 100).model();
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> pages = (List<Map<String, Object>>) model.get("pages");
        assertEquals("1 … 5 6 [7] 8 9 … 20", String.join(" ", pages.stream().map(p -> p.containsKey("gap") ? "…"
                : Boolean.TRUE.equals(p.get("current")) ? "[" + p.get("number") + "]" : String.valueOf(p.get("number")))
                .toList()));
        assertEquals("a/page/6/", model.get("previous"));
        assertEquals("a/page/8/", model.get("next"));
        assertEquals(601, model.get("from"));
        assertEquals(700, model.get("to"));
        Map<String, Object> first = new Pagination("a/", 1, 250, 100).model();
        assertEquals("", first.get("previous"));
        assertEquals("a/page/2/", first.get("next"));
    }

    private static List<Integer> ends(List<Integer> slice) {
        return List.of(slice.get(0), slice.get(slice.size() - 1));
    }
}
