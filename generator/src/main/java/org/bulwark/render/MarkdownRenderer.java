package org.bulwark.render;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.bulwark.diag.Diagnostics;
import org.bulwark.diag.SourcePosition;
import org.bulwark.link.CrossReference;
import org.bulwark.link.CrossReferenceLinker;
import org.bulwark.link.CrossReferenceSyntax;
import org.bulwark.link.CrossReferences;
import org.bulwark.model.Markdown;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.CustomNode;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.AttributeProvider;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Markdown to safe HTML: GFM tables, strikethrough and autolinks; raw HTML escaped; {@code [[...]]}
 * cross-references resolved; links and images held to the site's {@link UrlPolicy}; heading
 * levels shifted under the page's own headings and given anchors. One parser and one renderer
 * for every fragment, built once: what belongs to one fragment (where it was written, its
 * anchors, what it refers to) lives in the post-processors made for it and on its nodes.
 */
public final class MarkdownRenderer implements FragmentRenderer {
    // immutable and thread-safe (commonmark-java's contract): shared by every renderer, serve makes many
    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create(),
            StrikethroughExtension.create(), AutolinkExtension.create(), CrossReferenceSyntax.create());
    private static final Parser PARSER = Parser.builder()
            .extensions(EXTENSIONS)
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
            .maxOpenBlockParsers(64)
            .build();
    private static final HtmlRenderer HTML = HtmlRenderer.builder()
            .extensions(EXTENSIONS)
            .escapeHtml(true)
            .attributeProviderFactory(context -> MarkdownRenderer.ATTRIBUTES)
            .build();
    private final Map<String, SourcePosition> contentLinks = new ConcurrentHashMap<>();
    private final CrossReferences references;
    private final SiteIndex site;
    private final Diagnostics diagnostics;

    public MarkdownRenderer(CrossReferences references, SiteIndex site, Diagnostics diagnostics) {
        this.references = references;
        this.site = site;
        this.diagnostics = diagnostics;
    }

    /** Site links written in Markdown (as rendered) and where they were first written. */
    public Map<String, SourcePosition> contentLinks() {
        return contentLinks;
    }

    @Override
    public Fragment render(Markdown md, String anchorPrefix, int headingShift, org.bulwark.link.Dependency owner) {
        return render(md, anchorPrefix, headingShift);
    }

    /**
     * Renders {@code md}. Heading anchors get {@code anchorPrefix}; heading levels are shifted by
     * {@code headingShift} (a body under the page's h1 uses 1).
     */
    public Fragment render(Markdown md, String anchorPrefix, int headingShift) {
        if (md == null || md.isBlank()) return Fragment.EMPTY;
        Fragment plain = plainParagraph(md.text());
        return plain != null ? plain : parsed(md, anchorPrefix, headingShift);
    }

    /**
     * A sentence with no Markdown in it, as most requirements and evidence items are, rendered
     * without the parser: one paragraph of escaped text, what commonmark makes of it too (a
     * test holds the two to the same output). A standard has about ten fragments per control,
     * and for a short one the parser's and renderer's set-up cost more than the text. Null
     * when the text might hold any syntax: the parser decides then.
     */
    static Fragment plainParagraph(String source) {
        int end = source.length();
        if (end > 0 && source.charAt(end - 1) == '\n') end--;
        // starting with a letter: no list, heading, quote, code, table or HTML block
        if (end == 0 || !Character.isLetter(source.charAt(0)) || Character.isWhitespace(source.charAt(end - 1))) {
            return null;
        }
        boolean quotes = false;
        for (int i = 0; i < end; i++) {
            char c = source.charAt(i);
            if (c < 0x20 || c == 0x7f) return null; // line breaks, tabs and controls
            switch (c) {
                case '\\', '`', '*', '_', '[', ']', '<', '>', '!', '&', '~', '|', '#', ':', '@', '{', '}' -> {
                    return null; // inline syntax, entities, autolinks (scheme:, e-mail), site links
                }
                case '"' -> quotes = true;
                case 'w', 'W' -> {
                    if (source.regionMatches(true, i, "www.", 0, 4)) return null; // an autolink
                }
                default -> { }
            }
        }
        String text = source.substring(0, end);
        String html = "<p>" + (quotes ? text.replace("\"", "&quot;") : text) + "</p>\n";
        return new Fragment(html, List.of(), text, List.of(), text);
    }

    /**
     * Renders {@code md} with the parser: everything {@link #plainParagraph} leaves. The author's
     * links are held to the URL policy first, so the links cross-references become are the
     * site's own; headings get their anchors last, from their text with references resolved.
     */
    Fragment parsed(Markdown md, String anchorPrefix, int headingShift) {
        Node document = PARSER.parse(md.text());
        new UrlPolicy(md, site, diagnostics, contentLinks).process(document);
        CrossReferenceLinker linker = new CrossReferenceLinker(references, md);
        linker.process(document);
        HeadingAnchors headings = new HeadingAnchors(anchorPrefix, headingShift);
        headings.process(document);
        PlainText text = new PlainText();
        document.accept(text);
        return new Fragment(HTML.render(document), headings.headings(), text.toString().strip(), linker.targets(),
                linker.prose());
    }

    /** Heading anchors from the nodes; external links and tables marked for the theme. */
    private static final AttributeProvider ATTRIBUTES = (node, tag, attributes) -> {
        if (node instanceof Heading h) {
            String id = HeadingAnchors.idOf(h);
            if (id != null) attributes.put("id", id);
        } else if (node instanceof Link l && isExternal(l.getDestination())) {
            attributes.put("rel", "noopener noreferrer");
            attributes.put("class", "external");
        } else if (node instanceof TableBlock) {
            attributes.put("class", "md-table");
        }
    };

    private static boolean isExternal(String url) {
        return url != null && (url.startsWith("http://") || url.startsWith("https://") || url.startsWith("mailto:"));
    }

    /** The text of a fragment for search: its words, code included, blocks on lines of their own. */
    private static final class PlainText extends AbstractVisitor {
        private final StringBuilder text = new StringBuilder();

        @Override public void visit(Text node) { text.append(node.getLiteral()); }
        @Override public void visit(Code code) { text.append(code.getLiteral()); }
        @Override public void visit(FencedCodeBlock block) { text.append('\n').append(block.getLiteral()); }
        @Override public void visit(IndentedCodeBlock block) { text.append('\n').append(block.getLiteral()); }
        @Override public void visit(SoftLineBreak br) { text.append(' '); }

        @Override
        public void visit(Paragraph p) {
            visitChildren(p);
            text.append('\n');
        }

        @Override
        public void visit(Heading heading) {
            visitChildren(heading);
            text.append('\n');
        }

        @Override
        public String toString() {
            return text.toString();
        }
    }

    /**
     * The text content of a node, for heading anchors and image alt text: a cross-reference not
     * yet resolved counts as written.
     */
    static String plain(Node node) {
        StringBuilder sb = new StringBuilder();
        node.accept(new AbstractVisitor() {
            @Override public void visit(Text text) { sb.append(text.getLiteral()); }
            @Override public void visit(Code code) { sb.append(code.getLiteral()); }

            @Override
            public void visit(CustomNode custom) {
                if (custom instanceof CrossReference reference) sb.append(reference.raw());
                else visitChildren(custom);
            }
        });
        return sb.toString().strip();
    }
}
