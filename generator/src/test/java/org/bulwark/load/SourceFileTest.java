package org.bulwark.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.bulwark.diag.Diagnostics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceFileTest {
    @TempDir
    Path tmp;

    private Optional<String> read(byte[] bytes, Diagnostics diagnostics) throws IOException {
        Path f = tmp.resolve("c.yaml");
        Files.write(f, bytes);
        return SourceFile.read(f, diagnostics);
    }

    @Test
    void aRealReplacementCharacterIsText() throws IOException {
        Diagnostics d = new Diagnostics();
        assertEquals(Optional.of("title: \uFFFD é\n"), read("title: \uFFFD é\n".getBytes(StandardCharsets.UTF_8), d));
        assertTrue(d.sorted().isEmpty());
    }

    @Test
    void aBadByteIsReportedWhereItIs() throws IOException {
        Diagnostics d = new Diagnostics();
        byte[] bytes = "id: X\ntitle: caf\u00e9 \uFFFD ".getBytes(StandardCharsets.UTF_8);
        byte[] bad = java.util.Arrays.copyOf(bytes, bytes.length + 1);
        bad[bytes.length] = (byte) 0xe9; // Latin-1 é
        assertEquals(Optional.empty(), read(bad, d));
        assertEquals(1, d.sorted().size());
        assertEquals("not-utf8", d.sorted().get(0).code());
        assertEquals(2, d.sorted().get(0).position().line());
        assertEquals(15, d.sorted().get(0).position().column());
    }

    @Test
    void lineEndsBecomeLfAndAByteOrderMarkGoes() throws IOException {
        Diagnostics d = new Diagnostics();
        assertEquals(Optional.of("a: 1\nb: 2\nc: 3\n"),
                read("\uFEFFa: 1\r\nb: 2\rc: 3\n".getBytes(StandardCharsets.UTF_8), d));
    }
}
