package org.bulwark.link;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class UrlsTest {
    @Test
    void anIdentifierPageIsAtTheIdentifierItselfWhenItCanBe() {
        assertEquals("frameworks/nist-800-53/AC-2(1)/", Urls.identifier("nist-800-53", "AC-2(1)"));
        assertEquals("frameworks/cis-aws/1.10/", Urls.identifier("cis-aws", "1.10"));
        assertEquals("frameworks/aws-fsbp/IAM.1/", Urls.identifier("aws-fsbp", "IAM.1"));
        assertEquals("frameworks/aws-wa/SEC01-BP01/", Urls.identifier("aws-wa", "SEC01-BP01"));
    }

    @Test
    void otherCharactersAreEscapedSoNoSegmentLeavesItsFolderOrHides() {
        assertEquals("A~2FB~201.x~2E", Urls.identifierSegment("A/B 1.x."));
        assertEquals("~2E~2E", Urls.identifierSegment(".."));
        assertEquals("~2Ehidden", Urls.identifierSegment(".hidden"));
        assertEquals("~7E~23~3F~25", Urls.identifierSegment("~#?%"));
        assertEquals("A.~C3~A9", Urls.identifierSegment("A.é"));
        assertEquals("index~2Ehtml", Urls.identifierSegment("index.html"), "not the framework page's own file");
    }

    @Test
    void distinctIdentifiersNeverShareAPage() {
        List<String> ids = List.of("AC-2(1)", "AC-2.1", "AC-2-1", "AC-2 1", "AC-2~201", "ac-2(1)", "1.10", "1.1.0", "1.1");
        Set<String> segments = new HashSet<>();
        for (String id : ids) segments.add(Urls.identifierSegment(id));
        assertEquals(ids.size(), segments.size(), segments.toString());
    }
}
