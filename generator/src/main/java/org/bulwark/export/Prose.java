package org.bulwark.export;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bulwark.diag.Diagnostics;
import org.bulwark.model.Markdown;
import org.bulwark.model.Status;
import org.bulwark.render.CrossReferences;
import org.bulwark.render.SiteIndex;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.text.TextContentRenderer;

/**
 * Markdown of the standard as exports carry it: the author's text with every {@code [[...]]}
 * cross-reference replaced by what the site shows as its link text ({@code IAM-01},
 * {@code Amazon S3}), since a reader of an export has no site to follow it in. References
 * inside code are left alone, as the site leaves them. {@link #plain} is the same text
 * without Markdown, for spreadsheets.
 */
final class Prose {
    private static final Pattern XREF = Pattern.compile("\\[\\[([^\\[\\]\\n]{1,200}?)\\]\\]");

    private final CrossReferences references;
    private final Parser parser = Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();
    private final TextContentRenderer text = TextContentRenderer.builder().build();
    /** Every field is read by several exports: each Markdown value (by identity) is resolved once. */
    private final Map<Markdown, Optional<String>> resolved = Collections.synchronizedMap(new IdentityHashMap<>());

    Prose(ExportInput input) {
        boolean drafts = input.published().stream().anyMatch(c -> c.status() == Status.DRAFT);
        // Exports run on validated content, so nothing here is reported: the site build already was.
        Diagnostics ignored = new Diagnostics();
        references = new CrossReferences(input.index(), new SiteIndex(input.index(), input.crosswalk(), drafts),
                drafts, ignored);
    }

    /** The Markdown with cross-references as readable text; empty for absent or blank fields. */
    Optional<String> markdown(Markdown md) {
        if (md == null || md.isBlank()) return Optional.empty();
        Optional<String> done = resolved.get(md);
        if (done == null) {
            done = Optional.of(resolve(md));
            resolved.put(md, done);
        }
        return done;
    }

    private String resolve(Markdown md) {
        String source = md.text();
        if (source.indexOf("[[") < 0) return source.strip();
        List<int[]> code = codeRanges(source);
        Matcher m = XREF.matcher(source);
        StringBuilder sb = new StringBuilder(source.length());
        int last = 0;
        while (m.find()) {
            if (inside(code, m.start())) continue;
            sb.append(source, last, m.start());
            sb.append(references.resolve(m.group(1), md.start()).map(CrossReferences.Target::text)
                    .orElse(m.group(1)));
            last = m.end();
        }
        sb.append(source, last, source.length());
        return sb.toString().strip();
    }

    /** Plain text: Markdown rendered without markup, cross-references as readable text. */
    Optional<String> plain(Markdown md) {
        return markdown(md).map(s -> text.render(parser.parse(s)).strip());
    }

    /** Where code spans, code blocks and raw HTML are, as [start, end) offsets into the source. */
    private List<int[]> codeRanges(String source) {
        List<int[]> ranges = new ArrayList<>();
        parser.parse(source).accept(new AbstractVisitor() {
            @Override public void visit(Code node) { add(node); }
            @Override public void visit(FencedCodeBlock node) { add(node); }
            @Override public void visit(IndentedCodeBlock node) { add(node); }
            @Override public void visit(HtmlBlock node) { add(node); }
            @Override public void visit(HtmlInline node) { add(node); }

            private void add(Node node) {
                for (SourceSpan s : node.getSourceSpans()) {
                    ranges.add(new int[] {s.getInputIndex(), s.getInputIndex() + s.getLength()});
                }
            }
        });
        return ranges;
    }

    private static boolean inside(List<int[]> ranges, int offset) {
        for (int[] r : ranges) if (offset >= r[0] && offset < r[1]) return true;
        return false;
    }
}
