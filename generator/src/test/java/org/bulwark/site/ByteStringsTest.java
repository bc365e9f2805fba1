package org.bulwark.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ByteStringsTest {

    @Test
    void theSameBytesGiveTheSameStringDecodedOnce() {
        int[] decoded = {0};
        ByteStrings table = new ByteStrings(s -> {
            decoded[0]++;
            return s.replace("&amp;", "&");
        });
        byte[] page = "x href=\"a?b=1&amp;c=2\" y href=\"a?b=1&amp;c=2\" é→#z".getBytes(StandardCharsets.UTF_8);
        String first = table.get(page, 8, 21);
        String second = table.get(page, 31, 44);
        assertEquals("a?b=1&c=2", first);
        assertSame(first, second);
        assertEquals(1, decoded[0]);
        assertEquals("é→#z", table.get(page, 46, page.length), "UTF-8 beyond ASCII");
        assertNotSame(first, table.get("a?b=1&amp;c=3".getBytes(StandardCharsets.UTF_8), 0, 13));
    }

    @Test
    void keepsEveryValueAsItGrows() {
        ByteStrings table = new ByteStrings(s -> s);
        String[] made = new String[5000];
        for (int i = 0; i < made.length; i++) {
            byte[] b = ("../../controls/C-" + i + "/index.html").getBytes(StandardCharsets.UTF_8);
            made[i] = table.get(b, 0, b.length);
        }
        for (int i = 0; i < made.length; i++) {
            byte[] b = ("../../controls/C-" + i + "/index.html").getBytes(StandardCharsets.UTF_8);
            assertSame(made[i], table.get(b, 0, b.length));
            assertEquals("../../controls/C-" + i + "/index.html", made[i]);
        }
        assertEquals("", table.get(new byte[0], 0, 0));
    }
}
