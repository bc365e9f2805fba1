package org.bulwark.export;

import java.util.LinkedHashMap;
import java.util.Map;

/** The machine-readable files written beside the site and by {@code export}. */
public final class Exports {
    private Exports() {}

    /** Site path -> bytes of every export. */
    public static Map<String, byte[]> all(ExportInput input) {
        Map<String, byte[]> out = new LinkedHashMap<>();
        return out;
    }
}
