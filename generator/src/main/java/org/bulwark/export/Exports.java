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
        JSON(ControlsJson.FILE),
        CSV(BaselineCsv.FILE),
        OSCAL(OscalCatalog.FILE),
        OSCAL_PROFILE(OscalProfile.FILE),
        JSON_SCHEMA(ControlsJson.SCHEMA_FILE);

        private final String file;

        Format(String file) {
            this.file = file;
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
