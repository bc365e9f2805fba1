package org.bulwark.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.bulwark.diag.Diagnostic;
import org.bulwark.diag.Diagnostics;
import org.bulwark.diag.SourcePosition;
import org.bulwark.export.Fixtures;
import org.bulwark.link.Dependency;
import org.bulwark.model.Markdown;
import org.bulwark.site.SiteBuilder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** One fragment through the parser and its post-processors, against the audit standard. */
class MarkdownRendererTest {
    private Diagnostics diagnostics;
    private MarkdownRenderer renderer;

    @BeforeEach
    void load() {
        SiteBuilder.Loaded loaded = SiteBuilder.load(Fixtures.auditContent(), false, new Diagnostics()).orElseThrow();
        diagnostics = new Diagnostics(); // the fragments' own, not the standard's
        renderer = new MarkdownRenderer(
                new org.bulwark.link.CrossReferences(loaded.index(), loaded.crosswalk(), false, diagnostics),
                new SiteIndex(SiteBuilder.routes(loaded, Optional.empty())), diagnostics);
    }

    /** A YAML block scalar starting on line 10, indented by 2. */
    private static Markdown md(String text) {
        return new Markdown(text, SourcePosition.of(Path.of("x.yaml")).at(10, 1), true, 2);
    }

    @Test
    void headingsGetShiftedLevelsAndUniqueAnchorsFromTheirTextWithReferencesResolved() {
        Fragment f = renderer.parsed(md("## Keys\n\nText.\n\n## Keys\n\n### Rotation per [[AUD-04]]\n"), "guidance-", 2);
        assertEquals(List.of(new Fragment.Heading(4, "guidance-keys", "Keys"),
                new Fragment.Heading(4, "guidance-keys-2", "Keys"),
                new Fragment.Heading(5, "guidance-rotation-per-aud-04", "Rotation per AUD-04")), f.headings());
        assertTrue(f.html().contains("<h4 id=\"guidance-keys\">Keys</h4>"), f.html());
        assertTrue(f.html().contains("<h4 id=\"guidance-keys-2\">Keys</h4>"), f.html());
        assertTrue(f.html().contains("<h5 id=\"guidance-rotation-per-aud-04\">Rotation per <a href=\"{{root}}controls/AUD-04/\""),
                f.html());
    }

    @Test
    void referencesBecomeLinksAndReadableProse() {
        Fragment f = renderer.parsed(md("See [[AUD-04|the successor]], [[service:s3]] and `[[AUD-04]]`.\n"), "", 1);
        assertEquals(List.of(Dependency.control("AUD-04"), Dependency.service("s3")), f.references());
        assertEquals(List.of("AUD-04"), f.controls());
        assertTrue(f.html().contains("<a href=\"{{root}}controls/AUD-04/\" title=\"AUD-04: "), f.html());
        assertTrue(f.html().contains(">the successor</a>"), f.html());
        assertTrue(f.html().contains("<code>[[AUD-04]]</code>"), f.html());
        assertEquals("See the successor, Amazon S3 and `[[AUD-04]]`.", f.prose());
        assertEquals("See the successor, Amazon S3 and [[AUD-04]].", f.text());
        assertTrue(diagnostics.sorted().isEmpty(), diagnostics.sorted()::toString);
    }

    @Test
    void aBrokenReferenceIsReportedAtItsFirstBracketAndStaysAsWritten() {
        Fragment f = renderer.parsed(md("First line.\nThen [[NOPE-1]] here.\n"), "", 1);
        assertTrue(f.html().contains("[[NOPE-1]]"), f.html());
        assertEquals(List.of(), f.references());
        Diagnostic d = diagnostics.sorted().get(0);
        assertEquals("unknown-ref", d.code());
        // line 10 + 1, indent 2, "Then " before it: column 2 + 5 + 1
        assertEquals(SourcePosition.of(Path.of("x.yaml")).at(11, 8), d.position());
    }

    @Test
    void linksAreHeldToTheUrlPolicy() {
        Fragment f = renderer.parsed(md("[click](javascript:alert(1)) [home](/baseline/) "
                + "![logo](https://example.com/x.png) [docs](https://example.com)\n"), "", 1);
        assertFalse(f.html().contains("javascript:"), f.html());
        assertTrue(f.html().contains("click"), "a dropped link keeps its text");
        assertTrue(f.html().contains("<a href=\"{{root}}baseline/\">home</a>"), f.html());
        assertFalse(f.html().contains("<img"), f.html());
        assertTrue(f.html().contains("logo"), "a dropped image leaves its alt text");
        assertTrue(f.html().contains("<a href=\"https://example.com\" rel=\"noopener noreferrer\" class=\"external\">"),
                f.html());
        assertEquals(List.of("unsafe-url", "external-image"), diagnostics.sorted().stream().map(Diagnostic::code)
                .sorted(java.util.Comparator.reverseOrder()).toList());
    }

    /** Nothing of one fragment lives in the renderer: fragments rendered at once come out as one by one. */
    @Test
    void fragmentsRenderedInParallelComeOutAsRenderedOneByOne() {
        List<Markdown> fragments = IntStream.range(0, 400).mapToObj(i -> md("## Part " + (i % 7) + "\n\n## Part "
                + (i % 7) + "\n\nSee [[AUD-0" + (1 + i % 2) + "]] and [" + i + "](/glossary/).\n")).toList();
        List<Fragment> oneByOne = fragments.stream().map(m -> renderer.parsed(m, "p" + m.text().length() + "-", 1)).toList();
        List<Fragment> parallel = fragments.parallelStream().map(m -> renderer.parsed(m, "p" + m.text().length() + "-", 1))
                .toList();
        assertEquals(oneByOne, parallel);
    }
}
