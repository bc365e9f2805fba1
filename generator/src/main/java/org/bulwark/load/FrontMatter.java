package org.bulwark.load;

import java.util.Optional;
import org.bulwark.diag.Diagnostics;
import org.bulwark.diag.SourcePosition;

/** Splits a Markdown file into its {@code ---} front matter and body, keeping line numbers. */
record FrontMatter(String yaml, String body, int bodyLine) {

    static Optional<FrontMatter> split(String text, SourcePosition file, Diagnostics diagnostics) {
        if (!text.startsWith("---\n") && !text.equals("---")) {
            diagnostics.error(file.at(1, 1), "missing-front-matter",
                    "a Markdown file of the standard starts with front matter between '---' lines");
            return Optional.empty();
        }
        int pos = 4;
        int line = 2;
        while (pos <= text.length()) {
            int nl = text.indexOf('\n', pos);
            String l = nl < 0 ? text.substring(pos) : text.substring(pos, nl);
            if (l.equals("---") || l.equals("...")) {
                String yaml = text.substring(4, pos);
                String body = nl < 0 ? "" : text.substring(nl + 1);
                return Optional.of(new FrontMatter(yaml, body, line + 1));
            }
            if (nl < 0) break;
            pos = nl + 1;
            line++;
        }
        diagnostics.error(file.at(1, 1), "unterminated-front-matter",
                "front matter opened with '---' on line 1 is never closed with a '---' line");
        return Optional.empty();
    }
}
