package org.bulwark.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.bulwark.Sites;
import org.bulwark.diag.Diagnostics;
import org.bulwark.model.Control;
import org.bulwark.site.SiteBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CrosswalkTest {
    @TempDir
    Path tmp;

    /** The audit test standard, its CIS framework taking Security Hub's refs as identifiers, AUD-01's ref edited. */
    private Crosswalk crosswalk(String ref) throws IOException {
        Path content = Files.createTempDirectory(tmp, "content");
        Sites.copy(Sites.site("audit-features"), content);
        Path standard = content.resolve("standard.yaml");
        Files.writeString(standard, Files.readString(standard).replace(
                "{ id: cis-aws, title: CIS AWS Foundations Benchmark v3.0.0 }",
                "{ id: cis-aws, title: CIS AWS Foundations Benchmark v3.0.0, verification: security-hub }"));
        Path aud01 = content.resolve("controls/aud/AUD-01.yaml");
        Files.writeString(aud01, Files.readString(aud01).replace("ref: IAM.5", "ref: \"" + ref + "\""));
        Diagnostics d = new Diagnostics();
        SiteBuilder.Loaded loaded = SiteBuilder.load(content, false, d).orElseThrow();
        assertFalse(d.hasErrors(), d.sorted().toString());
        return loaded.crosswalk();
    }

    @Test
    void aFrameworkTakingAVerificationMethodListsItsRefsAsRowsMarkedAsVerifying() throws IOException {
        Crosswalk crosswalk = crosswalk("IAM.5");
        Crosswalk.Entry row = crosswalk.entries("cis-aws").get("IAM.5");
        assertEquals(List.of("AUD-01"), row.controls().stream().map(Control::id).toList());
        assertTrue(row.verifies(row.controls().get(0)), "AUD-01 verifies with IAM.5; it does not cite it");
        assertFalse(crosswalk.identifiers("cis-aws").containsKey("IAM.5"), "what the controls cite is unchanged");
        assertTrue(crosswalk.anchors("cis-aws").contains("IAM.5"));
        Crosswalk.Entry cited = crosswalk.entries("cis-aws").get("1.10");
        assertFalse(cited.verifies(cited.controls().get(0)));
        // a ref that is also cited by the same control is a citation, not a second, verifying, entry
        assertEquals(List.of("AUD-01"), crosswalk("1.10").entries("cis-aws").get("1.10").controls().stream()
                .map(Control::id).toList());
        assertFalse(crosswalk("1.10").entries("cis-aws").get("1.10").verifying().contains("AUD-01"));
    }

    @Test
    void anotherVerificationRefChangesTheCrosswalk() throws IOException {
        assertEquals(Set.of(org.bulwark.link.Dependency.crosswalk("cis-aws")),
                crosswalk("IAM.6").changedCrosswalks(crosswalk("IAM.5")));
        assertEquals(Set.of(), crosswalk("IAM.5").changedCrosswalks(crosswalk("IAM.5")));
    }
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
