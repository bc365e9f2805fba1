package org.bulwark.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
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

    /** search.js splits queries and decodes postings by the same rules: they must not drift apart. */
    @Test
    void theBrowserSideUsesTheSameStopWordsAndDigits() {
        String js = new String(ThemeFiles.builtInFile("assets/search.js").orElseThrow(), StandardCharsets.UTF_8);
        Matcher stop = Pattern.compile("\\('([a-z ]+) ' \\+\\s+'([a-z ]+)'\\)").matcher(js);
        assertEquals(true, stop.find(), "the stop list in search.js");
        assertEquals(SearchWords.STOP, Set.of((stop.group(1) + " " + stop.group(2)).split(" ")));
        assertEquals(true, js.contains("var LAST = '" + SearchPostings.LAST + "';"));
        assertEquals(true, js.contains("var MORE = '" + SearchPostings.MORE + "';"));
        assertEquals(true, js.contains("w.length >= 2 && w.length <= " + SearchWords.MAX_LENGTH));
    }
}
