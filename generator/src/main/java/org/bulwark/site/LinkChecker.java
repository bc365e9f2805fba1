package org.bulwark.site;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.bulwark.diag.Diagnostics;
import org.bulwark.diag.SourcePosition;

/**
 * Checks the whole output after rendering: every relative link and fragment resolves to a
 * written file and an element id, and nothing is loaded from outside the site. Pages are
 * scanned as they are rendered (ids and links only, not a DOM), so the check is linear.
 */
public final class LinkChecker {
    private static final Set<String> LOADING_RELS = Set.of("stylesheet", "icon", "preload", "modulepreload",
            "manifest", "prefetch", "apple-touch-icon");
    /** Attributes besides href whose value is a URL the browser loads or sends to. */
    private static final String[] LINK_ATTRIBUTES = {"src", "action", "srcset", "poster", "data", "formaction"};
    /** Tags whose URL attributes load a resource when the page opens (href included, for link). */
    private static final String[] LOADING_TAGS = {"script", "link", "img", "iframe", "frame", "embed",
            "object", "source", "audio", "video", "track", "input", "image", "use"}; // the last two: SVG

    private record Link(String href, int line, boolean loads) {}

    private final Map<String, Set<String>> ids = new ConcurrentHashMap<>();
    private final Map<String, List<Link>> links = new ConcurrentHashMap<>();
    private final Map<String, SourcePosition> contentLinks;
    /**
     * Links and ids repeat across pages (the navigation): one copy of each string per table, a
     * table per page being scanned at a time (one per rendering thread), without the cost of a
     * shared concurrent map on every link. They go with the checker, that is with the build.
     */
    private final java.util.Queue<ByteStrings> tables = new java.util.concurrent.ConcurrentLinkedQueue<>();

    /** {@code contentLinks}: hrefs written in Markdown, with where, to blame the source. */
    public LinkChecker(Map<String, SourcePosition> contentLinks) {
        this.contentLinks = contentLinks;
    }

    /**
     * Records the ids and links of one HTML page at {@code path} (relative to the root), from
     * its UTF-8 bytes: markup is ASCII and no byte of a multi-byte character is below 0x80, so
     * the scan needs no decoding, only for the values it keeps.
     */
    public void scan(String path, byte[] html) {
        ByteStrings strings = java.util.Objects.requireNonNullElseGet(tables.poll(),
                () -> new ByteStrings(LinkChecker::unescape));
        try {
            scan(path, html, strings);
        } finally {
            tables.offer(strings);
        }
    }

    private void scan(String path, byte[] html, ByteStrings strings) {
        Set<String> pageIds = new HashSet<>();
        List<Link> pageLinks = new ArrayList<>();
        Set<String> seenLinks = new HashSet<>();
        List<Link> tagLinks = new ArrayList<>(4);
        int line = 1;
        int n = html.length;
        int p = 0;
        while (p < n) {
            byte b = html[p];
            if (b == '\n') {
                line++;
                p++;
                continue;
            }
            if (b != '<') {
                p++;
                continue;
            }
            p++;
            // an end tag, a comment or a doctype: nothing to keep, on to its end
            if (p < n && (html[p] == '/' || html[p] == '!')) {
                if (startsWith(html, p - 1, COMMENT_OPEN)) {
                    p += 3;
                    while (p < n && !startsWith(html, p, COMMENT_CLOSE)) {
                        if (html[p] == '\n') line++;
                        p++;
                    }
                    p += 3;
                    continue;
                }
                while (p < n && html[p] != '>') {
                    if (html[p] == '\n') line++;
                    p++;
                }
                continue;
            }
            int nameStart = p;
            while (p < n && isNameByte(html[p])) p++;
            // names are compared as bytes: a page has thousands of tags and attributes, few of them matter
            boolean linkTag = is(html, nameStart, p, "link");
            boolean loadingTag = TAGS.find(html, nameStart, p) != NONE;
            int relStart = -1;
            int relEnd = -1;
            tagLinks.clear();
            // attributes, until the end of the tag
            while (p < n && html[p] != '>') {
                byte c = html[p];
                if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '/') {
                    if (c == '\n') line++;
                    p++;
                    continue;
                }
                int an = p;
                while (p < n && html[p] != '=' && html[p] != '>' && html[p] != ' ' && html[p] != '\t'
                        && html[p] != '\n' && html[p] != '/') {
                    p++;
                }
                int ae = p;
                if (p >= n || html[p] != '=') continue;
                p++;
                int vs;
                int ve;
                int valueLine = line; // a link is reported where its value starts
                if (p < n && (html[p] == '"' || html[p] == '\'')) {
                    byte q = html[p];
                    vs = p + 1;
                    ve = vs;
                    while (ve < n && html[ve] != q) {
                        if (html[ve] == '\n') line++;
                        ve++;
                    }
                    p = Math.min(n, ve + 1);
                } else {
                    vs = p;
                    while (p < n && html[p] != ' ' && html[p] != '>' && html[p] != '\n' && html[p] != '\t') p++;
                    ve = p;
                }
                int attribute = attribute(html, an, ae);
                if (attribute == ID || attribute == HREF || attribute == OTHER_LINK) {
                    String value = strings.get(html, vs, ve);
                    if (attribute == ID) {
                        pageIds.add(value);
                    } else {
                        tagLinks.add(new Link(value, valueLine, attribute != HREF || loadingTag));
                    }
                } else if (attribute == REL) {
                    relStart = vs;
                    relEnd = ve;
                }
            }
            // <link rel=canonical|alternate|...> names a page; only stylesheets, icons and the like load
            boolean navigational = linkTag && (relStart < 0 || java.util.Arrays.stream(ascii(html, relStart, relEnd)
                    .split(" ")).noneMatch(LOADING_RELS::contains));
            for (Link l : tagLinks) {
                boolean loads = l.loads() && !navigational;
                // one check per distinct link of a page is enough; loading uses are always kept
                if (seenLinks.add(l.href()) || loads) pageLinks.add(loads == l.loads() ? l : new Link(l.href(), l.line(), loads));
            }
            p++;
        }
        ids.put(path, pageIds);
        links.put(path, pageLinks);
    }

    /** Whether bytes [from, to) are {@code name}, ignoring ASCII case; {@code name} is lower case. */
    private static boolean is(byte[] a, int from, int to, String name) {
        if (to - from != name.length()) return false;
        for (int i = 0; i < name.length(); i++) {
            byte b = a[from + i];
            if ((b >= 'A' && b <= 'Z' ? b + 32 : b) != name.charAt(i)) return false;
        }
        return true;
    }

    private static final int NONE = 0;
    private static final int ID = 1;
    private static final int HREF = 2;
    private static final int OTHER_LINK = 3;
    private static final int REL = 4;

    /** What each attribute name is to the scan; SVG 1.1 names its links xlink:href. */
    private static final Names ATTRIBUTES = new Names(Map.of("id", ID, "rel", REL, "href", HREF, "xlink:href", HREF))
            .with(LINK_ATTRIBUTES, OTHER_LINK);
    private static final Names TAGS = new Names(Map.of()).with(LOADING_TAGS, OTHER_LINK);

    private static int attribute(byte[] a, int from, int to) {
        return ATTRIBUTES.find(a, from, to);
    }

    /**
     * Names looked up by their bytes, ignoring ASCII case, with a kind each. Grouped by length,
     * since a page has thousands of tags and attributes and the length turns most away at once.
     */
    private static final class Names {
        private String[][] names = new String[0][];
        private int[][] kinds = new int[0][];

        Names(Map<String, Integer> kinds) {
            new java.util.TreeMap<>(kinds).forEach(this::add);
        }

        Names with(String[] more, int kind) {
            for (String name : more) add(name, kind);
            return this;
        }

        private void add(String name, int kind) {
            int n = name.length();
            if (n >= names.length) {
                names = java.util.Arrays.copyOf(names, n + 1);
                kinds = java.util.Arrays.copyOf(kinds, n + 1);
            }
            names[n] = names[n] == null ? new String[] {name} : append(names[n], name);
            int[] k = kinds[n] == null ? new int[0] : kinds[n];
            kinds[n] = java.util.Arrays.copyOf(k, k.length + 1);
            kinds[n][k.length] = kind;
        }

        private static String[] append(String[] a, String s) {
            String[] out = java.util.Arrays.copyOf(a, a.length + 1);
            out[a.length] = s;
            return out;
        }

        int find(byte[] a, int from, int to) {
            int n = to - from;
            if (n >= names.length || names[n] == null) return NONE;
            for (int i = 0; i < names[n].length; i++) if (is(a, from, to, names[n][i])) return kinds[n][i];
            return NONE;
        }
    }

    /** For tests and callers holding text. */
    public void scan(String path, String html) {
        scan(path, html.getBytes(StandardCharsets.UTF_8));
    }

    private static final byte[] COMMENT_OPEN = "<!--".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] COMMENT_CLOSE = "-->".getBytes(StandardCharsets.US_ASCII);

    private static boolean startsWith(byte[] a, int at, byte[] prefix) {
        if (at + prefix.length > a.length) return false;
        for (int i = 0; i < prefix.length; i++) if (a[at + i] != prefix[i]) return false;
        return true;
    }

    private static boolean isNameByte(byte b) {
        return (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9');
    }

    /** Lower-case ASCII text of a byte range (tag and attribute names, rel values). */
    private static String ascii(byte[] a, int from, int to) {
        char[] c = new char[to - from];
        for (int i = from; i < to; i++) {
            byte b = a[i];
            c[i - from] = (char) (b >= 'A' && b <= 'Z' ? b + 32 : b & 0xff);
        }
        return new String(c);
    }

    /** True for {@code scheme:...} (RFC 3986: a letter, then letters, digits, + - .). */
    static boolean hasScheme(String href) {
        for (int i = 0; i < href.length(); i++) {
            char c = href.charAt(i);
            if (c == ':') return i > 0;
            boolean letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
            if (!letter && (i == 0 || !((c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.'))) return false;
        }
        return false;
    }

    /** Forgets a page scanned before: it is no longer in the site (serve). */
    public void forget(String path) {
        ids.remove(path);
        links.remove(path);
    }

    /** Reports every broken link; {@code siteDir} names the output in messages. */
    public void check(Output output, Path siteDir, Diagnostics diagnostics) {
        check(output::exists, contentLinks, siteDir, diagnostics);
    }

    /**
     * Reports every broken link of the pages scanned, {@code exists} telling which files the site
     * has and {@code written} where links written in Markdown come from (serve keeps the scans of
     * pages between builds, and gives each check the build's own).
     */
    public void check(java.util.function.Predicate<String> exists, Map<String, SourcePosition> written, Path siteDir,
                      Diagnostics diagnostics) {
        // "../../controls/IAM-01/#evidence" climbs to the root from every page two folders deep,
        // and means the same from all of them: resolved once, and once found good, good everywhere.
        // Pages are checked in parallel; diagnostics are sorted when reported.
        Map<String, String> fromRoot = new ConcurrentHashMap<>();
        Set<String> good = ConcurrentHashMap.newKeySet();
        links.entrySet().parallelStream().forEach(page -> {
            int depth = depth(page.getKey());
            for (Link link : page.getValue()) {
                String href = link.href();
                boolean fromTheRoot = depth > 0 && climbs(href) == depth;
                if (fromTheRoot && good.contains(href)) continue;
                boolean ok = check(page.getKey(), depth, link, exists, written, siteDir, diagnostics, fromRoot);
                if (ok && fromTheRoot) good.add(href);
            }
        });
    }

    /** Checks one link of a page {@code depth} folders deep; false if it reported a problem. */
    private boolean check(String page, int depth, Link link, java.util.function.Predicate<String> exists,
                          Map<String, SourcePosition> written, Path siteDir, Diagnostics diagnostics,
                          Map<String, String> fromRoot) {
        String href = link.href();
        if (href.isEmpty()) {
            if (!link.loads()) return true;
            diagnostics.error(at(siteDir, page, link), "broken-link", "empty URL");
            return false;
        }
        if (startsWithIgnoreCase(href, "javascript:") || startsWithIgnoreCase(href, "data:")
                || startsWithIgnoreCase(href, "vbscript:")) {
            diagnostics.error(at(siteDir, page, link), "unsafe-url", "unsafe URL in output: " + abbreviate(href));
            return false;
        }
        boolean external = href.startsWith("//") || hasScheme(href);
        if (external) {
            if (!link.loads()) return true;
            diagnostics.error(at(siteDir, page, link), "external-request", "page loads "
                    + abbreviate(href) + " from outside the site; pages make no outside requests");
            return false;
        }
        String pathPart = href;
        String fragment = null;
        int hash = href.indexOf('#');
        if (hash >= 0) {
            pathPart = href.substring(0, hash);
            fragment = href.substring(hash + 1);
        }
        int q = pathPart.indexOf('?');
        if (q >= 0) pathPart = pathPart.substring(0, q);
        String target;
        if (pathPart.isEmpty()) {
            target = page;
        } else {
            boolean climbsToRoot = depth > 0 && climbs(pathPart) == depth;
            target = climbsToRoot ? fromRoot.get(pathPart) : null;
            if (target == null) {
                target = resolve(page, pathPart);
                if (target == null) {
                    diagnostics.error(blame(written, href, page, at(siteDir, page, link)), "broken-link", "link " + href
                            + " leaves the site");
                    return false;
                }
                if (target.isEmpty() || target.endsWith("/")) target = target + "index.html";
                if (climbsToRoot) fromRoot.put(pathPart, target);
            }
        }
        if (!exists.test(target)) {
            diagnostics.error(blame(written, href, page, at(siteDir, page, link)), "broken-link", "broken link " + href
                    + " on " + page + ": " + target + " is not in the site");
            return false;
        }
        if (fragment != null && !fragment.isEmpty() && target.endsWith(".html")) {
            Set<String> targetIds = ids.get(target);
            String decoded = fragment.indexOf('%') < 0 && fragment.indexOf('+') < 0 ? fragment : decode(fragment);
            if (targetIds != null && !targetIds.contains(decoded) && !isState(decoded)) {
                diagnostics.error(blame(written, href, page, at(siteDir, page, link)), "broken-link", "broken fragment "
                        + href + " on " + page + ": " + target + " has no id '" + decoded + "'");
                return false;
            }
        }
        return true;
    }

    private static final java.util.regex.Pattern STATE = java.util.regex.Pattern.compile(
            "[a-z]+=[^&=]*(?:&[a-z]+=[^&=]*)*");

    /**
     * A fragment of {@code key=value} pairs ({@code #services=lambda,s3&level=standard}) is the
     * state a page's script reads from its address (the catalogue's filters, the workload
     * view's selection), not an element: no id is looked for.
     */
    static boolean isState(String fragment) {
        return STATE.matcher(fragment).matches();
    }

    /** Where a link is on the written page: made only for a link that is reported. */
    private static SourcePosition at(Path siteDir, String page, Link link) {
        return new SourcePosition(siteDir.resolve(page), link.line(), 0);
    }

    /** How many folders a relative path climbs first: the leading {@code ../} segments. */
    private static int climbs(String path) {
        int k = 0;
        while (path.startsWith("../", 3 * k)) k++;
        return k;
    }

    private static int depth(String page) {
        int d = 0;
        for (int i = 0; i < page.length(); i++) if (page.charAt(i) == '/') d++;
        return d;
    }

    private static boolean startsWithIgnoreCase(String s, String prefix) {
        return s.regionMatches(true, 0, prefix, 0, prefix.length());
    }

    /**
     * Resolves a relative path against the folder of {@code page}, both relative to the site
     * root; null if it climbs out of the site. String work, not java.net.URI: this runs for
     * every link of every page.
     */
    static String resolve(String page, String path) {
        if (path.startsWith("/")) return null;
        // the common case, "../../x/y.html": climb k folders, append the rest, no allocation but the result
        int k = 0;
        while (path.startsWith("../", 3 * k)) k++;
        String rest = path.substring(3 * k);
        if (rest.indexOf('%') < 0 && !rest.startsWith(".") && !rest.contains("/.") && !rest.contains("//")) {
            int keep = page.lastIndexOf('/');
            for (int i = 0; i < k && keep >= 0; i++) keep = page.lastIndexOf('/', keep - 1);
            if (keep < 0 && k > 0 && page.chars().filter(c -> c == '/').count() < k) return null;
            return keep < 0 ? rest : page.substring(0, keep + 1) + rest;
        }
        java.util.ArrayDeque<String> parts = new java.util.ArrayDeque<>();
        int slash = page.lastIndexOf('/');
        if (slash > 0) for (String p : page.substring(0, slash).split("/")) parts.addLast(p);
        String[] segments = path.split("/", -1);
        for (int i = 0; i < segments.length; i++) {
            String s = segments[i];
            boolean last = i == segments.length - 1;
            if (s.equals("..")) {
                if (parts.isEmpty()) return null;
                parts.removeLast();
                if (last) parts.addLast("");
            } else if (s.equals(".") || (s.isEmpty() && !last)) {
                if (last) parts.addLast("");
            } else {
                parts.addLast(decode(s));
            }
        }
        return String.join("/", parts);
    }

    /** The content position where a link was written, if it came from Markdown. */
    private static SourcePosition blame(Map<String, SourcePosition> contentLinks, String href, String page,
                                        SourcePosition fallback) {
        SourcePosition p = contentLinks.get(href);
        if (p != null) return p;
        String root = "../".repeat((int) page.chars().filter(c -> c == '/').count());
        if (!root.isEmpty() && href.startsWith(root)) {
            p = contentLinks.get("{{root}}" + href.substring(root.length()));
            if (p != null) return p;
        }
        return fallback;
    }

    private static String decode(String fragment) {
        try {
            return java.net.URLDecoder.decode(fragment.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return fragment;
        }
    }

    private static String unescape(String s) {
        if (s.indexOf('&') < 0) return s;
        return s.replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&amp;", "&");
    }

    private static String abbreviate(String s) {
        return s.length() > 80 ? s.substring(0, 77) + "..." : s;
    }
}
