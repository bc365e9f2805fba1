package org.bulwark.export;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** A strict RFC 4180 reader for the tests: BOM, CRLF records, quoted fields. */
public final class CsvReader {
    private CsvReader() {}

    public static List<List<String>> parse(byte[] bytes) {
        if (bytes.length < 3 || (bytes[0] & 0xff) != 0xEF || (bytes[1] & 0xff) != 0xBB || (bytes[2] & 0xff) != 0xBF) {
            throw new AssertionError("no UTF-8 byte-order mark");
        }
        String s = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '"' && field.length() == 0) {
                i++;
                while (true) {
                    if (i >= s.length()) throw new AssertionError("unterminated quote");
                    char q = s.charAt(i);
                    if (q == '"' && i + 1 < s.length() && s.charAt(i + 1) == '"') {
                        field.append('"');
                        i += 2;
                    } else if (q == '"') {
                        i++;
                        break;
                    } else {
                        field.append(q);
                        i++;
                    }
                }
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
                i++;
            } else if (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i += 2;
            } else if (c == '\n' || c == '\r' || c == '"') {
                throw new AssertionError("bare " + (c == '"' ? "quote" : "line break") + " at " + i + " outside quotes");
            } else {
                field.append(c);
                i++;
            }
        }
        if (field.length() > 0 || !row.isEmpty()) throw new AssertionError("last record not ended by CRLF");
        return rows;
    }
}
