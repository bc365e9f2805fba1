package org.bulwark.site;

import java.nio.charset.StandardCharsets;
import org.bulwark.render.Fragment;

/**
 * Turns the site links of a rendered page ({@code {{root}}controls/IAM-01/#evidence}) into
 * relative links that work from a server and from {@code file://} alike: the way back to the
 * root, and {@code index.html} for directory URLs, which a disk has no server to add.
 */
public final class SiteLinks {
    private SiteLinks() {}

    private static final byte[] ROOT = Fragment.ROOT.getBytes(StandardCharsets.US_ASCII);

    /**
     * Works on the first {@code length} bytes of a UTF-8 page: the token and the characters that
     * end a URL are ASCII, and no byte of a multi-byte character is below 0x80.
     */
    public static byte[] relativize(byte[] html, int length, String rootDir) {
        byte[] root = rootDir.getBytes(StandardCharsets.UTF_8);
        int at = indexOf(html, length, 0);
        if (at < 0) return java.util.Arrays.copyOf(html, length);
        ByteBuilder out = new ByteBuilder(length + 2048);
        int from = 0;
        while (at >= 0) {
            out.append(html, from, at).append(root, 0, root.length);
            int p = at + ROOT.length;
            int end = p;
            while (end < length && !endsUrl(html[end])) end++;
            out.append(html, p, end);
            if (end == p || html[end - 1] == '/') out.append(INDEX, 0, INDEX.length);
            from = end;
            at = indexOf(html, length, end);
        }
        return out.append(html, from, length).toArray();
    }

    private static final byte[] INDEX = "index.html".getBytes(StandardCharsets.US_ASCII);

    private static boolean endsUrl(byte b) {
        return b == ' ' || b == '"' || b == '\'' || b == '#' || b == '?' || b == '<' || b == '>' || b == '\t' || b == '\n';
    }

    private static int indexOf(byte[] a, int length, int from) {
        byte first = ROOT[0];
        for (int i = from, last = length - ROOT.length; i <= last; i++) {
            if (a[i] != first) continue;
            int k = 1;
            while (k < ROOT.length && a[i + k] == ROOT[k]) k++;
            if (k == ROOT.length) return i;
        }
        return -1;
    }

    /** A growing byte array whose contents are taken once. */
    private static final class ByteBuilder {
        private byte[] buf;
        private int size;

        ByteBuilder(int capacity) {
            buf = new byte[capacity];
        }

        ByteBuilder append(byte[] b, int from, int to) {
            int n = to - from;
            if (size + n > buf.length) buf = java.util.Arrays.copyOf(buf, Math.max(buf.length * 2, size + n));
            System.arraycopy(b, from, buf, size, n);
            size += n;
            return this;
        }

        byte[] toArray() {
            return size == buf.length ? buf : java.util.Arrays.copyOf(buf, size);
        }
    }
}
