package org.bulwark.history;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Two versions of a text compared word by word (java-diff-utils' Myers diff over word
 * tokens). Whitespace is kept as tokens of its own, so joining the segments gives back the new
 * text, and the deleted and inserted runs can be shown with {@code <del>} and {@code <ins>};
 * two runs of whitespace count as equal, so re-wrapping a paragraph is no change.
 */
public record WordDiff(List<Segment> segments) {
    /** What a run of text is in the comparison. */
    public enum Op { EQUAL, INSERT, DELETE }

    /** A run of text: kept, inserted or deleted. */
    public record Segment(Op op, String text) {}

    /**
     * Words (letters, digits, underscore; joined by inner dots and hyphens, so {@code IAM.2},
     * {@code DP-03} and {@code 1.10} are one word each), runs of whitespace, and every other
     * character alone.
     */
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}_]+([.-][\\p{L}\\p{N}_]+)*|\\s+|.",
            Pattern.DOTALL);

    public static WordDiff of(String before, String after) {
        List<String> a = tokens(before);
        List<String> b = tokens(after);
        List<Segment> out = new ArrayList<>();
        int ib = 0;
        for (AbstractDelta<String> d : DiffUtils.diff(a, b, WordDiff::same).getDeltas()) {
            // what lies between two changes is equal on both sides: the new text's tokens are shown
            for (int k = ib; k < d.getTarget().getPosition(); k++) add(out, Op.EQUAL, b.get(k));
            for (String t : d.getSource().getLines()) add(out, Op.DELETE, t);
            for (String t : d.getTarget().getLines()) add(out, Op.INSERT, t);
            ib = d.getTarget().getPosition() + d.getTarget().size();
        }
        for (int k = ib; k < b.size(); k++) add(out, Op.EQUAL, b.get(k));
        // each pass can make room for the next (a space folded in lengthens the changes beside a word)
        List<Segment> clean = absorbSpaces(out);
        for (int pass = 0; pass < 8 && !clean.equals(out); pass++) {
            out = clean;
            clean = absorbSpaces(out);
        }
        return new WordDiff(List.copyOf(clean));
    }

    static List<String> tokens(String text) {
        return split(text.strip());
    }

    private static List<String> split(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) out.add(m.group());
        return out;
    }

    /**
     * The segments with long unchanged stretches cut down to {@code context} words on each side
     * of a change, the cut marked "…": a long guidance text shows where it changed, not all of itself.
     */
    public List<Segment> excerpt(int context) {
        List<Segment> out = new ArrayList<>();
        for (int i = 0; i < segments.size(); i++) {
            Segment s = segments.get(i);
            if (s.op() != Op.EQUAL) {
                out.add(s);
                continue;
            }
            List<String> t = split(s.text());
            boolean first = i == 0;
            boolean last = i == segments.size() - 1;
            int keepStart = first ? 0 : start(t, context);
            int keepEnd = last ? t.size() : end(t, context);
            if (first && last) {
                out.add(s);
            } else if (first) {
                out.add(new Segment(Op.EQUAL, cut(t, 0, 0, end(t, context), t.size())));
            } else if (last) {
                out.add(new Segment(Op.EQUAL, cut(t, 0, keepStart, t.size(), t.size())));
            } else if (keepStart >= end(t, context)) {
                out.add(s);
            } else {
                out.add(new Segment(Op.EQUAL, cut(t, 0, keepStart, keepEnd, t.size())));
            }
        }
        return out;
    }

    /** Index after the first {@code n} words (and the whitespace that follows them). */
    private static int start(List<String> tokens, int n) {
        int words = 0;
        for (int i = 0; i < tokens.size(); i++) {
            if (isWord(tokens.get(i)) && ++words > n) return i;
        }
        return tokens.size();
    }

    /** Index of the first token of the last {@code n} words (not the whitespace before it). */
    private static int end(List<String> tokens, int n) {
        int words = 0;
        for (int i = tokens.size() - 1; i >= 0; i--) {
            if (isWord(tokens.get(i)) && ++words > n) {
                int j = i + 1;
                while (j < tokens.size() && tokens.get(j).isBlank()) j++;
                return j;
            }
        }
        return 0;
    }

    /** tokens[from, to) and [from2, end), with "…" where the middle was cut (the spaces at the cut become one). */
    private static String cut(List<String> tokens, int from, int to, int from2, int end) {
        if (to >= from2) return String.join("", tokens.subList(from, end));
        while (to > from && tokens.get(to - 1).isBlank()) to--;
        while (from2 < end && tokens.get(from2).isBlank()) from2++;
        String left = String.join("", tokens.subList(from, to));
        String right = String.join("", tokens.subList(from2, end));
        return (left.isEmpty() ? "" : left + " ") + "…" + (right.isEmpty() ? "" : " " + right);
    }

    private static boolean isWord(String token) {
        return Character.isLetterOrDigit(token.codePointAt(0));
    }

    private static boolean same(String a, String b) {
        return a.equals(b) || (a.isBlank() && b.isBlank());
    }

    private static void add(List<Segment> out, Op op, String text) {
        if (!out.isEmpty() && out.get(out.size() - 1).op() == op) {
            out.set(out.size() - 1, new Segment(op, out.get(out.size() - 1).text() + text));
        } else {
            out.add(new Segment(op, text));
        }
    }

    /**
     * A word diff of prose cuts a rewrite into a zebra of tiny changes around the short words
     * both versions happen to share ({@code <del>a</del><ins>b</ins> the <del>c</del><ins>d</ins>}).
     * As diff-match-patch's semantic clean-up does, an unchanged stretch between two changes that
     * is no longer than the changes on either side of it (or is only spaces and punctuation) is
     * folded into both: one deletion and one insertion. A stretch with a line break stays.
     */
    private static List<Segment> absorbSpaces(List<Segment> in) {
        List<Segment> out = new ArrayList<>();
        for (int i = 0; i < in.size(); i++) {
            Segment s = in.get(i);
            int leftStart = out.size();
            while (leftStart > 0 && out.get(leftStart - 1).op() != Op.EQUAL) leftStart--;
            int j = i + 1;
            while (j < in.size() && in.get(j).op() != Op.EQUAL) j++;
            if (s.op() != Op.EQUAL || leftStart == out.size() || j == i + 1) {
                out.add(s);
                continue;
            }
            List<Segment> left = new ArrayList<>(out.subList(leftStart, out.size()));
            List<Segment> right = in.subList(i + 1, j);
            StringBuilder[] l = sides(left);
            StringBuilder[] r = sides(right);
            int n = s.text().length();
            boolean small = !s.text().contains("\n") && n <= Math.max(l[0].length(), l[1].length())
                    && n <= Math.max(r[0].length(), r[1].length());
            boolean bothSides = l[0].length() + r[0].length() > 0 && l[1].length() + r[1].length() > 0;
            if (!(noWord(s.text()) || small) || !bothSides) {
                out.add(s);
                continue;
            }
            out.subList(leftStart, out.size()).clear();
            out.add(new Segment(Op.DELETE, l[0] + s.text() + r[0]));
            out.add(new Segment(Op.INSERT, l[1] + s.text() + r[1]));
            // the merged runs may meet another short stretch: go on from there
            i = j - 1;
        }
        return out;
    }

    /** The deleted and the inserted text of a run of changes. */
    private static StringBuilder[] sides(List<Segment> changes) {
        StringBuilder del = new StringBuilder();
        StringBuilder ins = new StringBuilder();
        for (Segment x : changes) (x.op() == Op.DELETE ? del : ins).append(x.text());
        return new StringBuilder[] {del, ins};
    }

    private static boolean noWord(String text) {
        return text.codePoints().noneMatch(Character::isLetterOrDigit);
    }

    /** True when some word changed (not only whitespace). */
    public boolean changed() {
        return segments.stream().anyMatch(s -> s.op() != Op.EQUAL);
    }

    /** The old text, as the segments have it. */
    public String before() {
        StringBuilder sb = new StringBuilder();
        for (Segment s : segments) if (s.op() != Op.INSERT) sb.append(s.text());
        return sb.toString();
    }

    /** The new text. */
    public String after() {
        StringBuilder sb = new StringBuilder();
        for (Segment s : segments) if (s.op() != Op.DELETE) sb.append(s.text());
        return sb.toString();
    }

    /** Words inserted and deleted, for a one-line summary ("+12 −3 words"). */
    public int words(Op op) {
        int n = 0;
        for (Segment s : segments) {
            if (s.op() != op) continue;
            for (String t : split(s.text())) if (isWord(t)) n++;
        }
        return n;
    }
}
