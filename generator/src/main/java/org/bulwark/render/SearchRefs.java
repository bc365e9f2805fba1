package org.bulwark.render;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Identifiers looked up whole: a framework identifier ({@code AC-2}, {@code IA-2(1)},
 * {@code 1.10}, {@code IAM.6}) or a verification ref ({@code iam-user-mfa-enabled}) -> the
 * documents it leads to, the cross-walk entry first, then the controls citing or verifying with
 * it. Words alone cannot find them: {@code AC-2} is the words "ac" and "2", the second too short
 * to index, the first the start of "access".
 *
 * <p>Written as {@code refs: [[key, doc, doc, ...], ...]}, keys sorted in UTF-16 order (as
 * JavaScript compares strings): arrays rather than an object, since a key is free text and
 * {@code __proto__} in an object literal would be a prototype, not a key. search.js matches a
 * query by {@link #key}.
 */
final class SearchRefs {
    /** White space as JavaScript's {@code \\s} knows it, no-break space included. */
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff]+");

    private final Map<String, java.util.LinkedHashSet<Integer>> docs = new TreeMap<>();

    /**
     * The key of an identifier or a query: lower case, runs of white space as one space, no
     * space at either end. search.js computes the same from the query.
     */
    static String key(String identifier) {
        return SPACES.matcher(identifier).replaceAll(" ").strip().toLowerCase(Locale.ROOT);
    }

    /** Adds documents to an identifier, each once, in the order given. */
    void add(String identifier, List<Integer> found) {
        String key = key(identifier);
        if (key.isEmpty()) return;
        docs.computeIfAbsent(key, k -> new java.util.LinkedHashSet<>()).addAll(found);
    }

    /** Key -> documents, keys sorted. */
    Map<String, List<Integer>> all() {
        Map<String, List<Integer>> out = new java.util.LinkedHashMap<>();
        docs.forEach((k, v) -> out.put(k, List.copyOf(v)));
        return out;
    }

    void write(JsonGenerator g) throws IOException {
        g.writeArrayFieldStart("refs");
        for (Map.Entry<String, java.util.LinkedHashSet<Integer>> e : docs.entrySet()) {
            g.writeStartArray();
            g.writeString(e.getKey());
            for (int d : e.getValue()) g.writeNumber(d);
            g.writeEndArray();
        }
        g.writeEndArray();
    }
}
