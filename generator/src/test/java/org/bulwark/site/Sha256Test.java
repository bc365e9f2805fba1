package org.bulwark.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.bulwark.Sites;
import org.junit.jupiter.api.Test;

class Sha256Test {

    @Test
    void knownVectors() {
        assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", Sha256.hex(new byte[0]));
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
                Sha256.hex("abc".getBytes(StandardCharsets.US_ASCII)));
    }

    /** Where the system has NSS it hashes, and its digests are the JDK's, at every block boundary. */
    @Test
    void nssWhereItIsGivesTheJdksDigests() {
        boolean nss = Sha256.awaitNss();
        assertEquals(nss ? "NSS" : "JDK", Sha256.provider());
        Random random = new Random(7);
        int[] lengths = {1, 55, 56, 57, 63, 64, 65, 119, 120, 128, 1000, 4096, 65_535, 65_536, 1 << 20};
        for (int length : lengths) {
            byte[] b = new byte[length];
            random.nextBytes(b);
            assertEquals(Sites.sha256(b), Sha256.hex(b), "length " + length);
        }
        for (int i = 0; i < 200; i++) {
            byte[] b = new byte[random.nextInt(3000)];
            random.nextBytes(b);
            assertEquals(Sites.sha256(b), Sha256.hex(b), "length " + b.length);
        }
    }
}
