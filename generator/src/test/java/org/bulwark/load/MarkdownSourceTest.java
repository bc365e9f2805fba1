package org.bulwark.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.bulwark.diag.SourcePosition;
import org.bulwark.model.Markdown;
import org.junit.jupiter.api.Test;

class MarkdownSourceTest {
    private static final SourcePosition FILE = SourcePosition.of(Path.of("c.yaml"));
    private static final String TEXT = "id: X\nstatement: |\n\n    First line\n    second\nquoted: \"text\"\nplain: text\nlast: >";

    private static Markdown at(int line, int column) {
        return new MarkdownSource(TEXT).of("value", FILE.at(line, column));
    }

    @Test
    void aBlockScalarStartsOnItsFirstNonBlankLineAtItsIndent() {
        Markdown md = at(2, 12);
        assertEquals(FILE.at(4, 5), md.start());
        assertEquals(4, md.indent());
        assertTrue(md.block());
    }

    @Test
    void aQuotedScalarStartsAfterItsQuote() {
        assertEquals(FILE.at(6, 10), at(6, 9).start());
    }

    @Test
    void aPlainScalarStartsWhereItIs() {
        assertEquals(FILE.at(7, 8), at(7, 8).start());
    }

    @Test
    void aBlockScalarAtTheEndOfTheFileStartsOnTheNextLine() {
        assertEquals(FILE.at(9, 1), at(8, 7).start());
    }

    @Test
    void positionsOutsideTheTextAreKept() {
        assertEquals(FILE.at(42, 1), at(42, 1).start());
        assertEquals(FILE.at(1, 99), at(1, 99).start());
    }
}
