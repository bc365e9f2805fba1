package org.bulwark.link;

import org.commonmark.node.CustomNode;
import org.commonmark.node.SourceSpan;

/**
 * A {@code [[...]]} as the parser found it, before it is resolved: the text between the
 * brackets ({@code IAM-01#evidence|the evidence}). Its source span starts at the second
 * {@code [}; {@link #start} and {@link #end} give the whole reference.
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

    /** The span the parser gave this node, from the second {@code [} to the end; null without spans. */
    SourceSpan span() {
        var spans = getSourceSpans();
        return spans == null || spans.isEmpty() ? null : spans.get(0);
    }
}
