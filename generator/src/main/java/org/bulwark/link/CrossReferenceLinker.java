package org.bulwark.link;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.bulwark.diag.SourcePosition;
import org.bulwark.model.Markdown;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.parser.PostProcessor;

/**
 * Resolves the cross-references of one parsed fragment: each {@link CrossReference} becomes a
 * link to its target, its text what the site shows ({@code IAM-01}, {@code Amazon S3}), or stays
 * as written when it cannot be resolved (the diagnostic says why, at the reference's own line and
 * column). Made for one fragment: it keeps what the fragment refers to, and its prose.
 */
public final class CrossReferenceLinker implements PostProcessor {
    private final CrossReferences references;
    private final Markdown md;
    private final Set<Dependency> targets = new LinkedHashSet<>();
    /** Resolved references as [start, end) offsets in the source, and the text that replaces them in prose. */
    private final List<int[]> spliceAt = new ArrayList<>();
    private final List<String> spliceText = new ArrayList<>();

    public CrossReferenceLinker(CrossReferences references, Markdown md) {
        this.references = references;
        this.md = md;
    }

    @Override
    public Node process(Node document) {
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(CustomNode node) {
                if (node instanceof CrossReference reference) link(reference);
                else visitChildren(node);
            }
        });
        return document;
    }

    private void link(CrossReference reference) {
        SourceSpan span = reference.span();
        Optional<CrossReferences.Target> target = references.resolve(reference.target(), position(reference, span));
        if (target.isPresent()) {
            CrossReferences.Target t = target.get();
            Link link = new Link(Urls.ROOT + t.url(), t.title());
            link.appendChild(new Text(t.text()));
            reference.insertBefore(link);
            targets.add(t.entity());
            if (span != null) {
                spliceAt.add(new int[] {reference.start(), reference.end()});
                spliceText.add(t.text());
            }
        } else {
            reference.insertBefore(new Text(reference.raw()));
        }
        reference.unlink();
    }

    /** Where the reference starts: its first {@code [}, one before the span the parser gave it. */
    private SourcePosition position(CrossReference reference, SourceSpan span) {
        if (span != null) return md.at(span.getLineIndex(), Math.max(0, span.getColumnIndex() - 1));
        for (Node n = reference.getParent(); n != null; n = n.getParent()) {
            List<SourceSpan> spans = n.getSourceSpans();
            if (spans != null && !spans.isEmpty()) return md.at(spans.get(0).getLineIndex(), spans.get(0).getColumnIndex());
        }
        return md.at(0, 0);
    }

    /** What the fragment's resolved references show of the standard, in the order written. */
    public List<Dependency> targets() {
        return List.copyOf(targets);
    }

    /** The source with each resolved reference replaced by its link text, for exports. */
    public String prose() {
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
}
