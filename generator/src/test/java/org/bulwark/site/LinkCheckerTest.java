package org.bulwark.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.bulwark.diag.Diagnostics;
import org.bulwark.diag.SourcePosition;
import org.junit.jupiter.api.Test;

class LinkCheckerTest {
    @Test
    void resolvesRelativePathsLikeABrowser() {
        assertEquals("areas/x/index.html", LinkChecker.resolve("controls/A-1/index.html", "../../areas/x/index.html"));
        assertEquals("controls/", LinkChecker.resolve("controls/A-1/index.html", "../"));
        assertEquals("index.html", LinkChecker.resolve("controls/index.html", "../index.html"));
        assertEquals("assets/site.css", LinkChecker.resolve("index.html", "./assets/site.css"));
        assertEquals("frameworks/nist/IA-2(1)", LinkChecker.resolve("frameworks/index.html", "nist/IA-2%281%29"));
        assertNull(LinkChecker.resolve("index.html", "../outside.html"));
        assertNull(LinkChecker.resolve("controls/index.html", "../../outside.html"));
        assertEquals("controls/B-2/index.html", LinkChecker.resolve("controls/A-1/index.html", "../B-2/index.html"));
        assertEquals("controls/x/index.html", LinkChecker.resolve("controls/A-1/index.html", "../A-1/../x/index.html"));
        assertNull(LinkChecker.resolve("a/index.html", "/etc/passwd"));
    }

    @Test
    void reportsBrokenLinksFragmentsAndOutsideRequestsAtTheirSource() {
        SourcePosition written = new SourcePosition(Path.of("content/pages/p.md"), 7, 3);
        LinkChecker checker = new LinkChecker(Map.of("../missing/index.html", written));
        Output output = Output.discarding();
        String page = """
                <html><head><script src="https://cdn.example/x.js"></script></head>
                <body><h1 id="top">T</h1><a href="#top">ok</a><a href="#nope">bad fragment</a>
                <a href="../missing/index.html">missing</a><a href="https://example.org/">fine: a link, not a request</a>
                <img src="//tracker.example/p.gif"></body></html>
                """;
        checker.scan("pages/p/index.html", page);
        output.write("pages/p/index.html", page.getBytes(StandardCharsets.UTF_8));
        Diagnostics d = new Diagnostics();
        checker.check(output, Path.of("site"), d);
        String all = String.join("\n", d.sorted().stream().map(x -> x.format(Path.of(""))).toList());
        assertEquals(4, d.errorCount(), all);
        assertTrue(all.contains("content/pages/p.md:7:3: error: broken link ../missing/index.html"), all);
        assertTrue(all.contains("site/pages/p/index.html:2: error: broken fragment #nope"), all);
        assertTrue(all.contains("page loads https://cdn.example/x.js from outside the site"), all);
        assertTrue(all.contains("page loads //tracker.example/p.gif from outside the site"), all);
    }

    @Test
    void aFragmentOfKeysAndValuesIsThePagesStateNotAnElement() {
        assertEquals("", check("<a href=\"#services=lambda,s3&amp;level=standard\">workload</a><a href=\"#q=mfa\">q</a>"));
        assertTrue(LinkChecker.isState("services=lambda,s3&level=standard"));
        assertTrue(LinkChecker.isState("level="));
        assertFalse(LinkChecker.isState("evidence"));
        assertFalse(LinkChecker.isState("aws-config/iam-user-mfa-enabled"));
        assertFalse(LinkChecker.isState("a=b=c"));
        assertTrue(check("<a href=\"#a=b=c\">x</a>").contains("broken fragment #a=b=c"), "not key=value pairs: an id");
    }

    private static String check(String page) {
        LinkChecker checker = new LinkChecker(Map.of());
        Output output = Output.discarding();
        checker.scan("pages/p/index.html", page);
        output.write("pages/p/index.html", page.getBytes(StandardCharsets.UTF_8));
        Diagnostics d = new Diagnostics();
        checker.check(output, Path.of("site"), d);
        return String.join("\n", d.sorted().stream().map(x -> x.format(Path.of(""))).toList());
    }

    @Test
    void everyTagThatLoadsIsCaughtWhateverItsCase() {
        String[] loading = {"<IMG SRC='https://x.example/a.png'>", "<iframe src=https://x.example/f>",
            "<frame src=\"https://x.example/f\">", "<embed src=\"https://x.example/e\">",
            "<object data=\"https://x.example/o\">", "<video poster=\"https://x.example/v.png\">",
            "<audio src=\"https://x.example/a.mp3\">", "<source srcset=\"https://x.example/s.png\">",
            "<track src=\"https://x.example/t.vtt\">", "<input type=image src=\"https://x.example/i.png\">",
            "<Script src=\"https://x.example/s.js\"></Script>", "<link rel=stylesheet href=\"https://x.example/c.css\">",
            "<form action=\"https://x.example/\"></form>",
            // href loads only on loading tags: SVG's script, image and use take one
            "<svg><script href=\"https://x.example/s.js\"></script></svg>", "<svg><IMAGE href=\"https://x.example/i.png\"/></svg>",
            "<svg><use href=\"https://x.example/sprite.svg#a\"/></svg>",
            "<svg><use xlink:href=\"https://x.example/sprite.svg#a\"/></svg>"};
        for (String tag : loading) {
            assertTrue(check("<p>" + tag + "</p>").contains("from outside the site"), tag);
        }
        // following a link, or naming a page, is not loading it
        assertEquals("", check("<a href=\"https://x.example/\">x</a><link rel=canonical href=\"https://x.example/\">"
                + "<span data-x=\"https://x.example/\">s</span>"));
    }

    @Test
    void commentsAndDoctypesAreSkippedAndLinesStayRight() {
        String page = "<!DOCTYPE html>\n<!-- <a href=\"missing.html\">\n not checked --><p\n title=\"two\nlines\">\n"
                + "<a href=\"gone.html\">x</a></p>";
        String all = check(page);
        assertTrue(all.contains("site/pages/p/index.html:6: error: broken link gone.html"), all);
        assertTrue(!all.contains("missing.html"), all);
        // a link is reported on the line its value starts on, even when the value goes on
        String multi = check("<p>\n<img alt=x srcset=\"https://x.example/a.png 1x,\n https://x.example/b.png 2x\">");
        assertTrue(multi.contains("site/pages/p/index.html:2: error: page loads"), multi);
    }
}
