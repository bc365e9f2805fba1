package org.bulwark.link;

import org.commonmark.node.CustomNode;
import org.commonmark.node.SourceSpan;

/**
 * A {@code [[...]]} as the parser found it, before it is resolved: the text between the
 * brackets ({@code IAM-01#evidence|the evidence}). The parser gives it the source span of the
 * inner brackets ({@code [IAM-01#evidence|the evidence]}); {@link #start} and {@link #end} give
 * the whole reference.
 */
public final class CrossReference extends CustomNode {
    private final String target;

    CrossReference(String target) {
        this.target = target;
    }

    /** What is written between {@code [[} and {@code ]]}. */
    public String target() {
        return target;
    }

    /** The reference as written, brackets included. */
    public String raw() {
        return "[[" + target + "]]";
    }

    /** The span the parser gave this node, the inner brackets; null without spans. */
    SourceSpan span() {
        var spans = getSourceSpans();
        return spans == null || spans.isEmpty() ? null : spans.get(0);
    }

    /** Where the reference starts in the parsed text: its first {@code [}; -1 without spans. */
    int start() {
        SourceSpan s = span();
        return s == null ? -1 : s.getInputIndex() - 1;
    }

    /** Where the reference ends in the parsed text: after its last {@code ]}; -1 without spans. */
    int end() {
        SourceSpan s = span();
        return s == null ? -1 : s.getInputIndex() + s.getLength() + 1;
    }
}
