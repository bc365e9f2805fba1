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
        assertEquals(List.of("id", "title", "area", "severity", "responsibility", "services", "verification", "evidence",
                "url", "level", "owner", "reviewed", "version", "requirements", "references.nist-800-53",
                "references.cis-aws", "references.27001-2022"), rows.get(0), "the first nine columns stay where they were");
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
    void levelOwnerReviewDateVersionAndIdentifiersPerFramework() {
        List<List<String>> rows = rows(false);
        List<String> row = rows.get(1);
        assertEquals(List.of("baseline", "Identity team", "2026-02-01", "2.1.0", "a\nb-2",
                "IA-2(1)\nAC-10\nIA-2\nAC-2", "1.10\n1.9", "A.5.17"), row.subList(9, row.size()));
        List<String> gov = rows.get(3);
        assertEquals(List.of("baseline", "", "", "2.1.0", "", "PL-2", "", "A.5.1"), gov.subList(9, gov.size()),
                "no owner, review date, requirement or CIS identifier: empty cells, never a placeholder");
    }

    @Test
    void requirementsAboveTheBaselineLevelAreLeftOut() {
        List<List<String>> rows = CsvReader.parse(Exports.one(Exports.Format.CSV,
                Fixtures.input(Fixtures.repo().resolve("generator/src/test/resources/sites/shapes"))));
        int column = rows.get(0).indexOf("requirements");
        List<String> row = rows.stream().filter(r -> r.get(0).equals("OSPS-AC-01")).findFirst().orElseThrow();
        // OSPS-AC-01.02 sits at level advanced: not part of the baseline
        assertEquals("OSPS-AC-01.01", row.get(column));
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
        rows.forEach(r -> assertEquals(rows.get(0).size(), r.size(), r::toString));
        assertEquals(BaselineCsv.COLUMNS.size() + BaselineCsv.ADDED_COLUMNS.size() + 4, rows.get(0).size(),
                "one column per framework of the default standard");
    }

    private static List<List<String>> rows(boolean drafts) {
        return CsvReader.parse(Exports.one(Exports.Format.CSV, Fixtures.input(Fixtures.auditContent(), drafts,
                Optional.empty(), Optional.empty())));
    }
}
