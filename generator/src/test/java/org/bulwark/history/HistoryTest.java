package org.bulwark.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.bulwark.diag.Diagnostics;
import org.bulwark.site.SiteBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HistoryTest {
    @TempDir
    Path tmp;

    private static SiteBuilder.Loaded load(Path content) {
        Diagnostics d = new Diagnostics();
        Optional<SiteBuilder.Loaded> l = SiteBuilder.load(content, false, d);
        assertFalse(d.hasErrors(), () -> d.sorted().toString());
        return l.orElseThrow();
    }

    private static List<String> events(History h, String id) {
        return h.control(id).stream().map(e -> e.edition().version() + " " + e.id() + " " + e.change().category().keyword()
                + ": " + e.change().summary()).toList();
    }

    @Test
    void eachReleaseIsComparedWithTheOneBefore() throws IOException {
        History h = load(Releases.twoReleases(tmp.resolve("content"))).history();
        assertEquals(List.of("1.0.0", "1.1.0"), h.releases().releases().stream().map(r -> r.version().text()).toList());
        assertEquals(2, h.steps().size());
        assertTrue(h.steps().get(0).from().isEmpty());
        assertEquals(new Changes.Counts(6, 0, 0, 0, 0, 0, 0), h.steps().get(0).changes().counts(),
                "the first release adds every published control");
        assertEquals(new Changes.Counts(1, 0, 1, 1, 1, 1, 1), h.steps().get(1).changes().counts());
        assertTrue(h.unreleased().isEmpty(), "the content is release 1.1.0");
    }

    @Test
    void aControlsHistoryFollowsItsRename() throws IOException {
        History h = load(Releases.twoReleases(tmp.resolve("content"))).history();
        assertEquals(List.of("1.0.0 IAM-04 added: added", "1.1.0 IAM-05 renamed: renamed from IAM-04"), events(h, "IAM-05"));
        assertEquals(List.of(), events(h, "IAM-04"), "the old id's story went with it");
        assertEquals(List.of("1.0.0 IAM-01 added: added"), events(h, "IAM-01"), "unchanged since");
        assertEquals(List.of("1.1.0 DP-04 added: added"), events(h, "DP-04"));
        assertEquals("1.1.0 IAM-03 withdrawn: withdrawn (successor IAM-01)", events(h, "IAM-03").get(1));
        assertTrue(events(h, "DP-01").get(1).startsWith("1.1.0 DP-01 changed: retitled; moved into the baseline; "
                + "severity high → critical"), events(h, "DP-01").get(1));
    }

    @Test
    void contentThatMovedOnIsTheUnreleasedStep() throws IOException {
        Path content = Releases.twoReleases(tmp.resolve("content"));
        Releases.version(content, "1.2.0");
        Path iam01 = content.resolve("controls/iam/IAM-01.yaml");
        Files.writeString(iam01, Files.readString(iam01).replace("level: baseline", "level: advanced"));
        History h = load(content).history();
        assertEquals(3, h.steps().size());
        History.Step unreleased = h.unreleased().orElseThrow();
        assertEquals("1.2.0", unreleased.to().version());
        assertFalse(unreleased.to().released());
        assertEquals("1.1.0", unreleased.from().orElseThrow().version());
        assertEquals("moved out of the baseline (now advanced)", unreleased.changes().control("IAM-01").orElseThrow().summary());
        assertEquals(List.of("1.0.0 IAM-01 added: added", "1.2.0 IAM-01 changed: moved out of the baseline (now advanced)"),
                events(h, "IAM-01"));
    }

    @Test
    void aFrozenReleaseKnowsOnlyTheReleasesUpToItself() throws IOException {
        History h = load(Releases.twoReleases(tmp.resolve("content"))).history();
        History first = h.upTo(h.releases().releases().get(0));
        assertEquals(1, first.steps().size());
        assertEquals(List.of("1.0.0 IAM-04 added: added"), events(first, "IAM-04"));
    }
}
