package org.bulwark.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ExportsTest {

    @Test
    void allWritesEveryFormatWithTheBytesOfOne() {
        ExportInput input = Fixtures.input(Fixtures.auditContent());
        Map<String, byte[]> all = Exports.all(input);
        assertEquals(java.util.List.of("controls.json", "baseline.csv", "controls.csv", "oscal/catalog.json",
                "oscal/baseline-profile.json", "controls.schema.json"), java.util.List.copyOf(all.keySet()));
        for (Exports.Format f : Exports.Format.values()) {
            assertArrayEquals(all.get(f.file()), Exports.one(f, input), f.option());
        }
    }

    @Test
    void deterministic() {
        for (var content : java.util.List.of(Fixtures.defaultContent(), Fixtures.auditContent())) {
            Map<String, byte[]> first = Exports.all(Fixtures.input(content, true, Optional.empty(), Optional.empty()));
            Map<String, byte[]> second = Exports.all(Fixtures.input(content, true, Optional.empty(), Optional.empty()));
            first.forEach((file, bytes) -> assertArrayEquals(bytes, second.get(file), file));
        }
    }

    @Test
    void jsonIsWrittenWithUnixLineEndsAndAFinalNewline() {
        byte[] json = Exports.one(Exports.Format.JSON, Fixtures.input(Fixtures.auditContent()));
        String text = new String(json, java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(-1, text.indexOf('\r'));
        assertEquals('\n', text.charAt(text.length() - 1));
        org.junit.jupiter.api.Assertions.assertTrue(text.contains("\"title\":\"Sign-in with \\\"strong\\\" MFA, everywhere:"
                + " résumé, Zürich, 東京\""), "UTF-8, not \\u escapes");
    }

    @Test
    void sourceDateEpochIsReadAsTheReproducibleBuildsConventionWritesIt() {
        assertEquals(Optional.of(java.time.Instant.ofEpochSecond(1_700_000_000L)), ExportInput.sourceDateEpoch("1700000000"));
        assertEquals(Optional.empty(), ExportInput.sourceDateEpoch(null));
        assertEquals(Optional.empty(), ExportInput.sourceDateEpoch(""));
        assertEquals(Optional.empty(), ExportInput.sourceDateEpoch("yesterday"));
        assertEquals(Optional.empty(), ExportInput.sourceDateEpoch("-5"));
    }
}
