package org.bulwark.history;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A version of a standard, ordered the way people number releases: {@code 1.10.0} after
 * {@code 1.9.2}, {@code 2026.2} after {@code 2026.1}.
 *
 * <p>Written {@code [v]MAIN[-PRE]}: MAIN is segments of letters and digits joined by dots,
 * the first one a number; PRE, after the first hyphen, is the same kind of segments and marks
 * a pre-release. Rules, in order:
 * <ul>
 * <li>MAIN is compared segment by segment: numbers as numbers ({@code 010} = {@code 10}),
 * other segments as text, case-insensitively; a number sorts before text
 * ({@code 1.0.9} &lt; {@code 1.0.rc}).</li>
 * <li>A missing segment counts as {@code 0}: {@code 1.0} = {@code 1.0.0} = {@code 1}.</li>
 * <li>A pre-release sorts before the same MAIN without one ({@code 1.1.0-rc.1} &lt;
 * {@code 1.1.0}); pre-releases compare segment by segment as above, and one that runs out
 * first sorts first ({@code -rc} &lt; {@code -rc.1}), as in Semantic Versioning.</li>
 * <li>A leading {@code v} is a spelling only: {@code v2025.02.25} = {@code 2025.2.25}.</li>
 * </ul>
 * Two spellings of one version ({@code 1.0}, {@code 1.0.0}) are equal here; {@link #text()}
 * keeps the spelling, which names the release folder and its URL.
 */
public final class Version implements Comparable<Version> {
    /** At most 64 characters: versions become folder names and URL path segments. */
    private static final Pattern FORM = Pattern.compile(
            "[vV]?[0-9]+(\\.[0-9A-Za-z]+)*(-[0-9A-Za-z]+(\\.[0-9A-Za-z]+)*)?");
    private static final int MAX_LENGTH = 64;

    private final String text;
    private final List<Object> main;
    private final List<Object> pre;

    private Version(String text, List<Object> main, List<Object> pre) {
        this.text = text;
        this.main = main;
        this.pre = pre;
    }

    /** The version, or empty when the text is not one (see the class comment for the form). */
    public static Optional<Version> parse(String text) {
        if (text == null || text.length() > MAX_LENGTH || !FORM.matcher(text).matches()) return Optional.empty();
        String body = text.charAt(0) == 'v' || text.charAt(0) == 'V' ? text.substring(1) : text;
        int hyphen = body.indexOf('-');
        List<Object> main = segments(hyphen < 0 ? body : body.substring(0, hyphen));
        // trailing zeros are spelling: 1.0 and 1.0.0 are one version
        while (main.size() > 1 && BigInteger.ZERO.equals(main.get(main.size() - 1))) main.remove(main.size() - 1);
        List<Object> pre = hyphen < 0 ? List.of() : segments(body.substring(hyphen + 1));
        return Optional.of(new Version(text, List.copyOf(main), List.copyOf(pre)));
    }

    /** What a version looks like, for messages. */
    public static String form() {
        return "numbers and words joined by dots, starting with a number (1.0.0, 2026.1, 1.1.0-rc.1)";
    }

    private static List<Object> segments(String dotted) {
        List<Object> out = new ArrayList<>();
        for (String s : dotted.split("\\.")) {
            out.add(s.chars().allMatch(Character::isDigit) ? new BigInteger(s) : s.toLowerCase(Locale.ROOT));
        }
        return out;
    }

    /** The version as it is written. */
    public String text() {
        return text;
    }

    /**
     * The smallest usual step after this version, for suggestions: the release of a
     * pre-release ({@code 1.1.0-rc.1} -> {@code 1.1.0}), else the last number one up
     * ({@code 1.1.0} -> {@code 1.1.1}, {@code 2026.1} -> {@code 2026.2}).
     */
    public Version next() {
        int hyphen = text.indexOf('-');
        if (hyphen >= 0) return parse(text.substring(0, hyphen)).orElseThrow();
        String[] parts = text.split("\\.");
        for (int i = parts.length - 1; i >= 0; i--) {
            String digits = i == 0 ? parts[0].replaceFirst("^[vV]", "") : parts[i];
            if (!digits.isEmpty() && digits.chars().allMatch(Character::isDigit)) {
                parts[i] = parts[i].substring(0, parts[i].length() - digits.length()) + new BigInteger(digits).add(BigInteger.ONE);
                return parse(String.join(".", parts)).orElseThrow();
            }
        }
        return parse(text + ".1").orElseThrow();
    }

    public boolean isPreRelease() {
        return !pre.isEmpty();
    }

    @Override
    public int compareTo(Version o) {
        int n = Math.max(main.size(), o.main.size());
        for (int i = 0; i < n; i++) {
            int c = compareSegment(i < main.size() ? main.get(i) : BigInteger.ZERO,
                    i < o.main.size() ? o.main.get(i) : BigInteger.ZERO);
            if (c != 0) return c;
        }
        if (pre.isEmpty() || o.pre.isEmpty()) return Boolean.compare(pre.isEmpty(), o.pre.isEmpty());
        for (int i = 0; i < Math.min(pre.size(), o.pre.size()); i++) {
            int c = compareSegment(pre.get(i), o.pre.get(i));
            if (c != 0) return c;
        }
        return Integer.compare(pre.size(), o.pre.size());
    }

    private static int compareSegment(Object a, Object b) {
        if (a instanceof BigInteger x && b instanceof BigInteger y) return x.compareTo(y);
        if (a instanceof BigInteger) return -1;
        if (b instanceof BigInteger) return 1;
        return ((String) a).compareTo((String) b);
    }

    /** Equal versions, however spelt ({@code 1.0} and {@code 1.0.0}). */
    public boolean sameAs(Version o) {
        return compareTo(o) == 0;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Version v && sameAs(v);
    }

    @Override
    public int hashCode() {
        return main.hashCode() * 31 + pre.hashCode();
    }

    @Override
    public String toString() {
        return text;
    }
}
