package org.bulwark.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.bulwark.Cli;
import org.bulwark.load.ContentSchemas;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code schema --out DIR} writes the five schemas, and writes them again over older ones. */
class SchemaCommandTest {
    @TempDir
    Path tmp;

    @Test
    void writesTheFiveSchemas() throws IOException {
        Path out = tmp.resolve("content/.bulwark/schemas");
        Files.createDirectories(out);
        Files.writeString(out.resolve(ContentSchemas.CONTROL), "{}");
        Cli run = Cli.run("schema", "--out", out.toString());
        assertEquals(0, run.exitCode(), run.all());
        assertTrue(run.out().startsWith("Wrote 5 schemas (control.schema.json, front-matter.schema.json, "
                + "glossary.schema.json, service.schema.json, standard.schema.json) -> "), run.out());
        for (Map.Entry<String, String> s : ContentSchemas.schemas().entrySet()) {
            assertEquals(s.getValue(), Files.readString(out.resolve(s.getKey())), s.getKey());
        }
        Files.writeString(tmp.resolve("file"), "x");
        assertEquals(2, Cli.run("schema", "--out", tmp.resolve("file").toString()).exitCode());
        assertEquals(2, Cli.run("schema").exitCode(), "--out is required");
    }
}
