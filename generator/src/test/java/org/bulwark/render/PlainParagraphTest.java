package org.bulwark.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.bulwark.diag.Diagnostics;
import org.bulwark.diag.SourcePosition;
import org.bulwark.export.Fixtures;
import org.bulwark.model.Control;
import org.bulwark.model.Markdown;
import org.bulwark.site.SiteBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shortcut for Markdown without syntax must give exactly what commonmark gives, or say
 * nothing: checked on every fragment of the shipped standards and on random text.
 */
class PlainParagraphTest {
    private static MarkdownRenderer renderer;
    private static final List<String> fragments = new ArrayList<>();

    @BeforeAll
    static void load() {
        for (Path content : List.of(Fixtures.defaultContent(), Fixtures.auditContent())) {
            Diagnostics diagnostics = new Diagnostics();
            SiteBuilder.Loaded loaded = SiteBuilder.load(content, false, diagnostics).orElseThrow();
            renderer = SiteBuilder.resolve(loaded, false, java.util.Optional.empty(), diagnostics).markdown();
            for (Control c : loaded.published()) {
                fragments.add(c.statement().text());
                fragments.add(c.rationale().text());
                c.requirements().forEach(r -> fragments.add(r.text().text()));
                c.evidence().forEach(e -> fragments.add(e.description().text()));
                c.verification().forEach(v -> fragments.add(v.description().text()));
            }
        }
    }

    private static Markdown md(String text) {
        return new Markdown(text, SourcePosition.of(Path.of("x.yaml")).at(1, 1), true, 0);
    }

    /** Whether the shortcut took {@code text}; if it did, it must have matched the parser. */
    private static boolean sameAsTheParser(String text) {
        Fragment plain = MarkdownRenderer.plainParagraph(text);
        if (plain != null) assertEquals(renderer.parsed(md(text), "p-", 2), plain, () -> "for " + text);
        return plain != null;
    }

    @Test
    void everyShippedFragmentRendersAsTheParserRendersIt() {
        int plain = 0;
        for (String text : fragments) {
            if (!text.isBlank() && sameAsTheParser(text)) plain++;
        }
        // the shortcut is taken, or this test would prove nothing
        assertTrue(plain > 100, "plain fragments: " + plain);
    }

    @Test
    void randomTextRendersAsTheParserRendersIt() {
        String[] pieces = {"a", "Z", "é", "日", " ", "  ", ".", ",", "\"", "'", "“", "’", "(", ")", "-", "+", "=", "1",
            "2.", "3)", "%", "$", "^", ";", "?", "/", "www.", "WwW.", "x.com", ":", "//", "@", "*", "_", "`", "[", "]",
            "[[IAM-01]]", "<b>", "&amp;", "&", "\n", "\t", "\u00a0", "#", "|", "~~", "!", "{{root}}", "\\", "\r", "\u0000",
            "   "};
        Random random = new Random(11);
        int plain = 0;
        for (int round = 0; round < 20_000; round++) {
            StringBuilder sb = new StringBuilder();
            if (random.nextBoolean()) sb.append("Enable");
            for (int n = random.nextInt(12); n > 0; n--) sb.append(pieces[random.nextInt(pieces.length)]);
            if (random.nextInt(4) == 0) sb.append('\n');
            String text = sb.toString();
            if (!text.isBlank() && sameAsTheParser(text)) plain++;
        }
        assertTrue(plain > 2_000, "plain fragments: " + plain);
    }

    @Test
    void anythingThatMightBeSyntaxGoesToTheParser() {
        for (String text : List.of("- a list", "1. a list", "# heading", "> quote", "    code", "a *b*", "a `b`",
                "see www.example.com", "mail a@b.c", "https://x", "a [[IAM-01]]", "a <b>", "a &amp; b", "a\nb",
                "a ", "Tab\there", "a | b", "a ~~b~~", "{{root}}x", "a \\ b")) {
            assertNull(MarkdownRenderer.plainParagraph(text), text);
        }
        Fragment f = MarkdownRenderer.plainParagraph("Keys MUST be \"rotated\" yearly.\n");
        assertNotNull(f);
        assertEquals("<p>Keys MUST be &quot;rotated&quot; yearly.</p>\n", f.html());
        assertEquals("Keys MUST be \"rotated\" yearly.", f.text());
        assertEquals(f.text(), f.prose());
    }
}
