package org.bulwark.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BaselineCsvTest {

    @Test
    void oneRowPerListedBaselineControl() {
        List<List<String>> rows = rows(false);
        assertEquals(BaselineCsv.HEADER, rows.get(0));
        assertEquals(List.of("AUD-01", "AUD-02", "GOV-10"), rows.subList(1, rows.size()).stream().map(r -> r.get(0)).toList());
        assertEquals(rows(false), rows(true), "a draft is in no list, as on the site, even with --drafts");
    }

    @Test
    void commasQuotesLineBreaksAndNonAsciiSurvive() {
        List<String> row = rows(false).get(1);
        assertEquals("Sign-in with \"strong\" MFA, everywhere: résumé, Zürich, 東京", row.get(1));
        assertEquals("Identity and access", row.get(2));
        assertEquals("critical", row.get(3));
        assertEquals("customer", row.get(4));
        assertEquals("Amazon S3\nAmazon EC2", row.get(5));
        assertEquals("Security Hub control IAM.5: Every IAM user with a password has MFA, checked \"daily\".\n"
                + "Manual procedure: Screenshot the IdP policy, with the date.", row.get(6));
        assertEquals("report: Credential report, with \"mfa_active\", for all users; one, two, three.\n"
                + "idp-policy: Export of the IdP sign-in policy (Zürich).", row.get(7));
        assertEquals("controls/AUD-01/", row.get(8));
    }

    @Test
    void absoluteUrlsWithABaseUrl() {
        byte[] bytes = Exports.one(Exports.Format.CSV, Fixtures.input(Fixtures.auditContent(), false,
                Optional.of("https://standards.example.com/"), Optional.empty()));
        assertEquals("https://standards.example.com/controls/AUD-01/", CsvReader.parse(bytes).get(1).get(8));
    }

    @Test
    void theDefaultStandardReadsBack() {
        byte[] bytes = Exports.one(Exports.Format.CSV, Fixtures.input(Fixtures.defaultContent()));
        List<List<String>> rows = CsvReader.parse(bytes);
        assertTrue(rows.size() > 10, "the default baseline has rows");
        rows.forEach(r -> assertEquals(BaselineCsv.HEADER.size(), r.size(), r::toString));
    }

    private static List<List<String>> rows(boolean drafts) {
        return CsvReader.parse(Exports.one(Exports.Format.CSV, Fixtures.input(Fixtures.auditContent(), drafts,
                Optional.empty(), Optional.empty())));
    }
}
