package org.bulwark.render;

import java.util.LinkedHashMap;
import java.util.Map;

/** Builds the plain maps handed to templates (strings, numbers, booleans, lists, maps only). */
final class Data {
    private Data() {}

    static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            Object v = keysAndValues[i + 1];
            if (v != null) m.put((String) keysAndValues[i], v);
        }
        return m;
    }
}
