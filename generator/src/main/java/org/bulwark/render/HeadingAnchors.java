package org.bulwark.render;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.bulwark.link.Slug;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.parser.PostProcessor;

/**
 * Gives the headings of one parsed fragment their place on the page: levels shifted under the
 * page's own headings ({@code ##} in a control's guidance becomes an h4), and an anchor each,
 * the fragment's prefix and the heading's text as a slug, unique within the fragment
 * ({@code guidance-keys}, {@code guidance-keys-2}). The anchor is kept on the heading as an
 * invisible {@link Anchor} child, which the renderer reads ({@link #idOf}); the headings are
 * kept for the page's table of contents.
 */
final class HeadingAnchors implements PostProcessor {
    private final String prefix;
    private final int shift;
    private final List<Fragment.Heading> headings = new ArrayList<>();
    private final Set<String> used = new HashSet<>();

    HeadingAnchors(String prefix, int shift) {
        this.prefix = prefix;
        this.shift = shift;
    }

    /** A heading's anchor, as a child node that renders nothing. */
    static final class Anchor extends CustomNode {
        final String id;

        Anchor(String id) {
            this.id = id;
        }
    }

    /** The anchor given to a heading, or null. */
    static String idOf(Heading heading) {
        return heading.getFirstChild() instanceof Anchor a ? a.id : null;
    }

    @Override
    public Node process(Node document) {
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                anchor(heading);
            }
        });
        return document;
    }

    private void anchor(Heading heading) {
        heading.setLevel(Math.min(6, heading.getLevel() + shift));
        String title = MarkdownRenderer.plain(heading);
        String id = prefix + Slug.of(title);
        String unique = id;
        for (int n = 2; !used.add(unique); n++) unique = id + "-" + n;
        heading.prependChild(new Anchor(unique));
        headings.add(new Fragment.Heading(heading.getLevel(), unique, title));
    }

    /** The fragment's headings in order, with their shifted levels and anchors. */
    List<Fragment.Heading> headings() {
        return List.copyOf(headings);
    }
}
