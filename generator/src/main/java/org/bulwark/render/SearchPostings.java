package org.bulwark.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

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

    /** Fields by weight: the higher, the better a match there ranks. */
    static final int BODY = 0;
    static final int STATEMENT = 1;
    static final int TITLE = 2;

    /** word -> [doc, field, doc, field, ...] in document order. */
    private final TreeMap<String, IntList> postings = new TreeMap<>();

    void add(int doc, int field, List<String> words) {
        for (String w : words) {
            IntList list = postings.computeIfAbsent(w, k -> new IntList());
            int n = list.size();
            if (n >= 2 && list.get(n - 2) == doc) {
                if (list.get(n - 1) < field) list.set(n - 1, field);
            } else {
                if (n >= 2 && list.get(n - 2) > doc) throw new IllegalStateException("documents out of order");
                list.add(doc);
                list.add(field);
            }
        }
    }

    /** Words in sorted order (UTF-16 order, as JavaScript compares strings). */
    Map<String, String> encoded() {
        Map<String, String> out = new TreeMap<>();
        for (Map.Entry<String, IntList> e : postings.entrySet()) out.put(e.getKey(), encode(e.getValue()));
        return out;
    }

    static String encode(IntList list) {
        StringBuilder sb = new StringBuilder(list.size());
        int previous = 0;
        for (int i = 0; i < list.size(); i += 2) {
            int doc = list.get(i);
            appendNumber(sb, ((long) (doc - previous) << 2) | list.get(i + 1));
            previous = doc;
        }
        return sb.toString();
    }

    static void appendNumber(StringBuilder sb, long value) {
        int start = sb.length();
        sb.append(LAST.charAt((int) (value & 31)));
        for (long v = value >>> 5; v > 0; v >>>= 5) sb.insert(start, MORE.charAt((int) (v & 31)));
    }

    /** Decodes one word's postings to [doc, field, ...]; the inverse of {@link #encode}. */
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

    /** A growable int array: the postings of 10,000 controls are millions of ints. */
    static final class IntList {
        private int[] values = new int[8];
        private int size;

        int size() {
            return size;
        }

        int get(int i) {
            return values[i];
        }

        void set(int i, int v) {
            values[i] = v;
        }

        void add(int v) {
            if (size == values.length) values = java.util.Arrays.copyOf(values, size * 2);
            values[size++] = v;
        }
    }
}
