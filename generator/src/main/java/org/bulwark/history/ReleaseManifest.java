package org.bulwark.history;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.bulwark.diag.Diagnostics;
import org.bulwark.diag.SourcePosition;

/**
 * {@code release.json}: what a release froze. The standard's id and version, and the SHA-256
 * of every file of the release, by path relative to the release folder. No clock time: the
 * same content released twice gives the same bytes.
 * <pre>
 * {
 *   "format": 1,
 *   "standard": "acme-aws-security-standard",
 *   "version": "1.0.0",
 *   "algorithm": "SHA-256",
 *   "files": { "areas/data-protection.md": "9f2c...", ... }
 * }
 * </pre>
 */
public record ReleaseManifest(String standard, String version, SortedMap<String, String> files,
                              Map<String, SourcePosition> positions) {
    public static final String FILE = "release.json";
    static final int FORMAT = 1;

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final JsonFactory JSON = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    public ReleaseManifest(String standard, String version, SortedMap<String, String> files) {
        this(standard, version, Collections.unmodifiableSortedMap(new TreeMap<>(files)), Map.of());
    }

    /** Where an entry of {@code files} was written, for a diagnostic about it. */
    public SourcePosition position(String path, Path manifestFile) {
        return positions.getOrDefault(path, SourcePosition.of(manifestFile).at(1, 1));
    }

    public byte[] bytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator g = JSON.createGenerator(out)) {
            DefaultIndenter indent = new DefaultIndenter("  ", "\n");
            g.setPrettyPrinter(new DefaultPrettyPrinter().withObjectIndenter(indent).withArrayIndenter(indent)
                    .withSeparators(com.fasterxml.jackson.core.util.Separators.createDefaultInstance()
                            .withObjectFieldValueSpacing(com.fasterxml.jackson.core.util.Separators.Spacing.AFTER)));
            g.writeStartObject();
            g.writeNumberField("format", FORMAT);
            g.writeStringField("standard", standard);
            g.writeStringField("version", version);
            g.writeStringField("algorithm", "SHA-256");
            g.writeObjectFieldStart("files");
            for (Map.Entry<String, String> e : files.entrySet()) g.writeStringField(e.getKey(), e.getValue());
            g.writeEndObject();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.write('\n');
        return out.toByteArray();
    }

    /** The manifest of a release, or empty with an error when it is missing, not JSON or not a manifest. */
    static Optional<ReleaseManifest> read(Path file, Diagnostics diagnostics) {
        SourcePosition at = SourcePosition.of(file);
        if (!Files.isRegularFile(file)) {
            diagnostics.error(at, "release-manifest-missing", "release " + file.getParent().getFileName()
                    + " has no " + FILE + ": a release folder is written by `bulwark release`, which lists and hashes "
                    + "its files there; restore it from version control");
            return Optional.empty();
        }
        try (JsonParser p = JSON.createParser(Files.readAllBytes(file))) {
            return new Reader(p, at, diagnostics).manifest();
        } catch (JsonProcessingException e) {
            JsonLocation l = e.getLocation();
            diagnostics.error(l == null ? at : at.at(l.getLineNr(), l.getColumnNr()), "release-manifest",
                    FILE + " is not valid JSON: " + e.getOriginalMessage().lines().findFirst().orElse(""));
            return Optional.empty();
        } catch (IOException e) {
            diagnostics.error(at, "io", "cannot read file: " + e.getMessage());
            return Optional.empty();
        }
    }

    /** Reads the document token by token, so every problem has its line and column. */
    private static final class Reader {
        private final JsonParser p;
        private final SourcePosition at;
        private final Diagnostics diagnostics;
        private boolean ok = true;

        Reader(JsonParser p, SourcePosition at, Diagnostics diagnostics) {
            this.p = p;
            this.at = at;
            this.diagnostics = diagnostics;
        }

        Optional<ReleaseManifest> manifest() throws IOException {
            if (p.nextToken() != JsonToken.START_OBJECT) return fail("must be a JSON object");
            String standard = null;
            String version = null;
            SortedMap<String, String> files = null;
            Map<String, SourcePosition> positions = new LinkedHashMap<>();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String key = p.currentName();
                SourcePosition keyAt = here();
                p.nextToken();
                switch (key) {
                    case "format" -> {
                        if (!p.currentToken().isNumeric() || p.getIntValue() != FORMAT) {
                            error(here(), "format " + p.getText() + " is not one this Bulwark reads (" + FORMAT + ")");
                        }
                    }
                    case "standard" -> standard = string(key);
                    case "version" -> version = string(key);
                    case "algorithm" -> {
                        String algorithm = string(key);
                        if (algorithm != null && !algorithm.equals("SHA-256")) error(here(), "algorithm must be SHA-256");
                    }
                    case "files" -> files = files(positions);
                    default -> {
                        error(keyAt, "unknown key '" + key + "'");
                        p.skipChildren();
                    }
                }
            }
            p.nextToken(); // past the end, so trailing content is reported as JSON trouble
            for (String key : new String[] {"standard", "version", "files"}) {
                boolean missing = switch (key) {
                    case "standard" -> standard == null;
                    case "version" -> version == null;
                    default -> files == null;
                };
                if (missing) error(at.at(1, 1), "has no '" + key + "'");
            }
            if (!ok) return Optional.empty();
            return Optional.of(new ReleaseManifest(standard, version, Collections.unmodifiableSortedMap(files),
                    Map.copyOf(positions)));
        }

        private SortedMap<String, String> files(Map<String, SourcePosition> positions) throws IOException {
            SortedMap<String, String> out = new TreeMap<>();
            if (p.currentToken() != JsonToken.START_OBJECT) {
                error(here(), "'files' must be an object of file paths and their SHA-256");
                p.skipChildren();
                return out;
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String path = p.currentName();
                SourcePosition pathAt = here();
                p.nextToken();
                String hash = p.currentToken() == JsonToken.VALUE_STRING ? p.getText() : null;
                if (hash == null || !SHA256.matcher(hash).matches()) {
                    error(here(), "the SHA-256 of " + path + " must be 64 lower-case hex digits");
                    p.skipChildren();
                } else if (!safe(path)) {
                    error(pathAt, "'" + path + "' is not a path inside the release folder");
                } else {
                    out.put(path, hash);
                    positions.put(path, pathAt);
                }
            }
            return out;
        }

        /** Relative, '/'-separated, no '..', no hidden part: a path that stays inside the folder. */
        private static boolean safe(String path) {
            if (path.isEmpty() || path.startsWith("/") || path.contains("\\") || path.contains(":")) return false;
            for (String part : path.split("/", -1)) {
                if (part.isEmpty() || part.startsWith(".")) return false;
            }
            return true;
        }

        private String string(String key) throws IOException {
            if (p.currentToken() == JsonToken.VALUE_STRING) return p.getText();
            error(here(), "'" + key + "' must be a string");
            p.skipChildren();
            return null;
        }

        private SourcePosition here() {
            JsonLocation l = p.currentTokenLocation();
            return at.at(l.getLineNr(), l.getColumnNr());
        }

        private void error(SourcePosition where, String message) {
            ok = false;
            diagnostics.error(where, "release-manifest", FILE + " " + message);
        }

        private Optional<ReleaseManifest> fail(String message) {
            error(here(), message);
            return Optional.empty();
        }
    }
}
