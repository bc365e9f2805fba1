package org.bulwark.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
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
}
