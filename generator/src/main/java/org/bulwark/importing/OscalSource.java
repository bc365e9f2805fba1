package org.bulwark.importing;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import org.bulwark.diag.Diagnostics;
import org.bulwark.diag.SourcePosition;

/**
 * Reads an OSCAL catalog in JSON, gzipped or not, and accepts it only when it is a catalog
 * valid against NIST's schema for its OSCAL version: what the importer reads may then be
 * taken as the schema promises.
 */
final class OscalSource {
    /** A catalog larger than this is not a catalog (NIST SP 800-53 with everything is about 10 MB). */
    static final long MAX_BYTES = 256L * 1024 * 1024;

    private OscalSource() {}

    static Optional<LocatedJson> read(Path file, Diagnostics diagnostics) {
        SourcePosition at = SourcePosition.of(file);
        Optional<LocatedJson> parsed;
        try (InputStream in = open(file)) {
            parsed = LocatedJson.parse(in, at, diagnostics);
        } catch (Limit e) {
            diagnostics.error(at, "too-large", "more than " + MAX_BYTES / (1024 * 1024) + " MB of JSON");
            return Optional.empty();
        } catch (java.util.zip.ZipException | java.io.EOFException e) {
            diagnostics.error(at, "not-json", "the file starts like gzip but is not valid gzip data: " + e.getMessage());
            return Optional.empty();
        } catch (IOException e) {
            diagnostics.error(at, "io", "cannot read: " + e.getMessage());
            return Optional.empty();
        }
        return parsed.filter(json -> isCatalog(json, diagnostics)).filter(json -> valid(json, diagnostics));
    }

    private static boolean isCatalog(LocatedJson json, Diagnostics diagnostics) {
        JsonNode root = json.root();
        if (!root.isObject()) {
            diagnostics.error(json.position(root), "not-a-catalog", "an OSCAL catalog is a JSON object with a "
                    + "'catalog' key, not " + root.getNodeType().name().toLowerCase(java.util.Locale.ROOT));
            return false;
        }
        if (root.has("catalog") && root.get("catalog").isObject()) return true;
        String other = root.has("profile") ? ": this is an OSCAL profile; resolve it to a catalog first "
                + "(for example with oscal-cli's 'profile resolve')"
                : root.size() == 1 ? ": its only key is '" + root.fieldNames().next() + "'" : "";
        diagnostics.error(json.position(root), "not-a-catalog", "not an OSCAL catalog (no 'catalog' object)" + other);
        return false;
    }

    private static boolean valid(LocatedJson json, Diagnostics diagnostics) {
        JsonNode version = json.root().path("catalog").path("metadata").path("oscal-version");
        Optional<String> schema = OscalSchema.schemaVersion(version.asText(""));
        if (schema.isEmpty()) {
            diagnostics.error(json.position(version), "not-a-catalog", "OSCAL version '" + version.asText()
                    + "' is not 1.x; Bulwark reads OSCAL 1.x catalogs");
            return false;
        }
        return OscalSchema.check(json, schema.get(), diagnostics);
    }

    /** The file's bytes, unzipped when they start with gzip's magic number, within {@link #MAX_BYTES}. */
    private static InputStream open(Path file) throws IOException {
        InputStream raw = new BufferedInputStream(Files.newInputStream(file));
        raw.mark(2);
        int b1 = raw.read();
        int b2 = raw.read();
        raw.reset();
        InputStream in = b1 == 0x1f && b2 == 0x8b ? new GZIPInputStream(raw, 64 * 1024) : raw;
        return new Bounded(in);
    }

    private static final class Limit extends IOException {
        private static final long serialVersionUID = 1L;
    }

    /** Stops reading past {@link #MAX_BYTES}: a small gzip file may unpack to gigabytes. */
    private static final class Bounded extends java.io.FilterInputStream {
        private long count;

        Bounded(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0 && ++count > MAX_BYTES) throw new Limit();
            return b;
        }

        @Override
        public int read(byte[] buffer, int off, int len) throws IOException {
            int n = super.read(buffer, off, len);
            if (n > 0 && (count += n) > MAX_BYTES) throw new Limit();
            return n;
        }
    }
}
