package org.bulwark.render;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bulwark.diag.Diagnostics;
import org.bulwark.diag.SourcePosition;
import org.bulwark.link.Slug;
import org.bulwark.model.Markdown;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Markdown to safe HTML: GFM tables, strikethrough and autolinks; raw HTML escaped; links with
 * {@code javascript:}, {@code data:}, {@code vbscript:} or {@code file:} dropped; images only
 * from the site itself (no request leaves a page); {@code [[...]]} cross-references resolved;
 * site-absolute links ({@code /baseline/}) checked and made relative; heading levels shifted
 * under the page's own headings and given anchors.
 */
public final class MarkdownRenderer {
    private static final Pattern XREF = Pattern.compile("\\[\\[([^\\[\\]\\n]{1,200}?)\\]\\]");
    private static final Set<String> SAFE_SCHEMES = Set.of("http", "https", "mailto");
    private static final Pattern SCHEME = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*):");

    private final List<Extension> extensions = List.of(TablesExtension.create(), StrikethroughExtension.create(),
            AutolinkExtension.create());
    private final Parser parser = Parser.builder()
            .extensions(extensions)
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
            .maxOpenBlockParsers(64)
            .build();
    private final Map<String, HtmlRenderer> renderers = new ConcurrentHashMap<>();
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

    /** Renders {@code md} with the parser: everything {@link #plainParagraph} leaves. */
    Fragment parsed(Markdown md, String anchorPrefix, int headingShift) {
        Node document = parser.parse(md.text());
        Walker walker = new Walker(md, anchorPrefix, headingShift);
        document.accept(walker);
        String html = renderer(anchorPrefix).render(document);
        return new Fragment(html, List.copyOf(walker.headings), walker.text.toString().strip(),
                List.copyOf(walker.controls), walker.prose());
    }

    /** A renderer that reads heading ids from the walker's side table, keyed by node identity. */
    private HtmlRenderer renderer(String prefix) {
        return renderers.computeIfAbsent(prefix, p -> HtmlRenderer.builder()
                .extensions(extensions)
                .escapeHtml(true)
                .attributeProviderFactory(context -> (node, tag, attributes) -> {
                    if (node instanceof Heading h) {
                        String id = headingIds.get().get(h);
                        if (id != null) attributes.put("id", id);
                    } else if (node instanceof Link l && isExternal(l.getDestination())) {
                        attributes.put("rel", "noopener noreferrer");
                        attributes.put("class", "external");
                    } else if (node instanceof org.commonmark.ext.gfm.tables.TableBlock) {
                        attributes.put("class", "md-table");
                    }
                })
                .build());
    }

    /** Heading ids of the fragment being rendered on this thread (fragments render in parallel). */
    private final ThreadLocal<Map<Heading, String>> headingIds = ThreadLocal.withInitial(IdentityHashMap::new);

    private static boolean isExternal(String url) {
        return url != null && (url.startsWith("http://") || url.startsWith("https://") || url.startsWith("mailto:"));
    }

    /** Walks a parsed fragment once: cross-references, links, images, headings, plain text. */
    private final class Walker extends AbstractVisitor {
        final Markdown md;
        final String prefix;
        final int shift;
        final List<Fragment.Heading> headings = new ArrayList<>();
        final Set<String> controls = new LinkedHashSet<>();
        final StringBuilder text = new StringBuilder();
        final Set<String> usedIds = new java.util.HashSet<>();
        final Map<Heading, String> ids;
        /** Cross-references as [start, end) offsets in the source and the text that replaces them. */
        final List<int[]> spliceAt = new ArrayList<>();
        final List<String> spliceText = new ArrayList<>();
        int proseCursor;

        Walker(Markdown md, String prefix, int shift) {
            this.md = md;
            this.prefix = prefix;
            this.shift = shift;
            this.ids = headingIds.get();
            ids.clear();
        }

        @Override
        public void visit(Heading heading) {
            heading.setLevel(Math.min(6, heading.getLevel() + shift));
            visitChildren(heading);
            String title = plain(heading);
            String id = prefix + Slug.of(title);
            String unique = id;
            for (int n = 2; !usedIds.add(unique); n++) unique = id + "-" + n;
            ids.put(heading, unique);
            headings.add(new Fragment.Heading(heading.getLevel(), unique, title));
            text.append('\n');
        }

        @Override
        public void visit(Text node) {
            String literal = node.getLiteral();
            Matcher m = XREF.matcher(literal);
            if (!findReference(m, literal, 0)) {
                text.append(literal);
                return;
            }
            int last = 0;
            do {
                if (m.start() > last) node.insertBefore(new Text(literal.substring(last, m.start())));
                text.append(literal, last, m.start());
                SourcePosition at = position(node, m.start());
                Optional<CrossReferences.Target> target = references.resolve(m.group(1), at);
                if (target.isPresent()) {
                    CrossReferences.Target t = target.get();
                    Link link = new Link(Fragment.ROOT + t.url(), t.title());
                    link.appendChild(new Text(t.text()));
                    node.insertBefore(link);
                    t.control().ifPresent(controls::add);
                    text.append(t.text());
                    splice(node, m.group(), t.text());
                } else {
                    node.insertBefore(new Text(m.group()));
                    text.append(m.group(1));
                }
                last = m.end();
            } while (findReference(m, literal, last));
            if (last < literal.length()) node.insertBefore(new Text(literal.substring(last)));
            text.append(literal.substring(last));
            node.unlink();
        }

        /**
         * The next cross-reference from {@code from} on. Every one starts with "[[": a plain search
         * finds where to try the regular expression, which would otherwise try every character.
         */
        private static boolean findReference(Matcher m, String literal, int from) {
            int at = literal.indexOf("[[", from);
            return at >= 0 && m.find(at);
        }

        /** Notes where {@code raw} stands in the source, to write the prose with {@code text} instead. */
        private void splice(Text node, String raw, String replacement) {
            List<SourceSpan> spans = node.getSourceSpans();
            int from = Math.max(proseCursor, spans == null || spans.isEmpty() ? 0 : spans.get(0).getInputIndex());
            int at = md.text().indexOf(raw, from);
            if (at < 0) return;
            spliceAt.add(new int[] {at, at + raw.length()});
            spliceText.add(replacement);
            proseCursor = at + raw.length();
        }

        String prose() {
            String source = md.text();
            // nearly always nothing to replace: the source itself, not a copy kept beside it
            if (spliceAt.isEmpty()) return source.strip();
            StringBuilder sb = new StringBuilder(source.length());
            int last = 0;
            for (int i = 0; i < spliceAt.size(); i++) {
                sb.append(source, last, spliceAt.get(i)[0]).append(spliceText.get(i));
                last = spliceAt.get(i)[1];
            }
            return sb.append(source, last, source.length()).toString().strip();
        }

        @Override
        public void visit(Code code) {
            text.append(code.getLiteral());
        }

        @Override
        public void visit(FencedCodeBlock block) {
            text.append('\n').append(block.getLiteral());
        }

        @Override
        public void visit(IndentedCodeBlock block) {
            text.append('\n').append(block.getLiteral());
        }

        @Override
        public void visit(org.commonmark.node.SoftLineBreak br) {
            text.append(' ');
        }

        @Override
        public void visit(org.commonmark.node.Paragraph p) {
            visitChildren(p);
            text.append('\n');
        }

        @Override
        public void visit(Link link) {
            Optional<String> url = destination(link.getDestination(), link, false);
            if (url.isPresent()) {
                link.setDestination(url.get());
                visitChildren(link);
            } else {
                unwrap(link);
            }
        }

        @Override
        public void visit(Image image) {
            Optional<String> url = destination(image.getDestination(), image, true);
            if (url.isPresent()) {
                image.setDestination(url.get());
                visitChildren(image);
            } else {
                String alt = plain(image);
                image.insertBefore(new Text(alt));
                image.unlink();
                text.append(alt);
            }
        }

        /** The URL to keep, or empty to drop the link or image. */
        private Optional<String> destination(String url, Node node, boolean image) {
            String u = url == null ? "" : url.strip();
            SourcePosition at = position(node, 0);
            Matcher scheme = SCHEME.matcher(u);
            if (scheme.find()) {
                String s = scheme.group(1).toLowerCase(Locale.ROOT);
                if (!SAFE_SCHEMES.contains(s)) {
                    diagnostics.warning(at, "unsafe-url", "dropped a " + s + ": URL; only http, https and mailto links"
                            + " are kept");
                    return Optional.empty();
                }
                if (image) {
                    diagnostics.warning(at, "external-image", "dropped an image from " + u
                            + ": pages load nothing from outside the site");
                    return Optional.empty();
                }
                return Optional.of(u);
            }
            if (u.startsWith("//")) {
                diagnostics.warning(at, "unsafe-url", "dropped a scheme-relative URL " + u + "; write https://");
                return Optional.empty();
            }
            if (u.startsWith("/")) {
                String path = u.substring(1);
                String fragment = null;
                int hash = path.indexOf('#');
                if (hash >= 0) {
                    fragment = path.substring(hash + 1);
                    path = path.substring(0, hash);
                }
                if (!site.exists(path)) {
                    diagnostics.error(at, "broken-link", "link to " + u + ": no such page in the site");
                    return Optional.of(u);
                }
                if (fragment != null && !fragment.isEmpty()) {
                    Set<String> known = site.anchors(path.isEmpty() || path.endsWith("/") ? path : path + "/");
                    if (!known.isEmpty() && !known.contains(fragment) && !path.startsWith("areas/")
                            && !path.startsWith("pages/")) {
                        diagnostics.error(at, "broken-link", "link to " + u + ": the page has no anchor '#" + fragment
                                + "'");
                    }
                }
                String rewritten = Fragment.ROOT + u.substring(1);
                contentLinks.putIfAbsent(rewritten, at);
                return Optional.of(rewritten);
            }
            contentLinks.putIfAbsent(u, at);
            return Optional.of(u);
        }

        private void unwrap(Node node) {
            Node child = node.getFirstChild();
            while (child != null) {
                Node next = child.getNext();
                node.insertBefore(child);
                child.accept(this);
                child = next;
            }
            node.unlink();
        }

        private SourcePosition position(Node node, int offset) {
            for (Node n = node; n != null; n = n.getParent()) {
                List<SourceSpan> spans = n.getSourceSpans();
                if (spans != null && !spans.isEmpty()) {
                    SourceSpan s = spans.get(0);
                    return md.at(s.getLineIndex(), s.getColumnIndex() + (n == node ? offset : 0));
                }
            }
            return md.at(0, 0);
        }
    }

    /** The text content of a node, for heading ids and image alt text. */
    static String plain(Node node) {
        StringBuilder sb = new StringBuilder();
        node.accept(new AbstractVisitor() {
            @Override public void visit(Text text) { sb.append(text.getLiteral()); }
            @Override public void visit(Code code) { sb.append(code.getLiteral()); }
        });
        return sb.toString().strip();
    }
}
