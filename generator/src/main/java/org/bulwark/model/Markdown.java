package org.bulwark.model;

import org.bulwark.diag.SourcePosition;

/**
 * A Markdown fragment and where it was written, so a broken reference inside it is reported at
 * its own line. {@code block} fragments (YAML block scalars, Markdown bodies) start on
 * {@code start.line()} with every line indented by {@code indent}; inline ones start at
 * {@code start.column()}.
 */
public record Markdown(String text, SourcePosition start, boolean block, int indent) {

    public static final Markdown EMPTY = new Markdown("", SourcePosition.of(java.nio.file.Path.of("")), false, 0);

    public boolean isBlank() {
        return text.isBlank();
    }

    /** Position of a 0-based line and column inside the text. */
    public SourcePosition at(int lineIndex, int columnIndex) {
        if (block) return start.at(start.line() + lineIndex, indent + columnIndex + 1);
        if (lineIndex == 0) return start.at(start.line(), start.column() + columnIndex);
        return start.at(start.line() + lineIndex, columnIndex + 1);
    }
}
