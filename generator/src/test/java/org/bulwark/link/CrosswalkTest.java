package org.bulwark.link;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CrosswalkTest {
    @Test
    void identifiersWithoutSpacesKeepTheAnchorsAlreadyCited() {
        for (String id : new String[] {"AC-2", "IA-2(1)", "1.10", "IAM.6", "SEC01-BP01", "A/B"}) {
            assertEquals(id, Crosswalk.anchor(id));
        }
    }

    @Test
    void spacesBecomeOneHyphen() {
        assertEquals("Claim-1.4.2", Crosswalk.anchor("Claim 1.4.2"));
        assertEquals("Design:-Security-Architecture", Crosswalk.anchor("Design:  Security\tArchitecture"));
        assertEquals("frameworks/ukssc/#Claim-1.4.2", Crosswalk.url("ukssc", "Claim 1.4.2"));
    }
}
