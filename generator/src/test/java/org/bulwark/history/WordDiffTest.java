package org.bulwark.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class WordDiffTest {
    /** The segments as text: [-deleted-] and {+inserted+}. */
    private static String marked(List<WordDiff.Segment> segments) {
        return segments.stream().map(s -> switch (s.op()) {
            case EQUAL -> s.text();
            case DELETE -> "[-" + s.text() + "-]";
            case INSERT -> "{+" + s.text() + "+}";
        }).collect(Collectors.joining());
    }

    @Test
    void wordsAreInsertedAndDeletedWithTheirSpacesKept() {
        WordDiff d = WordDiff.of("Access keys SHOULD be rotated every 90 days.",
                "Access keys MUST be rotated every 90 days or sooner.");
        assertEquals("Access keys [-SHOULD-]{+MUST+} be rotated every 90 days{+ or sooner+}.", marked(d.segments()));
        assertEquals("Access keys MUST be rotated every 90 days or sooner.", d.after());
        assertEquals("Access keys SHOULD be rotated every 90 days.", d.before());
        assertTrue(d.changed());
        assertEquals(3, d.words(WordDiff.Op.INSERT));
        assertEquals(1, d.words(WordDiff.Op.DELETE));
    }

    @Test
    void aRewriteIsOneDeletionAndOneInsertionNotAZebra() {
        WordDiff d = WordDiff.of("Security Hub exempts them from IAM.2. Treat them as machines.",
                "They fail IAM.2 like any user. Treat them as machines.");
        assertEquals("[-Security Hub exempts them from IAM.2-]{+They fail IAM.2 like any user+}. Treat them as machines.",
                marked(d.segments()));
    }

    @Test
    void punctuationBetweenTwoChangesJoinsThem() {
        assertEquals("[-red, green-]{+blue, yellow+} light", marked(WordDiff.of("red, green light", "blue, yellow light").segments()));
    }

    @Test
    void identifiersAreWholeWords() {
        assertEquals(List.of("See", " ", "IAM.2", ",", " ", "DP-03", " ", "and", " ", "1.10", "."),
                WordDiff.tokens("See IAM.2, DP-03 and 1.10."));
    }

    @Test
    void reWrappingIsNoChange() {
        WordDiff d = WordDiff.of("Every human identity MUST\nsign in with MFA.", "Every human identity MUST sign in\nwith MFA.");
        assertFalse(d.changed());
        assertEquals("Every human identity MUST sign in\nwith MFA.", d.after());
    }

    @Test
    void longTextsAreCutAroundTheirChanges() {
        String before = "one two three four five six seven eight nine ten eleven twelve thirteen fourteen";
        String after = "one two three four five six seven EIGHT nine ten eleven twelve thirteen fourteen";
        assertEquals("… five six seven [-eight-]{+EIGHT+} nine ten eleven …",
                marked(WordDiff.of(before, after).excerpt(3)));
        assertEquals(marked(WordDiff.of(before, after).segments()), marked(WordDiff.of(before, after).excerpt(20)));
    }

    @Test
    void aLongStretchBetweenTwoChangesIsCutInTheMiddle() {
        String before = "a b c d e f g h i j k";
        String after = "A b c d e f g h i j K";
        assertEquals("[-a-]{+A+} b c … i j [-k-]{+K+}", marked(WordDiff.of(before, after).excerpt(2)));
    }
}
