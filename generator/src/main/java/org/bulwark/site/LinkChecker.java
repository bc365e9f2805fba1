package org.bulwark.site;

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
    /** Attributes whose value is a URL the browser follows or loads. */
    private static final Set<String> LINK_ATTRIBUTES = Set.of("href", "src", "action", "srcset", "poster", "data",
            "formaction");
    /** Tags whose URL attributes load a resource when the page opens (href included, for link). */
    private static final Set<String> LOADING_TAGS = Set.of("script", "link", "img", "iframe", "frame", "embed",
            "object", "source", "audio", "video", "track", "input");

    private record Link(String href, int line, boolean loads) {}

    private final Map<String, Set<String>> ids = new ConcurrentHashMap<>();
    private final Map<String, List<Link>> links = new ConcurrentHashMap<>();
    private final Map<String, SourcePosition> contentLinks;
    /** Links and ids repeat across pages (the navigation): keep one copy of each string. */
    private final Map<String, String> strings = new ConcurrentHashMap<>();

    /** {@code contentLinks}: hrefs written in Markdown, with where, to blame the source. */
    public LinkChecker(Map<String, SourcePosition> contentLinks) {
        this.contentLinks = contentLinks;
    }

    /** Records the ids and links of one HTML page at {@code path} (relative to the root). */
    public void scan(String path, String html) {
        Set<String> pageIds = new HashSet<>();
        List<Link> pageLinks = new ArrayList<>();
        Set<String> seenLinks = new HashSet<>();
        int line = 1;
        int i = 0;
        int n = html.length();
        while (i < n) {
            int lt = html.indexOf('<', i);
            if (lt < 0) lt = n;
            for (int k = i; k < lt; k++) if (html.charAt(k) == '\n') line++;
            if (lt >= n) break;
            if (html.startsWith("<!--", lt)) {
                int close = html.indexOf("-->", lt + 4);
                int to = close < 0 ? n : close + 3;
                for (int k = lt; k < to; k++) if (html.charAt(k) == '\n') line++;
                i = to;
                continue;
            }
            int p = lt + 1;
            if (p < n && (html.charAt(p) == '/' || html.charAt(p) == '!')) {
                int close = html.indexOf('>', p);
                i = close < 0 ? n : close + 1;
                continue;
            }
            int nameStart = p;
            while (p < n && Character.isLetterOrDigit(html.charAt(p))) p++;
            String tag = html.substring(nameStart, p).toLowerCase(java.util.Locale.ROOT);
            boolean loadingTag = LOADING_TAGS.contains(tag);
            String rel = "";
            List<Link> tagLinks = new ArrayList<>(2);
            // attributes, until the end of the tag
            while (p < n && html.charAt(p) != '>') {
                char c = html.charAt(p);
                if (Character.isWhitespace(c) || c == '/') {
                    if (c == '\n') line++;
                    p++;
                    continue;
                }
                int an = p;
                while (p < n && "=> \t\n/".indexOf(html.charAt(p)) < 0) p++;
                String attribute = html.substring(an, p).toLowerCase(java.util.Locale.ROOT);
                if (p >= n || html.charAt(p) != '=') continue;
                p++;
                int vs;
                int ve;
                if (p < n && (html.charAt(p) == '"' || html.charAt(p) == '\'')) {
                    char q = html.charAt(p);
                    vs = p + 1;
                    ve = html.indexOf(q, vs);
                    if (ve < 0) ve = n;
                    p = Math.min(n, ve + 1);
                } else {
                    vs = p;
                    while (p < n && !Character.isWhitespace(html.charAt(p)) && html.charAt(p) != '>') p++;
                    ve = p;
                }
                boolean isLink = LINK_ATTRIBUTES.contains(attribute);
                if (attribute.equals("rel")) rel = html.substring(vs, ve).toLowerCase(java.util.Locale.ROOT);
                if (isLink || attribute.equals("id")) {
                    String value = intern(unescape(html.substring(vs, ve)));
                    if (attribute.equals("id")) {
                        pageIds.add(value);
                    } else {
                        tagLinks.add(new Link(value, line, !attribute.equals("href") || loadingTag));
                    }
                }
                for (int k = vs; k < ve; k++) if (html.charAt(k) == '\n') line++;
            }
            // <link rel=canonical|alternate|...> names a page; only stylesheets, icons and the like load
            boolean navigational = tag.equals("link")
                    && java.util.Arrays.stream(rel.split(" ")).noneMatch(LOADING_RELS::contains);
            for (Link l : tagLinks) {
                boolean loads = l.loads() && !navigational;
                // one check per distinct link of a page is enough; loading uses are always kept
                if (seenLinks.add(l.href()) || loads) pageLinks.add(new Link(l.href(), l.line(), loads));
            }
            i = p + 1;
        }
        ids.put(path, pageIds);
        links.put(path, pageLinks);
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

    private String intern(String s) {
        String known = strings.putIfAbsent(s, s);
        return known == null ? s : known;
    }

    /** Reports every broken link; {@code siteDir} names the output in messages. */
    public void check(Output output, Path siteDir, Diagnostics diagnostics) {
        for (String page : new java.util.TreeSet<>(links.keySet())) {
            for (Link link : links.get(page)) check(page, link, output, siteDir, diagnostics);
        }
    }

    private void check(String page, Link link, Output output, Path siteDir, Diagnostics diagnostics) {
        String href = link.href();
        SourcePosition at = new SourcePosition(siteDir.resolve(page), link.line(), 0);
        if (href.isEmpty()) {
            if (link.loads()) diagnostics.error(at, "broken-link", "empty URL");
            return;
        }
        String lower = href.toLowerCase(java.util.Locale.ROOT);
        if (lower.startsWith("javascript:") || lower.startsWith("data:") || lower.startsWith("vbscript:")) {
            diagnostics.error(at, "unsafe-url", "unsafe URL in output: " + abbreviate(href));
            return;
        }
        boolean external = href.startsWith("//") || hasScheme(href);
        if (external) {
            if (link.loads()) diagnostics.error(at, "external-request", "page loads " + abbreviate(href)
                    + " from outside the site; pages make no outside requests");
            return;
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
            target = resolve(page, pathPart);
            if (target == null) {
                diagnostics.error(blame(href, page, at), "broken-link", "link " + href + " leaves the site");
                return;
            }
            if (target.isEmpty() || target.endsWith("/")) target = target + "index.html";
        }
        if (!output.exists(target)) {
            diagnostics.error(blame(href, page, at), "broken-link", "broken link " + href + " on " + page
                    + ": " + target + " is not in the site");
            return;
        }
        if (fragment != null && !fragment.isEmpty() && target.endsWith(".html")) {
            Set<String> targetIds = ids.get(target);
            String decoded = decode(fragment);
            if (targetIds != null && !targetIds.contains(decoded)) {
                diagnostics.error(blame(href, page, at), "broken-link", "broken fragment " + href + " on " + page
                        + ": " + target + " has no id '" + decoded + "'");
            }
        }
    }

    /**
     * Resolves a relative path against the folder of {@code page}, both relative to the site
     * root; null if it climbs out of the site. String work, not java.net.URI: this runs for
     * every link of every page.
     */
    static String resolve(String page, String path) {
        if (path.startsWith("/")) return null;
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
    private SourcePosition blame(String href, String page, SourcePosition fallback) {
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
