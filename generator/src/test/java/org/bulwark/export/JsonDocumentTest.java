package org.bulwark.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The text every JSON export is written as: a change here changes every export's bytes. */
class JsonDocumentTest {

    @Test
    void writesCompactJsonWithAFinalNewline() {
        String json = text(JsonDocument.EmptyArrays.KEEP, JsonDocumentTest::sample);
        assertEquals("{\"name\":\"Zürich \\\"HQ\\\"\",\"count\":2,\"listed\":true,\"owner\":null,"
                + "\"inner\":{\"ids\":[\"A-1\",\"B-2\"]},\"items\":[{\"id\":\"x\"},{}],\"none\":[]}\n", json);
    }

    @Test
    void prettyIndentsWithTwoSpacesUnixLineEndsAndAFinalNewline() {
        String json = new String(JsonDocument.pretty(text(JsonDocument.EmptyArrays.KEEP, JsonDocumentTest::sample)
                .getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
        assertEquals("""
                {
                  "name": "Zürich \\"HQ\\"",
                  "count": 2,
                  "listed": true,
                  "owner": null,
                  "inner": {
                    "ids": [
                      "A-1",
                      "B-2"
                    ]
                  },
                  "items": [
                    {
                      "id": "x"
                    },
                    { }
                  ],
                  "none": [ ]
                }
                """, json);
    }

    private static void sample(JsonDocument d) {
        d.object().field("name", "Zürich \"HQ\"").field("count", 2).field("listed", true).field("owner", null);
        d.object("inner").strings("ids", List.of("A-1", "B-2")).end();
        d.array("items").object().field("id", "x").end().object().end().end();
        d.strings("none", List.of());
        d.end();
    }

    @Test
    void omitsArraysThatGetNoElementKeyAndAll() {
        String json = text(JsonDocument.EmptyArrays.OMIT, d -> {
            d.object().array("props").end().field("id", "a");
            d.array("parts").object().array("parts").end().field("name", "statement").end().end();
            d.strings("ids", List.of()).strings("aliases", List.of("OLD-1"));
            d.end();
        });
        assertEquals("{\"id\":\"a\",\"parts\":[{\"name\":\"statement\"}],\"aliases\":[\"OLD-1\"]}\n", json);
    }

    @Test
    void leavesTheCallersStreamOpen() {
        boolean[] closed = {false};
        ByteArrayOutputStream out = new ByteArrayOutputStream() {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        try (JsonDocument d = JsonDocument.to(out, JsonDocument.EmptyArrays.KEEP)) {
            d.object().end();
        }
        assertFalse(closed[0]);
        assertEquals("{}\n", out.toString(StandardCharsets.UTF_8));
    }

    private static String text(JsonDocument.EmptyArrays emptyArrays, java.util.function.Consumer<JsonDocument> body) {
        byte[] bytes = JsonDocument.bytes(out -> {
            try (JsonDocument d = JsonDocument.to(out, emptyArrays)) {
                body.accept(d);
            }
        });
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
