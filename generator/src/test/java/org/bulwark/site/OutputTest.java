package org.bulwark.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.bulwark.Sites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputTest {
    @TempDir
    Path tmp;

    private static final byte[] PAGE = "<p>Zürich</p>\n".getBytes(StandardCharsets.UTF_8);

    @Test
    void aWrittenFileIsOnDiskWithItsHashAndSize() throws IOException {
        Output out = Output.to(tmp);
        out.write("controls/IAM-01/index.html", PAGE);
        assertEquals("<p>Zürich</p>\n", Files.readString(tmp.resolve("controls/IAM-01/index.html")));
        assertEquals(Map.of("controls/IAM-01/index.html", Sites.sha256(PAGE)), out.hashes());
        assertEquals(Map.of("controls/IAM-01/index.html", (long) PAGE.length), out.sizes());
    }

    @Test
    void checkWritesAndHashesNothingButKnowsWhatExists() throws IOException {
        Output out = Output.discarding();
        out.write("controls/IAM-01/index.html", PAGE);
        assertTrue(out.exists("controls/IAM-01/index.html"));
        assertFalse(out.exists("controls/IAM-02/index.html"));
        assertEquals(Map.of("controls/IAM-01/index.html", ""), out.hashes(), "nothing hashed: nothing is published");
        try (var files = Files.list(tmp)) {
            assertEquals(0, files.count());
        }
    }

    @Test
    void pathsLeavingTheSiteAreRefused() {
        Output out = Output.to(tmp);
        for (String bad : new String[] {"/etc/passwd", "../x.html", "a/../../x", "a\\b.html"}) {
            assertThrows(IllegalArgumentException.class, () -> out.write(bad, PAGE), bad);
        }
    }

    @Test
    void aStreamedFileIsHashedAndCountedAsItPasses() throws IOException {
        Sha256.awaitNss(); // where the system has NSS, its streaming digest is the one tested, whatever ran before
        byte[] big = new byte[300_001];
        for (int i = 0; i < big.length; i++) big[i] = (byte) (i * 31);
        Output out = Output.to(tmp);
        out.write("oscal/catalog.json", stream -> {
            try {
                stream.write(big, 0, 100_000);
                stream.write(big[100_000]);
                stream.write(big, 100_001, big.length - 100_001);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        org.junit.jupiter.api.Assertions.assertArrayEquals(big, Files.readAllBytes(tmp.resolve("oscal/catalog.json")));
        assertEquals(Map.of("oscal/catalog.json", Sites.sha256(big)), out.hashes());
        assertEquals(Map.of("oscal/catalog.json", (long) big.length), out.sizes());

        Output check = Output.discarding();
        check.write("oscal/catalog.json", stream -> {
            try {
                stream.write(big);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        assertEquals(Map.of("oscal/catalog.json", (long) big.length), check.sizes());
        assertEquals(Map.of("oscal/catalog.json", ""), check.hashes());
        assertThrows(IllegalArgumentException.class, () -> out.write("../x.json", stream -> { }));
    }
}
