package org.bulwark.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The machine-readable files written beside the site and by {@code export}: each format is
 * built by one class, from the same {@link ExportInput}, so both give the same bytes.
 */
public final class Exports {
    private Exports() {}

    /** One export, as {@code export --format} names it. */
    public enum Format {
        JSON(ControlsJson.FILE, true),
        CSV(BaselineCsv.FILE, false),
        CONTROLS_CSV(ControlsCsv.FILE, false),
        OSCAL(OscalCatalog.FILE, true),
        OSCAL_PROFILE(OscalProfile.FILE, true),
        JSON_SCHEMA(ControlsJson.SCHEMA_FILE, true);

        private final String file;
        private final boolean json;

        Format(String file, boolean json) {
            this.file = file;
            this.json = json;
        }

        /** Whether it is a JSON document, which {@link #pretty} can indent. */
        public boolean json() {
            return json;
        }

        /** Where the site holds it, relative to the site root. */
        public String file() {
            return file;
        }

        /** The name {@code --format} takes: {@code json}, {@code csv}, {@code controls-csv}, {@code oscal}, ... */
        public String option() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /** Where {@link #all(ExportInput, Sink)} writes: a file of the site and what writes it. */
    public interface Sink {
        void write(String file, Consumer<OutputStream> content);
    }

    /**
     * Writes every export to {@code sink}, each streamed as it is made: the exports of a large
     * standard are tens of megabytes, which held as byte arrays took the heap's largest blocks
     * and full collections to move them. Formats are independent: they are written in parallel.
     */
    public static void all(ExportInput input, Sink sink) {
        Prose prose = new Prose(input);
        java.util.Arrays.stream(Format.values()).parallel()
                .forEach(f -> sink.write(f.file(), out -> write(f, input, prose, out)));
    }

    /** Site path -> bytes of every export, in {@link Format} order. */
    public static Map<String, byte[]> all(ExportInput input) {
        Map<String, byte[]> built = new java.util.concurrent.ConcurrentHashMap<>();
        all(input, (file, content) -> built.put(file, JsonDocument.bytes(content)));
        Map<String, byte[]> out = new LinkedHashMap<>();
        for (Format f : Format.values()) out.put(f.file(), built.get(f.file()));
        return out;
    }

    /** The bytes of one export, the same as {@link #all} writes for it. */
    public static byte[] one(Format format, ExportInput input) {
        Prose prose = new Prose(input);
        return JsonDocument.bytes(out -> write(format, input, prose, out));
    }

    /**
     * A JSON export indented for a reader ({@code export --pretty}): the site's exports are
     * compact, since each byte is also hashed for the manifest and written, but a person
     * reading or diffing one wants it indented. Same tokens, same order.
     */
    public static byte[] pretty(byte[] json) {
        return JsonDocument.pretty(json);
    }

    private static void write(Format format, ExportInput input, Prose prose, OutputStream out) {
        switch (format) {
            case JSON -> new ControlsJson(input, prose).write(out);
            case OSCAL -> new OscalCatalog(input, prose).write(out);
            case OSCAL_PROFILE -> new OscalProfile(input).write(out);
            case CSV -> copy(new BaselineCsv(input, prose).build(), out);
            case CONTROLS_CSV -> copy(new ControlsCsv(input).build(), out);
            case JSON_SCHEMA -> copy(controlsSchema(), out);
        }
    }

    private static void copy(byte[] bytes, OutputStream out) {
        try {
            out.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The JSON Schema of controls.json, shipped in the jar and written beside it. */
    public static byte[] controlsSchema() {
        try (InputStream in = Exports.class.getResourceAsStream(ControlsJson.SCHEMA_FILE)) {
            if (in == null) throw new IllegalStateException("the jar lacks " + ControlsJson.SCHEMA_FILE);
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
