package org.bulwark.render;

import org.bulwark.link.Urls;

/**
 * The site links of a frozen release's page, made to mean what the release means. The page is
 * rendered as any page is, by the theme's templates and from fragments rendered with the
 * release's own content, its site links written {@code {{root}}PATH}; then, in this one place:
 *
 * <ul>
 * <li>a path the release has its own copy of ({@link Urls#frozen}: its home, catalogue,
 *     controls, areas, baseline, {@code controls.json}) gets {@code releases/<version>/} in
 *     front, so a frozen page never links into the current site where the release has the page;
 * <li>a link ({@code <a href>}) to anything else is kept where the current site has that page
 *     and anchor, and becomes its text alone where it has not (a service, page, glossary term or
 *     framework identifier removed since), so a frozen page can never break a later build;
 * <li>other paths (the theme's assets and scripts, the search form, the releases' own pages)
 *     are kept: every site has them.
 * </ul>
 *
 * Doing it on the rendered page, rather than in each template and model, holds for every theme,
 * including one overridden with {@code --templates}. It relies on what templates and the
 * Markdown renderer write: attribute values in double quotes with {@code <}, {@code >} and
 * {@code "} escaped, and links that never nest.
 */
public final class FrozenLinks {
    private static final String ROOT = Urls.ROOT;
    private static final String HREF = "href=\"";

    private FrozenLinks() {}

    public static String rewrite(String html, FrozenRelease release) {
        StringBuilder out = new StringBuilder(html.length() + 1024);
        int done = 0; // html[0, done) is in out
        int at = html.indexOf(ROOT);
        while (at >= 0) {
            int start = at + ROOT.length();
            int end = urlEnd(html, start);
            String path = html.substring(start, end);
            if (Urls.frozen(path)) {
                out.append(html, done, start).append(release.prefix());
                done = start;
            } else if (isHref(html, at) && !path.startsWith(Urls.releases())) {
                int tag = html.lastIndexOf("<a ", at);
                int close = html.indexOf('>', end);
                int endTag = close < 0 ? -1 : html.indexOf("</a>", close);
                String target = path + fragment(html, end);
                if (tag >= 0 && endTag >= 0 && html.lastIndexOf('>', at) < tag
                        && release.current().page(target).isEmpty()) {
                    // the text stays, without the link: the current site has no such page or anchor
                    out.append(html, done, tag).append(html, close + 1, endTag);
                    done = endTag + "</a>".length();
                    at = html.indexOf(ROOT, done);
                    continue;
                }
            }
            at = html.indexOf(ROOT, end);
        }
        return out.append(html, done, html.length()).toString();
    }

    /** Where a site path ends: as {@code PageWriter} sees it, at its fragment, query or attribute's end. */
    private static int urlEnd(String html, int from) {
        int i = from;
        while (i < html.length()) {
            char c = html.charAt(i);
            if (c == '"' || c == '\'' || c == '#' || c == '?' || c == ' ' || c == '<' || c == '>' || c == '\t'
                    || c == '\n') {
                break;
            }
            i++;
        }
        return i;
    }

    /** The {@code #anchor} after a path ending at {@code end}, if any, with its {@code #}. */
    private static String fragment(String html, int end) {
        if (end >= html.length() || html.charAt(end) != '#') return "";
        int close = html.indexOf('"', end);
        return close < 0 ? "" : html.substring(end, close);
    }

    /** Whether the site path at {@code at} is the value of an {@code href} attribute. */
    private static boolean isHref(String html, int at) {
        return at >= HREF.length() && html.startsWith(HREF, at - HREF.length());
    }
}
