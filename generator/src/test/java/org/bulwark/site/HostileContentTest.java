package org.bulwark.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.bulwark.Cli;
import org.bulwark.Sites;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hostile Markdown and YAML never reach a page as live code; hostile templates reach no Java. */
class HostileContentTest {
    @TempDir
    Path tmp;

    private static final String HOSTILE = """
            <script>alert(1)</script>
            <img src=x onerror="alert(2)">
            <iframe src="https://evil.example/"></iframe>
            <a href="javascript:alert(3)">click</a>

            [js](javascript:alert(4)) [vb](vbscript:msgbox(5)) [data](data:text/html;base64,PHNjcmlwdD4=)
            [JaVaScRiPt](JAVASCRIPT:alert(6)) ![pixel](https://tracker.example/p.gif) ![inline](data:image/png;base64,AAAA)
            <div onmouseover="alert(7)">hover</div> <svg onload=alert(8)>
            """;

    @Test
    void hostileMarkdownIsEscapedAndUnsafeUrlsDropped() throws IOException {
        Path content = tmp.resolve("content");
        Sites.copy(Sites.site("minimal"), content);
        Files.writeString(content.resolve("pages/second.md"), "---\ntitle: Second\norder: 2\n---\n" + HOSTILE);
        String control = Files.readString(content.resolve("controls/dp/DP-01.yaml"))
                .replace("statement: Data at rest MUST be encrypted.", "statement: |\n" + HOSTILE.indent(2));
        Files.writeString(content.resolve("controls/dp/DP-01.yaml"), control);
        Files.writeString(content.resolve("glossary.yaml"), Files.readString(content.resolve("glossary.yaml"))
                + "- term: \"<script>alert(9)</script>\"\n  definition: \"<b onclick=alert(10)>x</b>\"\n");
        Path out = tmp.resolve("site");
        Cli run = Cli.run("build", "--content", content.toString(), "--out", out.toString());
        assertEquals(0, run.exitCode(), run.all());
        assertTrue(run.err().contains("warning: dropped a javascript: URL"), run.err());

        try (Stream<Path> walk = Files.walk(out)) {
            for (Path p : walk.filter(f -> f.toString().endsWith(".html")).toList()) {
                Document doc = Jsoup.parse(p.toFile(), "UTF-8");
                for (Element script : doc.select("script")) {
                    assertTrue(script.attr("src").contains("assets/") || script.attr("src").endsWith("search-index.js"),
                            "only our own scripts on " + p + ": " + script);
                }
                assertTrue(doc.select("iframe, svg, object, embed").isEmpty(), "no live embeds on " + p);
                for (Element e : doc.getAllElements()) {
                    e.attributes().forEach(a -> assertFalse(a.getKey().toLowerCase().startsWith("on"),
                            "no event handler on " + p + ": " + e));
                    for (String attr : new String[] {"href", "src"}) {
                        String v = e.attr(attr).toLowerCase().strip();
                        assertFalse(v.startsWith("javascript:") || v.startsWith("vbscript:") || v.startsWith("data:"),
                                "no unsafe URL on " + p + ": " + e);
                    }
                    if (e.tagName().equals("img")) assertFalse(e.attr("src").startsWith("http"), "no outside image");
                }
            }
        }
        String page = Files.readString(out.resolve("pages/second/index.html"));
        assertTrue(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "raw HTML is shown as text");
    }

    @Test
    void aTemplateCannotInstantiateClassesOrReachTheJavaApi() throws IOException {
        for (String attack : new String[] {"${\"freemarker.template.utility.Execute\"?new()(\"id\")}",
                "${site?api.getClass()}", "${site.class.protectionDomain}"}) {
            Path theme = tmp.resolve("theme-" + Math.abs(attack.hashCode()));
            Files.createDirectories(theme);
            Files.writeString(theme.resolve("glossary.ftlh"), "<p>\n  " + attack + "\n</p>\n");
            Cli run = Cli.run("build", "--content", Sites.site("minimal").toString(), "--templates", theme.toString(),
                    "--out", tmp.resolve("out").toString());
            assertEquals(1, run.exitCode(), attack + "\n" + run.all());
            assertTrue(run.err().contains(theme.resolve("glossary.ftlh") + ":2:") || run.err().contains("glossary.ftlh:2:"),
                    run.err());
            assertFalse(run.all().contains("\tat ") || run.all().contains("uid="), run.all());
        }
    }

    @Test
    void userTemplatesOverrideTheBuiltInThemeFileByFile() throws IOException {
        Path theme = tmp.resolve("theme");
        Files.createDirectories(theme.resolve("assets"));
        Files.writeString(theme.resolve("glossary.ftlh"), """
                <#include "_layout.ftlh">
                <@frame><h1>Our own glossary</h1><#list terms as t><p id="${t.anchor}">${t.term}</p></#list></@frame>
                """);
        Files.writeString(theme.resolve("assets/extra.css"), "body{}");
        Path out = tmp.resolve("site");
        Cli run = Cli.run("build", "--content", Sites.site("minimal").toString(), "--templates", theme.toString(),
                "--out", out.toString());
        assertEquals(0, run.exitCode(), run.all());
        assertTrue(Files.readString(out.resolve("glossary/index.html")).contains("Our own glossary"));
        assertTrue(Files.readString(out.resolve("index.html")).contains("class=\"site-nav\""), "built-in templates stay");
        assertTrue(Files.exists(out.resolve("assets/extra.css")));
        assertTrue(Files.exists(out.resolve("assets/style.css")));
    }

    @Test
    void aTemplateErrorIsReportedAtTheTemplateLineWithoutAStackTrace() throws IOException {
        Path theme = tmp.resolve("theme");
        Files.createDirectories(theme);
        Files.writeString(theme.resolve("search.ftlh"), "<p>ok</p>\n<#if>\n");
        Cli run = Cli.run("check", "--content", Sites.site("minimal").toString(), "--templates", theme.toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("search.ftlh:2:"), run.err());
        assertFalse(run.all().contains("\tat "), run.all());
    }
}
