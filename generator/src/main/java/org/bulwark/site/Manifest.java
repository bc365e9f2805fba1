package org.bulwark.site;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.bulwark.model.Standard;

/**
 * manifest.json: the standard's id, version and effective date, and every other output
 * file's SHA-256, so evidence can prove which text was in force.
 */
public final class Manifest {
    private Manifest() {}

    public static byte[] build(Standard standard, Map<String, String> hashes) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JsonGenerator g = new com.fasterxml.jackson.core.JsonFactory().createGenerator(bytes)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("standard", standard.id());
            g.writeStringField("title", standard.title());
            g.writeStringField("version", standard.version());
            g.writeStringField("effective", standard.effective());
            g.writeStringField("algorithm", "SHA-256");
            g.writeArrayFieldStart("files");
            for (Map.Entry<String, String> e : new java.util.TreeMap<>(hashes).entrySet()) {
                if (e.getKey().equals("manifest.json")) continue;
                g.writeStartObject();
                g.writeStringField("path", e.getKey());
                g.writeStringField("sha256", e.getValue());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        bytes.write('\n');
        return bytes.toByteArray();
    }
}
