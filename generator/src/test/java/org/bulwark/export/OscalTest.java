package org.bulwark.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class OscalTest {

    @Test
    void aLineIsOneLineWithSingleSpaces() {
        assertEquals("a b c d e", Oscal.line("  a  b\tc\n d\r\n\fe "));
        assertEquals("x y", Oscal.line("x\u000By"));
        assertEquals("-", Oscal.line(" \n "));
        assertEquals("-", Oscal.line(""));
    }

    @Test
    void aLineAlreadyCleanIsKeptAsItIs() {
        String clean = "Encrypt data at rest “everywhere” — é";
        assertSame(clean, Oscal.line(clean));
    }
}
