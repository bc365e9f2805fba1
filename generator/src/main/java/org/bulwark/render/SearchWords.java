package org.bulwark.render;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * How text becomes search words. The browser (assets/search.js, {@code words}) splits a query
 * the same way, so both sides must change together: fold accents, lower-case, split on anything
 * but letters and digits, drop one-letter words and a few words every control contains.
 *
 * <p>That is, exactly: NFKD, remove {@code \p{M}}, {@code toLowerCase(Locale.ROOT)}, split on
 * {@code [^\p{L}\p{N}]+}, keep words of 2 to {@link #MAX_LENGTH} UTF-16 units not in {@link
 * #STOP}. The tokenizer below does it in one pass over the characters, since it runs over every
 * text of the site: ASCII text, nearly all of it, needs neither normalising nor lower-casing
 * beyond A-Z, so only a text holding another character is folded as a whole first.
 */
final class SearchWords {
    /** Normative and filler words: in nearly every statement, so they would only slow search. */
    static final Set<String> STOP = Set.of("an", "and", "are", "as", "at", "be", "by", "for", "from", "has",
            "have", "in", "is", "it", "its", "of", "on", "or", "that", "the", "this", "to", "was", "were", "will",
            "with", "must", "should", "may", "shall");

    static final int MAX_LENGTH = 40;

    /** STOP by hash, one word per slot, so that a word is checked without making a String of it. */
    private static final String[] STOP_BY_HASH = stopByHash();

    /** Receives each word of a text in a buffer reused for the next word. */
    interface Sink {
        /** {@code hash} is the word's {@link String#hashCode()}. */
        void word(char[] chars, int length, int hash);
    }

    private SearchWords() {}

    static List<String> of(String text) {
        List<String> out = new ArrayList<>();
        forEach(text, (chars, length, hash) -> out.add(new String(chars, 0, length)));
        return out;
    }

    /** Passes the words of a text to a sink, in order, repeats included. */
    static void forEach(String text, Sink sink) {
        if (text == null || text.isEmpty()) return;
        char[] chars = text.toCharArray(); // indexing an array is much cheaper than charAt under C1
        split(isAscii(chars) ? chars : fold(text).toCharArray(), sink);
    }

    private static boolean isAscii(char[] chars) {
        for (char c : chars) {
            if (c >= 0x80) return false;
        }
        return true;
    }

    /** NFKD without marks, lower-cased as a whole (a final sigma depends on its neighbours). */
    private static String fold(String text) {
        String d = Normalizer.normalize(text, Normalizer.Form.NFKD);
        StringBuilder sb = new StringBuilder(d.length());
        for (int i = 0; i < d.length(); ) {
            int c = d.codePointAt(i);
            int n = Character.charCount(c);
            if (!isMark(c)) sb.append(d, i, i + n);
            i += n;
        }
        return sb.toString().toLowerCase(Locale.ROOT);
    }

    /**
     * Splits text that is ASCII or folded: ASCII letters are lower-cased here (a no-op on folded
     * text), other characters are taken as they are.
     */
    private static void split(char[] s, Sink sink) {
        char[] word = new char[MAX_LENGTH];
        int length = 0; // of the whole run, which may be longer than the buffer
        for (int i = 0; i < s.length; i++) {
            char c = s[i];
            if (c < 0x80) {
                if (c >= 'A' && c <= 'Z') c += 'a' - 'A';
                if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                    if (length < MAX_LENGTH) word[length] = c;
                    length++;
                    continue;
                }
            } else if (isLetterOrNumber(Character.codePointAt(s, i))) {
                if (length < MAX_LENGTH) word[length] = c;
                length++;
                if (Character.isHighSurrogate(c) && i + 1 < s.length && Character.isLowSurrogate(s[i + 1])) {
                    if (length < MAX_LENGTH) word[length] = s[i + 1];
                    length++;
                    i++;
                }
                continue;
            }
            emit(word, length, sink);
            length = 0;
        }
        emit(word, length, sink);
    }

    private static void emit(char[] word, int length, Sink sink) {
        if (length < 2 || length > MAX_LENGTH) return;
        int hash = 0;
        for (int i = 0; i < length; i++) hash = 31 * hash + word[i];
        if (!isStop(word, length, hash)) sink.word(word, length, hash);
    }

    private static boolean isStop(char[] word, int length, int hash) {
        String stop = STOP_BY_HASH[hash & (STOP_BY_HASH.length - 1)];
        if (stop == null || stop.length() != length) return false;
        for (int i = 0; i < length; i++) {
            if (stop.charAt(i) != word[i]) return false;
        }
        return true;
    }

    /** The smallest table where no two stop words share a slot. */
    private static String[] stopByHash() {
        for (int size = 64; ; size *= 2) {
            String[] table = new String[size];
            boolean shared = false;
            for (String s : STOP) {
                int slot = s.hashCode() & (size - 1);
                shared |= table[slot] != null;
                table[slot] = s;
            }
            if (!shared) return table;
        }
    }

    /** {@code \p{M}}. */
    private static boolean isMark(int c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }

    /** {@code [\p{L}\p{N}]}. */
    private static boolean isLetterOrNumber(int c) {
        return switch (Character.getType(c)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                    Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER,
                    Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
            default -> false;
        };
    }
}
