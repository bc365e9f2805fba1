package org.bulwark.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class NameUuidTest {
    private static final UUID DNS = UUID.fromString("6ba7b810-9dad-11d1-80b4-00c04fd430c8");

    @Test
    void matchesTheRfcExample() {
        // RFC 9562, appendix A.4: the v5 UUID of "www.example.com" in the DNS namespace
        assertEquals("2ed6657d-e927-568b-95e1-2665a8aea6a2", NameUuid.v5(DNS, "www.example.com").toString());
    }

    @Test
    void isVersion5AndStable() {
        UUID a = NameUuid.v5(Oscal.UUID_NAMESPACE, "acme/catalog/1.0.0");
        assertEquals(5, a.version());
        assertEquals(2, a.variant());
        assertEquals(a, NameUuid.v5(Oscal.UUID_NAMESPACE, "acme/catalog/1.0.0"));
        assertNotEquals(a, NameUuid.v5(Oscal.UUID_NAMESPACE, "acme/catalog/1.0.1"));
    }
}
