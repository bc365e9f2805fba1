package org.bulwark.site;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.TreeSet;

/** sitemap.xml with absolute URLs, written when the site has a base URL. */
public final class Sitemap {
    private Sitemap() {}

    public static byte[] build(String baseUrl, List<String> urls) {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (String url : new TreeSet<>(urls)) {
            sb.append("  <url><loc>").append(xml(baseUrl + url)).append("</loc></url>\n");
        }
        sb.append("</urlset>\n");
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String xml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
