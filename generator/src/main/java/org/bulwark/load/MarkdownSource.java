package org.bulwark.load;

import org.bulwark.diag.SourcePosition;
import org.bulwark.model.Markdown;

/**
 * Knows the raw lines of one file, to tell where the text of a YAML scalar really starts: on
 * the next line for block scalars ({@code |}, {@code >}), one column on for quoted ones.
 */
final class MarkdownSource {
    private final String[] lines;

    MarkdownSource(String text) {
        this.lines = text.split("\n", -1);
    }

    Markdown of(String text, SourcePosition at) {
        int lineIndex = at.line() - 1;
        if (lineIndex < 0 || lineIndex >= lines.length) return new Markdown(text, at, false, 0);
        String line = lines[lineIndex];
        int col = at.column() - 1;
        char c = col >= 0 && col < line.length() ? line.charAt(col) : ' ';
        if (c == '|' || c == '>') {
            for (int i = lineIndex + 1; i < lines.length; i++) {
                String l = lines[i];
                if (l.isBlank()) continue;
                int indent = 0;
                while (indent < l.length() && l.charAt(indent) == ' ') indent++;
                return new Markdown(text, at.at(i + 1, indent + 1), true, indent);
            }
            return new Markdown(text, at.at(lineIndex + 2, 1), true, 0);
        }
        if (c == '"' || c == '\'') return new Markdown(text, at.at(at.line(), at.column() + 1), false, 0);
        return new Markdown(text, at, false, 0);
    }

    /** A whole Markdown body starting at a 1-based line of the file. */
    Markdown body(String text, SourcePosition fileStart, int line) {
        return new Markdown(text, fileStart.at(line, 1), true, 0);
    }
}
