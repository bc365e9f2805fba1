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
        return new WordDiff(List.copyOf(absorbSpaces(out)));
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
     * A space or a punctuation mark kept between two changes splits what a reader sees as one
     * rewrite ({@code <del>a</del><ins>b</ins> <del>c</del><ins>d</ins>}): it joins both sides
     * instead, as diff-match-patch's semantic clean-up does.
     */
    private static List<Segment> absorbSpaces(List<Segment> in) {
        List<Segment> out = new ArrayList<>();
        for (int i = 0; i < in.size(); i++) {
            Segment s = in.get(i);
            boolean between = s.op() == Op.EQUAL && noWord(s.text()) && i > 0 && i + 1 < in.size()
                    && in.get(i - 1).op() != Op.EQUAL && in.get(i + 1).op() != Op.EQUAL;
            if (!between) {
                out.add(s);
                continue;
            }
            // the whitespace goes into the deleted and the inserted run on both sides of it
            List<Segment> left = new ArrayList<>();
            while (!out.isEmpty() && out.get(out.size() - 1).op() != Op.EQUAL) left.add(0, out.remove(out.size() - 1));
            int j = i + 1;
            List<Segment> right = new ArrayList<>();
            while (j < in.size() && in.get(j).op() != Op.EQUAL) right.add(in.get(j++));
            StringBuilder del = new StringBuilder();
            StringBuilder ins = new StringBuilder();
            for (Segment x : left) (x.op() == Op.DELETE ? del : ins).append(x.text());
            del.append(s.text());
            ins.append(s.text());
            for (Segment x : right) (x.op() == Op.DELETE ? del : ins).append(x.text());
            // the merged runs may meet another lone space: go round again from here
            List<Segment> merged = new ArrayList<>();
            if (del.length() > s.text().length()) merged.add(new Segment(Op.DELETE, del.toString()));
            if (ins.length() > s.text().length()) merged.add(new Segment(Op.INSERT, ins.toString()));
            if (merged.size() < 2) {
                // only one side changed: the space stays what it is
                out.addAll(left);
                out.add(s);
                continue;
            }
            out.addAll(merged);
            i = j - 1;
        }
        return out;
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
