package org.bulwark.load;

import org.bulwark.diag.SourcePosition;
import org.bulwark.model.Markdown;

/**
 * Knows the raw lines of one file, to tell where the text of a YAML scalar really starts: on
 * the next line for block scalars ({@code |}, {@code >}), one column on for quoted ones.
 */
final class MarkdownSource {
    private final String text;
    /** Where each line starts in the text, and one past its end; only offsets, no line Strings. */
    private final int[] starts;

    MarkdownSource(String text) {
        this.text = text;
        int lines = 1;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lines++;
        starts = new int[lines + 1];
        int line = 1;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts[line++] = i + 1;
        starts[lines] = text.length() + 1;
    }

    private int lines() {
        return starts.length - 1;
    }

    /** The character at a 0-based column of a 0-based line, or ' ' past its end. */
    private char charAt(int lineIndex, int col) {
        int from = starts[lineIndex];
        int end = starts[lineIndex + 1] - 1;
        return col >= 0 && from + col < end ? text.charAt(from + col) : ' ';
    }

    private boolean blank(int lineIndex) {
        for (int i = starts[lineIndex], end = starts[lineIndex + 1] - 1; i < end; i++) {
            if (!Character.isWhitespace(text.charAt(i))) return false;
        }
        return true;
    }

    Markdown of(String value, SourcePosition at) {
        int lineIndex = at.line() - 1;
        if (lineIndex < 0 || lineIndex >= lines()) return new Markdown(value, at, false, 0);
        char c = charAt(lineIndex, at.column() - 1);
        if (c == '|' || c == '>') {
            for (int i = lineIndex + 1; i < lines(); i++) {
                if (blank(i)) continue;
                int from = starts[i];
                int end = starts[i + 1] - 1;
                int indent = 0;
                while (from + indent < end && text.charAt(from + indent) == ' ') indent++;
                return new Markdown(value, at.at(i + 1, indent + 1), true, indent);
            }
            return new Markdown(value, at.at(lineIndex + 2, 1), true, 0);
        }
        if (c == '"' || c == '\'') return new Markdown(value, at.at(at.line(), at.column() + 1), false, 0);
        return new Markdown(value, at, false, 0);
    }

    /** A whole Markdown body starting at a 1-based line of the file. */
    Markdown body(String text, SourcePosition fileStart, int line) {
        return new Markdown(text, fileStart.at(line, 1), true, 0);
    }
}
