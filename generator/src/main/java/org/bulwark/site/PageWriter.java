package org.bulwark.site;

import java.io.Writer;
import java.util.Arrays;
import org.bulwark.render.Fragment;

/**
 * Where a template writes a page: the characters become UTF-8 bytes as they come, and the site
 * links become relative on the way ({@code {{root}}controls/IAM-01/#evidence} on a page two
 * folders deep: {@code ../../controls/IAM-01/index.html#evidence}). Relative links work from a
 * server and from {@code file://} alike; a directory URL gets {@code index.html}, which a disk
 * has no server to add.
 *
 * <p>One pass and one copy: no String of the page, no separate encoder with its buffers, no
 * second pass to rewrite links. A writer is reused page after page by one thread; {@link #start}
 * readies it for the next.
 */
public final class PageWriter extends Writer {
    private static final char[] ROOT = Fragment.ROOT.toCharArray();
    private static final byte[] INDEX = {'i', 'n', 'd', 'e', 'x', '.', 'h', 't', 'm', 'l'};

    private byte[] buf;
    private int size;
    private char[] chars = new char[1024];
    private byte[] root = new byte[0];
    /** How many characters of {@link #ROOT} the last ones written match; held back until decided. */
    private int matched;
    /** Between a replaced {@code {{root}}} and the end of its URL. */
    private boolean inUrl;
    /** The last character of that URL so far, or 0 while it is empty. */
    private char urlLast;
    /** The first half of a surrogate pair, until the second comes. */
    private char high;

    public PageWriter() {
        this(32 * 1024);
    }

    /** With a buffer of {@code capacity} bytes to begin with (tests start from one byte). */
    PageWriter(int capacity) {
        buf = new byte[capacity];
    }

    /** Readies the writer for a page whose way back to the site root is {@code rootDir} ("../../"). */
    public PageWriter start(String rootDir) {
        size = 0;
        matched = 0;
        inUrl = false;
        urlLast = 0;
        high = 0;
        root = rootDir.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        return this;
    }

    /** The page written since {@link #start}, ended as if closed. */
    public byte[] toByteArray() {
        finish();
        return Arrays.copyOf(buf, size);
    }

    @Override
    public void write(String s) {
        write(s, 0, s.length());
    }

    @Override
    public void write(char[] cbuf) {
        write(cbuf, 0, cbuf.length);
    }

    @Override
    public void write(String s, int off, int len) {
        if (len > chars.length) chars = new char[Math.max(len, chars.length * 2)];
        s.getChars(off, off + len, chars, 0);
        write(chars, 0, len);
    }

    @Override
    public void write(int c) {
        char[] one = {(char) c};
        write(one, 0, 1);
    }

    @Override
    public void write(char[] cbuf, int off, int len) {
        // at most three bytes a character (four for a pair, whose first half wrote none), and the
        // characters held back from earlier writes; the root and index.html make room for themselves
        ensure(3 * len + 4 + ROOT.length);
        byte[] b = buf;
        int n = size;
        boolean plain = plain();
        for (int i = off, end = off + len; i < end; i++) {
            char c = cbuf[i];
            // most of a page: ASCII outside a site link, one byte each
            if (plain && c < 0x80 && c != '{') {
                b[n++] = (byte) c;
                continue;
            }
            size = n;
            special(c, end - i);
            b = buf;
            n = size;
            plain = plain();
        }
        size = n;
    }

    /** Nothing held back and not inside a site link: the next ASCII character is just written. */
    private boolean plain() {
        return matched == 0 && !inUrl && high == 0;
    }

    /** A character the fast path leaves: {@code left} counts it and those after it in this write. */
    private void special(char c, int left) {
        if (inUrl) {
            if (!endsUrl(c)) {
                urlLast = c;
                put(c);
                return;
            }
            endUrl(3 * left + 4);
        } else if (c == ROOT[matched]) {
            if (++matched == ROOT.length) {
                matched = 0;
                append(root, 3 * left + 4);
                inUrl = true;
                urlLast = 0;
            }
            return;
        } else if (matched > 0) {
            mismatch(c);
            return;
        }
        put(c);
    }

    /**
     * The characters held back were not {@code {{root}}} after all: the first is text, and the
     * others, with {@code c}, may still begin one ("{{{root}}").
     */
    private void mismatch(char c) {
        int held = matched;
        matched = 0;
        put(ROOT[0]);
        char[] again = Arrays.copyOfRange(ROOT, 1, held + 1);
        again[held - 1] = c;
        write(again, 0, held);
    }

    /** Ends the URL of a replaced {@code {{root}}}; {@code reserve}: room the caller still needs after. */
    private void endUrl(int reserve) {
        inUrl = false;
        if (urlLast == 0 || urlLast == '/') append(INDEX, reserve);
    }

    private void finish() {
        if (inUrl) endUrl(0);
        if (matched > 0) {
            ensure(matched);
            for (int k = 0; k < matched; k++) put(ROOT[k]);
            matched = 0;
        }
        if (high != 0) {
            ensure(1);
            high = 0;
            buf[size++] = '?';
        }
    }

    /**
     * What ends a site link: the end of its attribute, its fragment or query, and a backslash,
     * which no URL of the site holds (the renderer writes it %5C) and which comes before the
     * closing quote when the HTML is inside a JSON string (the workload view's data).
     */
    private static boolean endsUrl(char c) {
        return c == ' ' || c == '"' || c == '\'' || c == '#' || c == '?' || c == '<' || c == '>' || c == '\t'
                || c == '\n' || c == '\\';
    }

    /** One character as UTF-8; a lone surrogate becomes '?', as the JDK's encoder writes it. */
    private void put(char c) {
        if (high != 0) {
            if (Character.isLowSurrogate(c)) {
                int cp = Character.toCodePoint(high, c);
                high = 0;
                buf[size++] = (byte) (0xf0 | (cp >> 18));
                buf[size++] = (byte) (0x80 | ((cp >> 12) & 0x3f));
                buf[size++] = (byte) (0x80 | ((cp >> 6) & 0x3f));
                buf[size++] = (byte) (0x80 | (cp & 0x3f));
                return;
            }
            high = 0;
            buf[size++] = '?';
        }
        if (c < 0x80) {
            buf[size++] = (byte) c;
        } else if (c < 0x800) {
            buf[size++] = (byte) (0xc0 | (c >> 6));
            buf[size++] = (byte) (0x80 | (c & 0x3f));
        } else if (Character.isHighSurrogate(c)) {
            high = c;
        } else if (Character.isLowSurrogate(c)) {
            buf[size++] = '?';
        } else {
            buf[size++] = (byte) (0xe0 | (c >> 12));
            buf[size++] = (byte) (0x80 | ((c >> 6) & 0x3f));
            buf[size++] = (byte) (0x80 | (c & 0x3f));
        }
    }

    private void append(byte[] b, int reserve) {
        ensure(1 + b.length + reserve);
        if (high != 0) { // a lone first half, before what comes after it
            high = 0;
            buf[size++] = '?';
        }
        System.arraycopy(b, 0, buf, size, b.length);
        size += b.length;
    }

    private void ensure(int more) {
        if (size + more > buf.length) buf = Arrays.copyOf(buf, Math.max(buf.length * 2, size + more));
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
}
