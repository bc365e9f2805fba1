package org.bulwark.site;

import org.bulwark.render.Fragment;

/**
 * Turns the site links of a rendered page ({@code {{root}}controls/IAM-01/#evidence}) into
 * relative links that work from a server and from {@code file://} alike: the way back to the
 * root, and {@code index.html} for directory URLs, which a disk has no server to add.
 */
public final class SiteLinks {
    private SiteLinks() {}

    public static String relativize(String html, String rootDir) {
        String token = Fragment.ROOT;
        int at = html.indexOf(token);
        if (at < 0) return html;
        StringBuilder sb = new StringBuilder(html.length() + 1024);
        int from = 0;
        while (at >= 0) {
            sb.append(html, from, at).append(rootDir);
            int p = at + token.length();
            int end = p;
            while (end < html.length() && " \"'#?<>\t\n".indexOf(html.charAt(end)) < 0) end++;
            sb.append(html, p, end);
            if (end == p || html.charAt(end - 1) == '/') sb.append("index.html");
            from = end;
            at = html.indexOf(token, end);
        }
        return sb.append(html, from, html.length()).toString();
    }
}
