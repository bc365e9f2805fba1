package org.bulwark.site;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.UnaryOperator;

/**
 * One String per distinct byte sequence, looked up by the bytes themselves: the link scan meets
 * the same navigation links and ids on every page, and this way a value seen before costs a hash
 * over its bytes and one comparison, with no decoding and no new String. Not thread-safe: one
 * table per rendering thread.
 */
final class ByteStrings {
    private final UnaryOperator<String> decode;
    private byte[][] keys = new byte[1024][];
    private String[] values = new String[1024];
    private int[] hashes = new int[1024];
    private int size;

    /** {@code decode}: what a value becomes after UTF-8 decoding (e.g. HTML unescaping). */
    ByteStrings(UnaryOperator<String> decode) {
        this.decode = decode;
    }

    /** The String for bytes {@code [from, to)} of {@code a}: UTF-8 decoded, then {@code decode}d. */
    String get(byte[] a, int from, int to) {
        int h = 1;
        for (int i = from; i < to; i++) h = 31 * h + a[i];
        int mask = keys.length - 1;
        int slot = (h ^ (h >>> 16)) & mask;
        while (keys[slot] != null) {
            byte[] k = keys[slot];
            if (hashes[slot] == h && Arrays.equals(k, 0, k.length, a, from, to)) return values[slot];
            slot = (slot + 1) & mask;
        }
        String value = decode.apply(new String(a, from, to - from, StandardCharsets.UTF_8));
        keys[slot] = Arrays.copyOfRange(a, from, to);
        values[slot] = value;
        hashes[slot] = h;
        if (++size * 2 > keys.length) grow();
        return value;
    }

    private void grow() {
        byte[][] oldKeys = keys;
        String[] oldValues = values;
        int[] oldHashes = hashes;
        keys = new byte[oldKeys.length * 2][];
        values = new String[keys.length];
        hashes = new int[keys.length];
        int mask = keys.length - 1;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] == null) continue;
            int h = oldHashes[i];
            int slot = (h ^ (h >>> 16)) & mask;
            while (keys[slot] != null) slot = (slot + 1) & mask;
            keys[slot] = oldKeys[i];
            values[slot] = oldValues[i];
            hashes[slot] = h;
        }
    }
}
