package org.bulwark.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class VersionTest {
    private static Version v(String text) {
        return Version.parse(text).orElseThrow(() -> new AssertionError("not a version: " + text));
    }

    @Test
    void numbersCompareAsNumbers() {
        assertTrue(v("1.10.0").compareTo(v("1.9.2")) > 0);
        assertTrue(v("2026.2").compareTo(v("2026.1")) > 0);
        assertTrue(v("10").compareTo(v("9.9.9")) > 0);
        assertTrue(v("1.0.10").compareTo(v("1.0.9")) > 0);
    }

    @Test
    void missingSegmentsAndLeadingZerosAreSpelling() {
        assertTrue(v("1.0").sameAs(v("1.0.0")));
        assertTrue(v("1").sameAs(v("1.0.0")));
        assertTrue(v("1.01").sameAs(v("1.1")));
        assertTrue(v("v2025.02.25").sameAs(v("2025.2.25")));
        assertEquals(v("1.0").hashCode(), v("1.0.0").hashCode());
        assertEquals("1.0", v("1.0").text());
    }

    @Test
    void aPreReleaseSortsBeforeItsRelease() {
        List<Version> all = new ArrayList<>(List.of(v("1.1.0"), v("1.1.0-rc.10"), v("1.0.0"), v("1.1.0-rc.2"),
                v("1.1.0-rc"), v("1.1.0-beta"), v("1.1.0-rc.2.1")));
        Collections.sort(all);
        assertEquals(List.of("1.0.0", "1.1.0-beta", "1.1.0-rc", "1.1.0-rc.2", "1.1.0-rc.2.1", "1.1.0-rc.10", "1.1.0"),
                all.stream().map(Version::text).toList());
        assertTrue(v("1.1.0-rc.1").isPreRelease());
    }

    @Test
    void numbersSortBeforeWordsAndWordsIgnoreCase() {
        assertTrue(v("1.0.9").compareTo(v("1.0.a")) < 0);
        assertTrue(v("1.0.A").sameAs(v("1.0.a")));
        assertTrue(v("1.0.a").compareTo(v("1.0.b")) < 0);
        assertTrue(v("1.0.a").compareTo(v("1.0")) > 0);
    }

    @Test
    void onlyVersionsParse() {
        for (String bad : new String[] {"", "latest", "v", "1..0", ".1", "1.0-", "1.0/2", "a1.0", "1.0 ", "x".repeat(65)}) {
            assertFalse(Version.parse(bad).isPresent(), bad);
        }
        assertTrue(Version.parse("1.0.0-rc.1").isPresent());
        assertTrue(Version.parse("2026.1").isPresent());
    }

    @Test
    void theNextVersionIsTheSmallestUsualStep() {
        assertEquals("1.1.1", v("1.1.0").next().text());
        assertEquals("2026.2", v("2026.1").next().text());
        assertEquals("1.1.0", v("1.1.0-rc.1").next().text());
        assertEquals("v3", v("v2").next().text());
        assertEquals("1.1.a", v("1.0.a").next().text());
        assertTrue(v("1.9").next().compareTo(v("1.9")) > 0);
    }
}
