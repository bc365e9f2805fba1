package org.bulwark.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.bulwark.Sites;
import org.bulwark.diag.Diagnostics;
import org.bulwark.link.Index;
import org.bulwark.model.Control;
import org.junit.jupiter.api.Test;

/** Every kind of change, on the history fixture (history/before -> history/after). */
class ComparisonTest {
    private static List<Control> controls(String name) {
        Diagnostics d = new Diagnostics();
        Index index = ReleaseLoader.loadStandard(Sites.resource("history/" + name), d, false).orElseThrow();
        assertTrue(!d.hasErrors(), () -> d.sorted().toString());
        return index.published(false);
    }

    private static final Changes CHANGES = Comparison.of(controls("before"), controls("after"));

    private static List<String> kinds(String id) {
        return CHANGES.control(id).orElseThrow().changes().stream()
                .map(c -> c.kind().keyword() + (c.item().isEmpty() ? "" : " " + c.item())).toList();
    }

    @Test
    void headlines() {
        assertEquals(List.of("DP-01 changed", "DP-03 moved", "DP-04 added", "IAM-02 deprecated", "IAM-03 withdrawn",
                "IAM-05 renamed"), CHANGES.controls().stream().map(c -> c.id() + " " + c.category().keyword()).toList());
        assertTrue(CHANGES.control("IAM-01").isEmpty(),
                "unchanged controls are not listed, and a reference that follows a rename ([[IAM-04]] -> [[IAM-05]]) is no change");
        assertTrue(CHANGES.control("DP-02").isEmpty(), "drafts are not published");
    }

    @Test
    void everyFieldIsCompared() {
        assertEquals(List.of("title", "level", "severity", "responsibility", "owner", "statement", "requirement a",
                "requirement-added c", "requirement-removed b", "requirement-level d", "rationale", "guidance", "service-dropped ec2",
                "verification-added aws-config s3-default-encryption-kms", "verification security-hub S3.4",
                "evidence bucket-settings",
                "evidence-added kms-key-policy", "evidence-removed key-list", "reference-added nist-800-53",
                "reference-dropped cis-aws"), kinds("DP-01"));
        assertEquals(List.of("area", "topic", "service-added s3",
                "verification-dropped manual: A reviewer checks the tags once a quarter."), kinds("DP-03"));
        assertEquals(List.of("status", "successor"), kinds("IAM-02"));
        assertEquals(List.of("renamed"), kinds("IAM-05"));
    }

    @Test
    void textsAreComparedWordByWord() {
        Change statement = CHANGES.control("DP-01").orElseThrow().first(Change.Kind.STATEMENT).orElseThrow();
        assertEquals(List.of(new WordDiff.Segment(WordDiff.Op.EQUAL, "Data at rest MUST be encrypted"),
                new WordDiff.Segment(WordDiff.Op.INSERT, " with a KMS key the account controls"),
                new WordDiff.Segment(WordDiff.Op.EQUAL, ".")), statement.words().orElseThrow().segments());
    }

    /**
     * A text that follows a rename and also changes otherwise shows what the release really said:
     * the old id is among its words, not rewritten to the new one.
     */
    @Test
    void aChangedTextThatAlsoFollowsARenameQuotesTheReleasesOwnWords(@org.junit.jupiter.api.io.TempDir
                                                                    java.nio.file.Path tmp) throws java.io.IOException {
        java.nio.file.Path after = tmp.resolve("after");
        Sites.copy(Sites.resource("history/after"), after);
        java.nio.file.Path iam01 = after.resolve("controls/iam/IAM-01.yaml");
        java.nio.file.Files.writeString(iam01, java.nio.file.Files.readString(iam01)
                .replace("every quarter ([[IAM-05]])", "every month ([[IAM-05]])"));
        Diagnostics d = new Diagnostics();
        List<Control> now = ReleaseLoader.loadStandard(after, d, false).orElseThrow().published(false);
        Change guidance = Comparison.of(controls("before"), now).control("IAM-01").orElseThrow()
                .first(Change.Kind.GUIDANCE).orElseThrow();
        StringBuilder released = new StringBuilder();
        for (WordDiff.Segment w : guidance.words().orElseThrow().segments()) {
            if (w.op() != WordDiff.Op.INSERT) released.append(w.text());
        }
        Control before = controls("before").stream().filter(c -> c.id().equals("IAM-01")).findFirst().orElseThrow();
        assertEquals(before.guidance().text().strip(), released.toString().strip());
        assertTrue(released.toString().contains("[[IAM-04]]"), released.toString());
    }

    @Test
    void aControlThatDisappearsIsRemovedOrMergedIntoTheOneThatTookItsId() {
        List<Control> before = controls("before");
        List<Control> after = controls("after");
        Changes removed = Comparison.of(before, after.stream().filter(c -> !c.id().equals("IAM-05")).toList());
        assertEquals(List.of(Change.of(Change.Kind.REMOVED, "", "Review access every quarter", "")),
                removed.control("IAM-04").orElseThrow().changes());
        // IAM-05 already existed beside IAM-04, which it absorbed: IAM-04 is merged into it
        List<Control> both = new java.util.ArrayList<>(before);
        both.add(after.stream().filter(c -> c.id().equals("IAM-05")).findFirst().orElseThrow());
        ControlChange merged = Comparison.of(both, after).control("IAM-04").orElseThrow();
        assertEquals("removed", merged.category().keyword());
        assertEquals("merged into IAM-05", merged.summary());
        Changes same = Comparison.of(after, after);
        assertTrue(same.isEmpty());
        assertEquals("no changes", same.counts().summary());
    }

    @Test
    void theFixtureHasEveryKindOfChange() {
        java.util.Set<Change.Kind> seen = java.util.EnumSet.noneOf(Change.Kind.class);
        CHANGES.controls().forEach(c -> c.changes().forEach(ch -> seen.add(ch.kind())));
        java.util.Set<Change.Kind> missing = java.util.EnumSet.complementOf(java.util.EnumSet.copyOf(seen));
        // removed and merged are ledger errors in a real history; they have their own unit test above
        missing.removeAll(List.of(Change.Kind.REMOVED, Change.Kind.MERGED));
        assertEquals(java.util.Set.of(), missing, "kinds of change the fixture lacks");
    }
}
