package org.bulwark.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

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

        /** The name {@code --format} takes: {@code json}, {@code csv}, {@code oscal}, {@code oscal-profile}, ... */
        public String option() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /** Site path -> bytes of every export. */
    public static Map<String, byte[]> all(ExportInput input) {
        Prose prose = new Prose(input);
        // formats are independent of each other: built in parallel, returned in a fixed order
        Map<Format, byte[]> built = new java.util.concurrent.ConcurrentHashMap<>();
        java.util.Arrays.stream(Format.values()).parallel().forEach(f -> built.put(f, build(f, input, prose)));
        Map<String, byte[]> out = new LinkedHashMap<>();
        for (Format f : Format.values()) out.put(f.file(), built.get(f));
        return out;
    }

    /** The bytes of one export, the same as {@link #all} writes for it. */
    public static byte[] one(Format format, ExportInput input) {
        return build(format, input, new Prose(input));
    }

    /**
     * A JSON export indented for a reader ({@code export --pretty}): the site's exports are
     * compact, since each byte is also hashed for the manifest and written, but a person
     * reading or diffing one wants it indented. Same tokens, same order.
     */
    public static byte[] pretty(byte[] json) {
        return JsonDocument.pretty(json);
    }

    private static byte[] build(Format format, ExportInput input, Prose prose) {
        return switch (format) {
            case JSON -> new ControlsJson(input, prose).build();
            case CSV -> new BaselineCsv(input, prose).build();
            case OSCAL -> new OscalCatalog(input, prose).build();
            case OSCAL_PROFILE -> new OscalProfile(input).build();
            case JSON_SCHEMA -> controlsSchema();
        };
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
