package org.bulwark.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class IdsTest {
    @Test
    void controlIdsAreWrittenAsRealStandardsWriteThem() {
        for (String id : List.of("IAM-01", "a", "OSPS-AC-01.01", "PO.1.1", "AC-2(1)", "GV.OC-01", "1.10", "x_y")) {
            assertTrue(Ids.CONTROL.matcher(id).matches(), id);
        }
        for (String id : List.of("", "IAM 01", "-IAM", ".hidden", "(1)", "IAM/01", "IAM#1", "a".repeat(65), "Ä-1")) {
            assertFalse(Ids.CONTROL.matcher(id).matches(), id);
        }
        assertTrue(Ids.CONTROL.matcher("a".repeat(64)).matches());
    }

    @Test
    void oscalTokensFollowNistsOwnSpelling() {
        assertEquals("iam-01", Ids.oscalToken("IAM-01"));
        assertEquals("ac-2.1", Ids.oscalToken("AC-2(1)"));
        assertEquals("osps-ac-01.01", Ids.oscalToken("OSPS-AC-01.01"));
        assertEquals("_1.10", Ids.oscalToken("1.10"));
        assertEquals("gv.oc-01", Ids.oscalToken("GV.OC-01"));
    }

    @Test
    void aRequirementRaisesItsControlsLevelNeverLowersIt() {
        Requirement own = new Requirement("a", Markdown.EMPTY, Optional.empty(), null);
        Requirement raised = new Requirement("b", Markdown.EMPTY, Optional.of(Level.ADVANCED), null);
        Control c = new Control("X-1", "t", new Ref("area", null), Optional.empty(), Level.BASELINE, Optional.empty(),
                Optional.empty(), Status.ACTIVE, Optional.empty(), Optional.empty(), Markdown.EMPTY,
                List.of(own, raised), Markdown.EMPTY, Markdown.EMPTY, List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), Optional.empty(), null);
        assertEquals(Level.BASELINE, c.levelOf(own));
        assertEquals(Level.ADVANCED, c.levelOf(raised));
        assertEquals(List.of(own), c.requirementsWithin(Level.BASELINE));
        assertEquals(List.of(own), c.requirementsWithin(Level.STANDARD));
        assertEquals(List.of(own, raised), c.requirementsWithin(Level.ADVANCED));
    }

    @Test
    void frameworkUrlsEncodeWhatAUrlCannotHold() {
        Framework f = new Framework("x", "X", Optional.of("https://example.org/?id={id}"), null);
        assertEquals("https://example.org/?id=AC-2(1)", f.urlFor("AC-2(1)").orElseThrow());
        assertEquals("https://example.org/?id=Claim%201.4.2", f.urlFor("Claim 1.4.2").orElseThrow());
        assertEquals("https://example.org/?id=A%26B%23%C3%A9", f.urlFor("A&B#é").orElseThrow());
    }
}
