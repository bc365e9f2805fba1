package org.bulwark.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SiteLinksTest {

    private static String relativize(String html, String rootDir) {
        byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
        // a rendered page's buffer is longer than the page: only the first length bytes count
        byte[] padded = java.util.Arrays.copyOf(bytes, bytes.length + 7);
        java.util.Arrays.fill(padded, bytes.length, padded.length, (byte) '{');
        return new String(SiteLinks.relativize(padded, bytes.length, rootDir), StandardCharsets.UTF_8);
    }

    @Test
    void rootLinksBecomeRelativeAndDirectoriesGetIndexHtml() {
        assertEquals("<a href=\"../../controls/IAM-01/index.html#evidence\">“IAM-01” → é</a>",
                relativize("<a href=\"{{root}}controls/IAM-01/#evidence\">“IAM-01” → é</a>", "../../"));
        assertEquals("<a href=\"../../index.html\">home</a><a href='../../x.css?v=1'>",
                relativize("<a href=\"{{root}}\">home</a><a href='{{root}}x.css?v=1'>", "../../"));
        assertEquals("<link href=index.html>", relativize("<link href={{root}}>", ""));
    }

    @Test
    void aPageWithoutRootLinksIsCopiedAsItIs() {
        assertEquals("<p>日本語 {{roo}}</p>", relativize("<p>日本語 {{roo}}</p>", "../"));
        assertEquals("", relativize("", "../"));
    }

    @Test
    void aTokenAtTheVeryEndIsReplaced() {
        assertEquals("see ../index.html", relativize("see {{root}}", "../"));
        assertEquals("see ../a/b.html", relativize("see {{root}}a/b.html", "../"));
    }
}
