package org.bulwark.render;

import static org.bulwark.render.Data.map;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One page of a long list of controls, as Hugo's paginators do it: page 1 keeps the list's own
 * URL ({@code areas/iam/}), later pages live under it ({@code areas/iam/page/2/}). A list that
 * fits on one page is never split, so small standards look exactly as they did.
 */
public record Pagination(String firstUrl, int number, int total, int size) {

    /** Controls per list page: keeps area, service and identifier pages far under 200 KB. */
    public static final int PAGE_SIZE = 100;
    /** Page numbers shown either side of the current one; the first and last always show. */
    private static final int WINDOW = 2;

    public Pagination {
        if (size < 1) throw new IllegalArgumentException("page size must be positive: " + size);
        if (number < 1 || number > count(total, size)) {
            throw new IllegalArgumentException("no page " + number + " of " + total + " items");
        }
    }

    /** How many pages a list of {@code total} items takes (at least one, even when empty). */
    public static int count(int total, int size) {
        return Math.max(1, (total + size - 1) / size);
    }

    /** The URL of page {@code number} of the list whose first page is {@code firstUrl}. */
    public static String url(String firstUrl, int number) {
        return number == 1 ? firstUrl : firstUrl + "page/" + number + "/";
    }

    public int count() {
        return count(total, size);
    }

    public boolean paged() {
        return count() > 1;
    }

    public String url() {
        return url(firstUrl, number);
    }

    public int from() {
        return (number - 1) * size;
    }

    public int to() {
        return Math.min(total, number * size);
    }

    public <T> List<T> slice(List<T> items) {
        return items.subList(from(), to());
    }

    /**
     * The pager for templates: previous and next, the page numbers (first, last and a window
     * around this one, with gaps between), which one is current, and the range shown.
     */
    public Map<String, Object> model() {
        List<Object> pages = new ArrayList<>();
        int last = count();
        int shown = 0;
        for (int n = 1; n <= last; n++) {
            if (n != 1 && n != last && Math.abs(n - number) > WINDOW) continue;
            if (n - shown > 1) pages.add(map("gap", true));
            pages.add(map("number", n, "url", url(firstUrl, n), "current", n == number));
            shown = n;
        }
        return map("paged", paged(), "number", number, "count", last, "total", total,
                "from", total == 0 ? 0 : from() + 1, "to", to(), "pages", pages,
                "previous", number > 1 ? url(firstUrl, number - 1) : "",
                "next", number < last ? url(firstUrl, number + 1) : "");
    }
}
