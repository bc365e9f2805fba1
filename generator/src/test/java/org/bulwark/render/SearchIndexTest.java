package org.bulwark.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.bulwark.cli.Main;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The search index of the reader test standard, read back as search.js reads it. */
class SearchIndexTest {
    static JsonNode index;
    static String script;

    @BeforeAll
    static void build(@TempDir Path tmp) throws Exception {
        Path content = Path.of(SearchIndexTest.class.getResource("/sites/reader/content").toURI());
        assertEquals(0, Main.run("build", "--content", content.toString(), "--out", tmp.resolve("site").toString()));
        script = Files.readString(tmp.resolve("site/search-index.js"), StandardCharsets.UTF_8);
        String prefix = "window.BULWARK_SEARCH=";
        assertTrue(script.startsWith(prefix) && script.endsWith(";\n"), "a script assigning one object");
        index = new ObjectMapper().readTree(script.substring(prefix.length(), script.length() - 2));
    }

    private static int doc(String id) {
        for (int i = 0; i < index.get("docs").size(); i++) {
            if (index.get("docs").get(i).get(1).asText().equals(id)) return i;
        }
        throw new AssertionError("no document " + id);
    }

    /** Documents holding a word, with the field: what search.js decodes. */
    private static List<int[]> postings(String word) {
        List<String> words = Arrays.asList(index.get("words").asText().split(" "));
        int i = words.indexOf(word);
        if (i < 0) return List.of();
        return SearchPostings.decode(index.get("postings").get(i).asText());
    }

    @Test
    void holdsControlsAreasServicesPagesTermsAndFrameworks() {
        List<String> types = new ArrayList<>();
        index.get("types").forEach(t -> types.add(t.asText()));
        assertEquals(List.of("control", "area", "service", "page", "term", "framework", "identifier"), types);
        JsonNode iam01 = index.get("docs").get(doc("IAM-01"));
        assertEquals(0, iam01.get(0).asInt());
        assertEquals("Require MFA for every human sign-in", iam01.get(2).asText());
        assertEquals("Every human sign-in to AWS MUST require multi-factor authentication.", iam01.get(3).asText());
        assertEquals("ID-MFA-1", iam01.get(4).asText(), "former ids, for exact matches");
        assertEquals("controls/{id}/", index.get("urls").get(0).asText());
        assertEquals("glossary/#{id}", index.get("urls").get(4).asText());
        assertEquals("envelope-encryption", index.get("docs").get(doc("envelope-encryption")).get(1).asText());
        assertEquals(2, index.get("docs").get(doc("s3")).get(0).asInt());
    }

    /** The documents an identifier or verification ref leads to, by id, as search.js reads refs. */
    private static List<String> ref(String key) {
        for (JsonNode r : index.get("refs")) {
            if (!r.get(0).asText().equals(key)) continue;
            List<String> out = new ArrayList<>();
            for (int i = 1; i < r.size(); i++) out.add(index.get("docs").get(r.get(i).asInt()).get(1).asText());
            return out;
        }
        return List.of();
    }

    @Test
    void frameworkIdentifiersLeadToTheirCrosswalkRowThenTheControlsCitingThem() {
        assertEquals(List.of("nist-800-53/#AC-2", "IAM-02"), ref("ac-2"));
        assertEquals(List.of("nist-800-53/#IA-2(1)", "IAM-01"), ref("ia-2(1)"));
        JsonNode row = index.get("docs").get(doc("nist-800-53/#IA-2(1)"));
        assertEquals("identifier", index.get("types").get(row.get(0).asInt()).asText());
        assertEquals("frameworks/{id}", index.get("urls").get(row.get(0).asInt()).asText(),
                "with its id: frameworks/nist-800-53/#IA-2(1), the cross-walk row");
        assertEquals("IA-2(1) · NIST SP 800-53 Rev. 5", row.get(2).asText());
        assertEquals(List.of(), postings("ia"), "found by the identifier whole, never by a piece of it");
    }

    @Test
    void configRulesLeadToTheControlsVerifyingWithThem() {
        assertEquals(List.of("IAM-01"), ref("iam-user-mfa-enabled"));
        assertEquals(List.of("DP-03"), ref("s3-account-level-public-access-blocks"));
        List<String> keys = new ArrayList<>();
        index.get("refs").forEach(r -> keys.add(r.get(0).asText()));
        List<String> sorted = new ArrayList<>(keys);
        java.util.Collections.sort(sorted);
        assertEquals(sorted, keys, "sorted, for the binary search in search.js");
    }

    @Test
    void aKeyIsLowerCaseWithOneSpaceForEachRunOfWhiteSpace() {
        assertEquals("claim 1.4.2", SearchRefs.key("  Claim\u00a0\t 1.4.2 "));
        assertEquals("ia-2(1)", SearchRefs.key("IA-2(1)"));
    }

    /** What search.js shows and skips comes from the index, so the browser never holds a copy of it. */
    @Test
    void namesTheKindsOfResultAndTheWordsNotIndexed() {
        List<String> labels = new ArrayList<>();
        index.get("labels").forEach(t -> labels.add(t.asText()));
        assertEquals(List.of("Control", "Area", "Service", "Page", "Term", "Framework", "Cross-walk"), labels);
        List<String> groups = new ArrayList<>();
        index.get("groups").forEach(t -> groups.add(t.asText()));
        assertEquals(List.of("control", "area", "service", "page", "term", "framework", "framework"), groups,
                "a cross-walk row counts among the frameworks");
        List<String> stop = Arrays.asList(index.get("stop").asText().split(" "));
        assertEquals(new java.util.TreeSet<>(SearchWords.STOP), new java.util.TreeSet<>(stop));
        List<String> sorted = new ArrayList<>(stop);
        java.util.Collections.sort(sorted);
        assertEquals(sorted, stop, "in a stable order: the index is the same from build to build");
    }

    @Test
    void wordsAreSortedAndEachHasItsPostings() {
        String[] words = index.get("words").asText().split(" ");
        String[] sorted = words.clone();
        Arrays.sort(sorted);
        assertTrue(Arrays.equals(words, sorted));
        assertEquals(words.length, index.get("postings").size());
    }

    @Test
    void aWordPointsToTheDocumentsAndTheBestFieldItIsIn() {
        List<int[]> federate = postings("federate");
        assertEquals(1, federate.size());
        assertEquals(doc("IAM-02"), federate.get(0)[0]);
        assertEquals(SearchPostings.TITLE, federate.get(0)[1]);
        // guidance words are indexed as body
        assertTrue(postings("lock").stream().anyMatch(p -> p[0] == doc("DP-04") && p[1] == SearchPostings.BODY));
        // statement words as statement
        assertTrue(postings("classification").stream().anyMatch(p -> p[0] == doc("DP-01") && p[1] == SearchPostings.STATEMENT));
    }

    @Test
    void aWithdrawnControlIsFoundByItsTitleOnlyAndMarked() {
        JsonNode iam05 = index.get("docs").get(doc("IAM-05"));
        assertEquals("withdrawn", iam05.get(5).asText());
        assertTrue(postings("shared").stream().noneMatch(p -> p[0] == doc("IAM-05") && p[1] != SearchPostings.TITLE));
        // and it is found by its title
        assertTrue(postings("administrator").stream()
                .anyMatch(p -> p[0] == doc("IAM-05") && p[1] == SearchPostings.TITLE));
    }

    @Test
    void controlIdsAreNotSplitIntoWordsAndNormativeWordsAreDropped() {
        // IAM-01 would give "iam" and "01": search.js matches control ids whole or by prefix instead
        assertTrue(postings("01").stream().noneMatch(p -> p[0] == doc("IAM-01")));
        assertEquals(List.of(), postings("must"));
        assertEquals(List.of(), postings("the"));
    }

    /** The snippet as first written, with a regular expression: the hand-written one must match it. */
    private static String snippetByRegex(String text) {
        String t = text.strip().replaceAll("\\s+", " ");
        if (t.length() <= 160) return t;
        int cut = t.lastIndexOf(' ', 160);
        return t.substring(0, cut > 80 ? cut : 160).stripTrailing() + "…";
    }

    @Test
    void aSnippetIsTheStartCollapsedAndCutAtASpace() {
        String word = "abcdefghi "; // ten characters
        List<String> cases = new ArrayList<>(List.of("", "  \t\n ", "short", " \u2003 padded\u2003 \n", "a \t\r\n\u000B\f b",
                "a\u00A0\u00A0b", "x".repeat(400), "x".repeat(159) + " y", "x".repeat(70) + " " + "y".repeat(200)));
        for (int n = 155; n <= 165; n++) {
            cases.add(word.repeat(20).substring(0, n));
            cases.add(word.repeat(20).substring(0, n).replace(" ", " \n\t "));
            cases.add("x".repeat(n - 5) + "    " + "y".repeat(10));
        }
        Random random = new Random(7);
        String[] pieces = {"word", " ", "  ", "\n", "\t", "\r\n", "\u2003", "\u00A0", "é", "😀"};
        for (int i = 0; i < 2_000; i++) {
            StringBuilder sb = new StringBuilder();
            for (int n = random.nextInt(120); n > 0; n--) sb.append(pieces[random.nextInt(pieces.length)]);
            cases.add(sb.toString());
        }
        for (String c : cases) assertEquals(snippetByRegex(c), SearchIndex.snippet(c), c);
    }
}
