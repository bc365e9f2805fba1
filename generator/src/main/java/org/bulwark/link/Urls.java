package org.bulwark.link;

/** The stable URL scheme of SPEC §4, as paths relative to the site root (directory URLs). */
public final class Urls {
    private Urls() {}

    public static String home() { return ""; }
    public static String controls() { return "controls/"; }
    public static String control(String id) { return "controls/" + id + "/"; }
    public static String areas() { return "areas/"; }
    public static String area(String id) { return "areas/" + id + "/"; }
    public static String services() { return "services/"; }
    public static String service(String id) { return "services/" + id + "/"; }
    public static String baseline() { return "baseline/"; }
    public static String frameworks() { return "frameworks/"; }
    public static String framework(String id) { return "frameworks/" + id + "/"; }
    public static String page(String id) { return "pages/" + id + "/"; }
    public static String glossary() { return "glossary/"; }
    public static String search() { return "search/"; }

    /** The prefix that leads from a page at {@code url} back to the root ("../../"). */
    public static String rootFrom(String url) {
        int depth = 0;
        for (int i = 0; i < url.length(); i++) if (url.charAt(i) == '/') depth++;
        return "../".repeat(depth);
    }

    /** The file a directory URL is written to. */
    public static String file(String url) {
        return url.isEmpty() || url.endsWith("/") ? url + "index.html" : url;
    }
}
