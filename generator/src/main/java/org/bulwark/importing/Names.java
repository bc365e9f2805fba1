package org.bulwark.importing;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.bulwark.link.Slug;
import org.bulwark.model.Ids;

/**
 * Ids an importer makes up, each unique in its set: slugs of titles for areas, topics and
 * frameworks, and control or requirement ids from foreign ones. Two ids that differ only in
 * case count as the same (they would share a file on some file systems).
 */
final class Names {
    /** Slugs are cut at a word boundary to stay readable in URLs. */
    static final int MAX_SLUG = 48;

    private final Set<String> taken = new HashSet<>();

    /** True, and taken, when {@code id} is still free. */
    boolean claim(String id) {
        return taken.add(id.toLowerCase(Locale.ROOT));
    }

    /** {@code id}, or {@code id-2}, {@code id-3}... whichever is free first; taken. */
    String unique(String id) {
        String candidate = id;
        for (int n = 2; !claim(candidate); n++) candidate = id + "-" + n;
        return candidate;
    }

    /** A slug of {@code text} ({@code Access Control} -> {@code access-control}), or of {@code fallback}. */
    static String slug(String text, String fallback) {
        String s = asciiSlug(text);
        if (s.isEmpty()) s = asciiSlug(fallback);
        if (s.isEmpty() || !Ids.SLUG.matcher(s).matches()) return "";
        if (s.length() <= MAX_SLUG) return s;
        int cut = s.lastIndexOf('-', MAX_SLUG);
        return cut > 0 ? s.substring(0, cut) : s.substring(0, MAX_SLUG);
    }

    /**
     * A valid control or requirement id made from {@code raw}: characters outside the id
     * alphabet become '-', leading punctuation goes, the length is capped. Empty when nothing
     * usable is left.
     */
    static String controlId(String raw) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < raw.length() && sb.length() < 64; i++) {
            char c = raw.charAt(i);
            boolean letterOrDigit = c < 128 && Character.isLetterOrDigit(c);
            if (sb.length() == 0 && !letterOrDigit) continue;
            if (letterOrDigit || c == '.' || c == '_' || c == '(' || c == ')' || c == '-') sb.append(c);
            else if (sb.charAt(sb.length() - 1) != '-') sb.append('-');
        }
        int end = sb.length();
        while (end > 0 && !Character.isLetterOrDigit(sb.charAt(end - 1)) && sb.charAt(end - 1) != ')') end--;
        String id = sb.substring(0, end);
        return Ids.CONTROL.matcher(id).matches() ? id : "";
    }

    /** Slug.of, or "" where it found no ASCII letter or digit (it says "section" then). */
    private static String asciiSlug(String text) {
        if (text == null) return "";
        String s = Slug.of(text);
        return s.equals("section") && !text.toLowerCase(Locale.ROOT).contains("section") ? "" : s;
    }
}
