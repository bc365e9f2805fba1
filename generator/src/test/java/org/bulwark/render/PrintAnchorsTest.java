package org.bulwark.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The print document's anchors: scoped to their owner, unique in the document, in-page links following them. */
class PrintAnchorsTest {

    @Test
    void aFragmentsIdsAndItsLinksToThemTakeTheOwnersPrefix() {
        PrintAnchors anchors = new PrintAnchors();
        assertEquals("<h4 id=\"control/IAM-01/guidance-keys\">Keys</h4><a href=\"#control/IAM-01/guidance-keys\">up</a>",
                anchors.scope("<h4 id=\"guidance-keys\">Keys</h4><a href=\"#guidance-keys\">up</a>", "control/IAM-01/"));
        // a link to an anchor the fragment lacks names its owner's: the control's evidence
        assertEquals("<a href=\"#control/IAM-01/evidence\">evidence</a>",
                anchors.scope("<a href=\"#evidence\">evidence</a>", "control/IAM-01/"));
        assertEquals("<p>no ids</p>", anchors.scope("<p>no ids</p>", "control/IAM-01/"));
    }

    @Test
    void anAnchorTakenAlreadyGetsANumber() {
        PrintAnchors anchors = new PrintAnchors();
        anchors.reserve("control/IAM-01/evidence");
        // a heading "Evidence" in a verification's description would take the section's anchor
        assertEquals("<h5 id=\"control/IAM-01/evidence-2\">Evidence</h5><a href=\"#control/IAM-01/evidence-2\">x</a>",
                anchors.scope("<h5 id=\"evidence\">Evidence</h5><a href=\"#evidence\">x</a>", "control/IAM-01/"));
        assertEquals("<h5 id=\"control/IAM-01/steps\">Steps</h5>", anchors.scope("<h5 id=\"steps\">Steps</h5>", "control/IAM-01/"));
        assertEquals("<h5 id=\"control/IAM-01/steps-2\">Steps</h5>", anchors.scope("<h5 id=\"steps\">Steps</h5>", "control/IAM-01/"));
        // another control's anchors are its own
        assertEquals("<h5 id=\"control/IAM-02/steps\">Steps</h5>", anchors.scope("<h5 id=\"steps\">Steps</h5>", "control/IAM-02/"));
    }

    @Test
    void theKindsTakeDistinctPrefixes() {
        assertEquals("control/IAM-01", PrintAnchors.control("IAM-01"));
        assertEquals("area/iam/", PrintAnchors.within(PrintAnchors.area("iam")));
        assertEquals("service/s3", PrintAnchors.service("s3"));
        assertEquals("term/mfa", PrintAnchors.term("mfa"));
    }
}
