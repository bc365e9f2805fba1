package org.bulwark.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class SearchWordsTest {

    @Test
    void splitsOnAnythingButLettersAndDigitsAndLowerCases() {
        assertEquals(List.of("break", "glass", "users", "need", "s3", "ec2", "keys"),
                SearchWords.of("Break-glass users need S3/EC2 keys."));
    }

    @Test
    void dropsOneLetterWordsAndNormativeFillers() {
        assertEquals(List.of("every", "sign", "require", "mfa"), SearchWords.of("Every sign-in MUST require (a) MFA"));
    }

    @Test
    void foldsAccents() {
        assertEquals(List.of("resume", "naive", "uber"), SearchWords.of("Résumé naïve Über"));
    }

    @Test
    void dropsAbsurdlyLongTokens() {
        assertEquals(List.of("short"), SearchWords.of("short " + "x".repeat(41)));
    }

    /**
     * search.js splits queries and decodes postings by the same rules: they must not drift apart.
     * The stop words it reads from the index ({@link SearchIndexTest}), so it has no list of its own.
     */
    @Test
    void theBrowserSideUsesTheSameStopWordsAndDigits() {
        String js = new String(ThemeFiles.builtInFile("assets/search.js").orElseThrow(), StandardCharsets.UTF_8);
        assertEquals(false, Pattern.compile("'must should may shall'|\\bmust\\b.*\\bshall\\b").matcher(js).find(),
                "no stop list in search.js");
        assertEquals(true, js.contains("raw.stop.split(' ')"), "the stop list from the index");
        assertEquals(true, js.contains("!ix.stop[w]"), "query words checked against it");
        assertEquals(true, js.contains("var LAST = '" + SearchPostings.LAST + "';"));
        assertEquals(true, js.contains("var MORE = '" + SearchPostings.MORE + "';"));
        assertEquals(true, js.contains("w.length >= 2 && w.length <= " + SearchWords.MAX_LENGTH));
    }

    /** The tokenizer as first written, with regular expressions: the hand-written one must match it. */
    private static List<String> byRegex(String text) {
        List<String> out = new ArrayList<>();
        if (text == null || text.isEmpty()) return out;
        String folded = Pattern.compile("\\p{M}+").matcher(Normalizer.normalize(text, Normalizer.Form.NFKD))
                .replaceAll("").toLowerCase(Locale.ROOT);
        for (String w : Pattern.compile("[^\\p{L}\\p{N}]+").split(folded)) {
            if (w.length() >= 2 && w.length() <= SearchWords.MAX_LENGTH && !SearchWords.STOP.contains(w)) out.add(w);
        }
        return out;
    }

    private static void assertAsRegex(String text) {
        assertEquals(byRegex(text), SearchWords.of(text), () -> "words of " + text.codePoints()
                .mapToObj(c -> String.format("U+%04X", c)).toList());
    }

    @Test
    void matchesTheRegexOnEdgeCases() {
        List<String> cases = List.of("", " ", "\t\n", "a", "ab", "AB", "Ab-Cd_ef.gh", "don't", "3.14 1,000 2nd",
                "The THE the Must MUST Shall shall AND And thE",
                "Résumé naïve Über façade Ångström Ørsted Łódź straße ĳssel", // accents, ß, ø and ł (no decomposition)
                "İstanbul ıi", // a dotted capital I, which lower-cases to two chars, and a dotless i
                "ΟΔΟΣ ΣΑΣ Σ ΑΣ.Α αΣα ΑΣ'Α ΑΣ\u200DΒ", // a capital sigma lower-cases by its neighbours
                "Москва Ελλάδα 東京都 ひらがな 한국어 العربية עברית हिन्दी ไทย", // scripts, spacing marks
                "٣٤ ۵۶ ²³ ½ ① Ⅻ ⅻ ０１２ ＡＢＣ", // digits that are not ASCII, compatibility forms
                "ﬁnal ﬂow ﬀ ﬃx Ⓐⓑ ㎒ ℃ ™ …", // ligatures and symbols that NFKD expands into letters
                "a\u0301b e\u0301 \u0301\u0301 x\u20DDy \u0903\u0903", // loose and enclosing marks
                "key😀word 😀😀 a😀 𝐀𝐁𝐂 𠀀𠀁 𐐀𐐨", // surrogate pairs: emoji split, letters join
                "\uD800ab cd\uDC00ef \uDBFF\uDFFF gh\uD83D", // lone and unassigned surrogates
                "no\u00A0break em\u2014dash \u201Cquoted\u201D zero\u200Bwidth join\u200Ded");
        for (String c : cases) assertAsRegex(c);
    }

    @Test
    void matchesTheRegexAtTheLengthLimit() {
        int max = SearchWords.MAX_LENGTH;
        for (int n = max - 2; n <= max + 2; n++) {
            String x = "x".repeat(n);
            assertAsRegex(x);
            assertAsRegex("A" + x);
            assertAsRegex(x.substring(1) + "é"); // one char, after the mark is dropped
            assertAsRegex(x.substring(1) + "ﬁ"); // one char that becomes two
            assertAsRegex(x.substring(1) + "😀 b");
            assertAsRegex(x.substring(1) + "𝐀"); // two chars, folded to one
            assertAsRegex(x.substring(1) + "𠀀"); // two chars that stay two
            assertAsRegex(x.substring(2) + "𠀀" + " tail");
        }
    }

    /** Random text from characters of every kind the tokenizer treats differently. */
    @Test
    void matchesTheRegexOnRandomText() {
        String[] pieces = {"a", "Z", "q", "7", " ", "-", "'", ".", "\t", "é", "E\u0301", "\u0301", "ß", "İ", "ı", "Σ",
            "σ", "Α", "ﬁ", "Ⓐ", "½", "٣", "東", "क", "ि", "्", "😀", "𝐀", "𠀀", "\uD800", "\uDC00", "\u00A0", "\u2014",
            "\u200D", "_", "the", "must", "An", "IS"};
        Random random = new Random(42);
        for (int i = 0; i < 5_000; i++) {
            StringBuilder sb = new StringBuilder();
            for (int n = random.nextInt(30); n > 0; n--) sb.append(pieces[random.nextInt(pieces.length)]);
            if (random.nextInt(10) == 0) sb.append("y".repeat(random.nextInt(45)));
            assertAsRegex(sb.toString());
        }
    }

    @Test
    void passesEachWordWithItsHash() {
        List<String> seen = new ArrayList<>();
        SearchWords.forEach("Mixed CASE ﬁnal 𠀀𠀁", (chars, length, hash) -> {
            String w = new String(chars, 0, length);
            assertEquals(w.hashCode(), hash);
            seen.add(w);
        });
        assertEquals(List.of("mixed", "case", "final", "𠀀𠀁"), seen);
    }
}
