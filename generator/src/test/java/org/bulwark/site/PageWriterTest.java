package org.bulwark.site;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PageWriterTest {

    private static String page(String html, String rootDir) {
        PageWriter out = new PageWriter().start(rootDir);
        out.write(html);
        return new String(out.toByteArray(), StandardCharsets.UTF_8);
    }

    /** What the writer must do, said plainly on a String. */
    private static byte[] expected(String html, String rootDir) {
        StringBuilder out = new StringBuilder();
        int from = 0;
        while (true) {
            int at = html.indexOf("{{root}}", from);
            if (at < 0) break;
            out.append(html, from, at).append(rootDir);
            int p = at + "{{root}}".length();
            int end = p;
            while (end < html.length() && " \"'#?<>\t\n".indexOf(html.charAt(end)) < 0) end++;
            out.append(html, p, end);
            if (end == p || html.charAt(end - 1) == '/') out.append("index.html");
            from = end;
        }
        return out.append(html.substring(from)).toString().getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void rootLinksBecomeRelativeAndDirectoriesGetIndexHtml() {
        assertEquals("<a href=\"../../controls/IAM-01/index.html#evidence\">“IAM-01” → é</a>",
                page("<a href=\"{{root}}controls/IAM-01/#evidence\">“IAM-01” → é</a>", "../../"));
        assertEquals("<a href=\"../../index.html\">home</a><a href='../../x.css?v=1'>",
                page("<a href=\"{{root}}\">home</a><a href='{{root}}x.css?v=1'>", "../../"));
        assertEquals("<link href=index.html>", page("<link href={{root}}>", ""));
    }

    @Test
    void aLinkInsideAJsonStringEndsAtTheEscapedQuote() {
        // the workload view's data: HTML in JSON strings, its quotes escaped
        assertEquals("{\"html\":\"<a href=\\\"../controls/IAM-01/index.html\\\">IAM-01</a>\"}",
                page("{\"html\":\"<a href=\\\"{{root}}controls/IAM-01/\\\">IAM-01</a>\"}", "../"));
    }

    @Test
    void textWithoutRootLinksIsWrittenAsItIs() {
        assertEquals("<p>日本語 {{roo}} {{ {root}} {{root}</p>", page("<p>日本語 {{roo}} {{ {root}} {{root}</p>", "../"));
        assertEquals("", page("", "../"));
        assertEquals("{{roo", page("{{roo", "../"));
    }

    @Test
    void aTokenAtTheVeryEndIsReplaced() {
        assertEquals("see ../index.html", page("see {{root}}", "../"));
        assertEquals("see ../a/b.html", page("see {{root}}a/b.html", "../"));
    }

    @Test
    void aTokenAfterExtraBracesIsStillFound() {
        assertEquals("{../index.html {{../x/index.html", page("{{{root}} {{{{root}}x/", "../"));
    }

    @Test
    void unicodeIsEncodedAsTheJdkEncodesIt() {
        String text = "ASCII, é, “quotes”, 日本語, an emoji 😀, a lone \ud83d high and a lone \ude00 low surrogate, end \ud83d";
        PageWriter out = new PageWriter().start("");
        out.write(text);
        assertArrayEquals(text.getBytes(StandardCharsets.UTF_8), out.toByteArray());
    }

    @Test
    void writesSplitAnywhereGiveTheSamePage() {
        String html = "<a href=\"{{root}}controls/😀/\">x</a>{{{root}}a#b “é” {{root}}";
        byte[] whole = expected(html, "../../");
        for (int cut = 0; cut <= html.length(); cut++) {
            PageWriter out = new PageWriter().start("../../");
            out.write(html.substring(0, cut));
            out.write(html.substring(cut).toCharArray());
            assertArrayEquals(whole, out.toByteArray(), "cut at " + cut);
        }
    }

    @Test
    void randomTextMatchesThePlainDefinition() {
        String[] pieces = {"{", "}", "{{root}}", "{{root}", "r", "o", "t", "/", "\"", " ", "#", "?", "a", "é", "“", "😀",
            "日本語", "\n", "\ud83d", "<", "'"};
        Random random = new Random(7);
        for (int round = 0; round < 6000; round++) {
            // half the time from a one-byte buffer, so that every write has to make room
            PageWriter out = round % 2 == 0 ? new PageWriter() : new PageWriter(1);
            StringBuilder sb = new StringBuilder();
            for (int n = random.nextInt(40); n > 0; n--) sb.append(pieces[random.nextInt(pieces.length)]);
            String html = sb.toString();
            String root = "../".repeat(random.nextInt(4));
            out.start(root);
            // in pieces of random length, as a template writes
            for (int at = 0; at < html.length(); ) {
                int to = Math.min(html.length(), at + 1 + random.nextInt(6));
                out.write(html, at, to - at);
                at = to;
            }
            assertArrayEquals(expected(html, root), out.toByteArray(), html);
        }
    }

    @Test
    void aReusedWriterStartsEachPageAfresh() {
        PageWriter out = new PageWriter().start("../");
        out.write("x".repeat(100_000) + "{{ro");
        assertEquals(100_004, out.toByteArray().length);
        out.start("");
        out.write("{{root}}a");
        assertEquals("a", new String(out.toByteArray(), StandardCharsets.UTF_8));
    }
}
