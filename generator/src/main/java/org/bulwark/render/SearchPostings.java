package org.bulwark.render;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The inverted index: for each word, the documents it occurs in and the best field it occurs
 * in there (title, statement, body). Documents must be added in order.
 *
 * <p>A word's postings are written as one string: per document, {@code (gap << 2) | field}
 * where gap is the distance from the previous document, as a base-32 number whose last digit
 * comes from {@link #LAST} and earlier digits from {@link #MORE}. Most postings take one
 * character, need no separator and no JSON escaping; search.js decodes only the words a query
 * touches.
 */
final class SearchPostings {
    static final String LAST = "0123456789ABCDEFGHIJKLMNOPQRSTUV";
    static final String MORE = "WXYZabcdefghijklmnopqrstuvwxyz+/";
    private static final byte[] LAST_DIGITS = LAST.getBytes(StandardCharsets.US_ASCII);
    private static final byte[] MORE_DIGITS = MORE.getBytes(StandardCharsets.US_ASCII);

    /** Fields by weight: the higher, the better a match there ranks. */
    static final int BODY = 0;
    static final int STATEMENT = 1;
    static final int TITLE = 2;

    /**
     * Open addressing from a word to its postings, looked up from the tokenizer's buffer: a word
     * seen before costs no allocation. Sorted once, at the end.
     */
    private Word[] table = new Word[1 << 12];
    private int count;

    /**
     * A word and its postings: {@code doc << 2 | field} per document, in document order (an int
     * each, so up to 2^29 documents).
     */
    private static final class Word {
        final char[] chars;
        final int hash;
        int[] postings = new int[4];
        int size;

        Word(char[] chars, int hash) {
            this.chars = chars;
            this.hash = hash;
        }
    }

    void add(int doc, int field, List<String> words) {
        for (String w : words) add(doc, field, w.toCharArray(), w.length(), w.hashCode());
    }

    /** Adds a word of {@link SearchWords.Sink}: {@code hash} is its {@link String#hashCode()}. */
    void add(int doc, int field, char[] chars, int length, int hash) {
        Word word = find(chars, length, hash);
        int[] p = word.postings;
        int n = word.size;
        int last = n == 0 ? -1 : p[n - 1] >>> 2;
        if (last == doc) {
            if ((p[n - 1] & 3) < field) p[n - 1] = doc << 2 | field;
            return;
        }
        if (last > doc) throw new IllegalStateException("documents out of order");
        if (n == p.length) word.postings = p = Arrays.copyOf(p, n * 2);
        p[n] = doc << 2 | field;
        word.size = n + 1;
    }

    private Word find(char[] chars, int length, int hash) {
        int mask = table.length - 1;
        for (int i = (hash ^ hash >>> 16) & mask; ; i = (i + 1) & mask) {
            Word w = table[i];
            if (w == null) {
                w = new Word(Arrays.copyOf(chars, length), hash);
                table[i] = w;
                if (++count * 2 > table.length) grow();
                return w;
            }
            if (w.hash == hash && Arrays.equals(w.chars, 0, w.chars.length, chars, 0, length)) return w;
        }
    }

    private void grow() {
        Word[] old = table;
        table = new Word[old.length * 2];
        int mask = table.length - 1;
        for (Word w : old) {
            if (w == null) continue;
            int i = (w.hash ^ w.hash >>> 16) & mask;
            while (table[i] != null) i = (i + 1) & mask;
            table[i] = w;
        }
    }

    /**
     * Words in sorted order (UTF-16 order, as JavaScript compares strings), each with its
     * encoded postings in ASCII: ready to be written, and nothing in them needs escaping.
     */
    Map<String, byte[]> sorted() {
        List<Map.Entry<String, Word>> words = new ArrayList<>(count);
        for (Word w : table) {
            if (w != null) words.add(Map.entry(new String(w.chars), w));
        }
        words.sort(Map.Entry.comparingByKey());
        Map<String, byte[]> out = new LinkedHashMap<>(count * 2);
        for (Map.Entry<String, Word> e : words) out.put(e.getKey(), encode(e.getValue()));
        return out;
    }

    /** {@link #sorted()} as strings. */
    Map<String, String> encoded() {
        Map<String, String> out = new LinkedHashMap<>();
        sorted().forEach((w, p) -> out.put(w, new String(p, StandardCharsets.US_ASCII)));
        return out;
    }

    private static byte[] encode(Word word) {
        byte[] out = new byte[word.size * 7]; // a gap of an int document takes at most 7 digits
        int n = 0;
        int previous = 0;
        for (int i = 0; i < word.size; i++) {
            int doc = word.postings[i] >>> 2;
            long value = ((long) (doc - previous) << 2) | (word.postings[i] & 3);
            int digits = 1;
            for (long v = value >>> 5; v > 0; v >>>= 5) digits++;
            for (int d = digits - 1; d > 0; d--) out[n++] = MORE_DIGITS[(int) (value >>> 5 * d) & 31];
            out[n++] = LAST_DIGITS[(int) value & 31];
            previous = doc;
        }
        return Arrays.copyOf(out, n);
    }

    /** Decodes one word's postings to [doc, field, ...]; the inverse of {@link #sorted()}'s encoding. */
    static List<int[]> decode(String s) {
        List<int[]> out = new ArrayList<>();
        long v = 0;
        int doc = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int more = MORE.indexOf(c);
            if (more >= 0) {
                v = (v << 5) | more;
                continue;
            }
            v = (v << 5) | LAST.indexOf(c);
            doc += (int) (v >>> 2);
            out.add(new int[] {doc, (int) (v & 3)});
            v = 0;
        }
        return out;
    }
}
