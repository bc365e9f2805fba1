package org.bulwark.site;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bulwark.render.Fragment;

/**
 * Turns the site links of a rendered page ({@code {{root}}controls/IAM-01/#evidence}) into
 * relative links that work from a server and from {@code file://} alike: the way back to the
 * root, and {@code index.html} for directory URLs, which a disk has no server to add.
 */
public final class SiteLinks {
    private static final Pattern LINK = Pattern.compile(Pattern.quote(Fragment.ROOT) + "([^\"'#?\\s<>]*)");

    private SiteLinks() {}

    public static String relativize(String html, String rootDir) {
        if (html.indexOf(Fragment.ROOT) < 0) return html;
        Matcher m = LINK.matcher(html);
        StringBuilder sb = new StringBuilder(html.length() + 256);
        while (m.find()) {
            String path = m.group(1);
            boolean directory = path.isEmpty() || path.endsWith("/");
            m.appendReplacement(sb, Matcher.quoteReplacement(rootDir + path + (directory ? "index.html" : "")));
        }
        m.appendTail(sb);
        return sb.toString();
    }
}
