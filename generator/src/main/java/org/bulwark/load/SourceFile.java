package org.bulwark.load;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.bulwark.diag.Diagnostics;
import org.bulwark.diag.SourcePosition;

/** Reads a content file as strict UTF-8 text, within a size limit, with LF line ends. */
public final class SourceFile {
    static final long MAX_BYTES = 512 * 1024;

    private SourceFile() {}

    static Optional<String> read(Path file, Diagnostics diagnostics) {
        return read(file, MAX_BYTES, diagnostics);
    }

    /**
     * The text of {@code file} (a byte-order mark dropped, CR LF and CR as LF), or empty with a
     * diagnostic when it is too large, not UTF-8, binary or empty.
     */
    public static Optional<String> read(Path file, long maxBytes, Diagnostics diagnostics) {
        SourcePosition at = SourcePosition.of(file);
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > maxBytes) {
                diagnostics.error(at.at(1, 1), "too-large", "file is " + size + " bytes; the limit is " + maxBytes);
                return Optional.empty();
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            diagnostics.error(at, "io", "cannot read file: " + e.getMessage());
            return Optional.empty();
        }
        // the JDK's String decoding is quick but replaces bad bytes with U+FFFD: only a file in which
        // that character shows up is decoded again, strictly, to tell a bad byte from a real one
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.indexOf('\uFFFD') >= 0) {
            CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            try {
                decoder.decode(ByteBuffer.wrap(bytes));
            } catch (CharacterCodingException e) {
                diagnostics.error(firstBadByte(bytes, at), "not-utf8", "file is not valid UTF-8 text");
                return Optional.empty();
            }
        }
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        text = text.replace("\r\n", "\n").replace('\r', '\n');
        if (text.indexOf('\0') >= 0) {
            diagnostics.error(at.at(1, 1), "not-text", "file contains NUL bytes; is it binary?");
            return Optional.empty();
        }
        if (text.isBlank()) {
            diagnostics.error(at.at(1, 1), "empty-file", "file is empty");
            return Optional.empty();
        }
        return Optional.of(text);
    }

    /** Line and column of the first byte that is not valid UTF-8. */
    private static SourcePosition firstBadByte(byte[] bytes, SourcePosition at) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length + 1);
        decoder.decode(in, out, true);
        int bad = in.position();
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < bad; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        String prefix = new String(bytes, lineStart, bad - lineStart, StandardCharsets.UTF_8);
        return at.at(line, prefix.codePointCount(0, prefix.length()) + 1);
    }
}
