package org.bulwark.render;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How text becomes search words. The browser (assets/search.js, {@code words}) splits a query
 * the same way, so both sides must change together: fold accents, lower-case, split on anything
 * but letters and digits, drop one-letter words and a few words every control contains.
 */
final class SearchWords {
    /** Normative and filler words: in nearly every statement, so they would only slow search. */
    static final Set<String> STOP = Set.of("an", "and", "are", "as", "at", "be", "by", "for", "from", "has",
            "have", "in", "is", "it", "its", "of", "on", "or", "that", "the", "this", "to", "was", "were", "will",
            "with", "must", "should", "may", "shall");

    static final int MAX_LENGTH = 40;

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPLIT = Pattern.compile("[^\\p{L}\\p{N}]+");

    private SearchWords() {}

    static List<String> of(String text) {
        List<String> out = new ArrayList<>();
        if (text == null || text.isEmpty()) return out;
        String folded = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("")
                .toLowerCase(Locale.ROOT);
        for (String w : SPLIT.split(folded)) {
            if (w.length() >= 2 && w.length() <= MAX_LENGTH && !STOP.contains(w)) out.add(w);
        }
        return out;
    }
}
