package org.bulwark.render;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bulwark.diag.Diagnostics;
import org.bulwark.diag.SourcePosition;
import org.bulwark.link.Urls;
import org.bulwark.model.Markdown;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.parser.PostProcessor;

/**
 * What links and images of one parsed fragment may point at: links with {@code javascript:},
 * {@code data:}, {@code vbscript:} or {@code file:} (any scheme but http, https and mailto) are
 * dropped, keeping their text; images only from the site itself (no request leaves a page);
 * site-absolute links ({@code /baseline/}) are checked against the pages the site will have and
 * made relative to the page they end up on. Runs on the author's links, before cross-references
 * become links of their own.
 */
final class UrlPolicy implements PostProcessor {
    private static final Set<String> SAFE_SCHEMES = Set.of("http", "https", "mailto");
    private static final Pattern SCHEME = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*):");

    private final Markdown md;
    private final SiteIndex site;
    private final Diagnostics diagnostics;
    private final Map<String, SourcePosition> contentLinks;

    /** {@code contentLinks}: where each kept link was first written, for the link check to blame. */
    UrlPolicy(Markdown md, SiteIndex site, Diagnostics diagnostics, Map<String, SourcePosition> contentLinks) {
        this.md = md;
        this.site = site;
        this.diagnostics = diagnostics;
        this.contentLinks = contentLinks;
    }

    @Override
    public Node process(Node document) {
        document.accept(new Visitor());
        return document;
    }

    private final class Visitor extends AbstractVisitor {
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
                image.insertBefore(new Text(MarkdownRenderer.plain(image)));
                image.unlink();
            }
        }

        /** Puts a dropped link's content where the link was, and looks at it as at any other. */
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
    }

    /** The URL to keep, or empty to drop the link or image. */
    private Optional<String> destination(String url, Node node, boolean image) {
        String u = url == null ? "" : url.strip();
        SourcePosition at = position(node);
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
                // pages whose anchors come from their headings list none before rendering: the
                // link check looks for those in the output
                Set<String> known = site.anchors(path.isEmpty() || path.endsWith("/") ? path : path + "/");
                if (!known.isEmpty() && !known.contains(fragment)) {
                    diagnostics.error(at, "broken-link", "link to " + u + ": the page has no anchor '#" + fragment
                            + "'");
                }
            }
            String rewritten = Urls.ROOT + u.substring(1);
            contentLinks.putIfAbsent(rewritten, at);
            return Optional.of(rewritten);
        }
        contentLinks.putIfAbsent(u, at);
        return Optional.of(u);
    }

    private SourcePosition position(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            List<SourceSpan> spans = n.getSourceSpans();
            if (spans != null && !spans.isEmpty()) {
                SourceSpan s = spans.get(0);
                return md.at(s.getLineIndex(), s.getColumnIndex());
            }
        }
        return md.at(0, 0);
    }
}
