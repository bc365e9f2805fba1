package org.bulwark.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTest {
    @Test
    void plainFieldsAreNotQuoted() {
        assertEquals("IAM-01", Csv.field("IAM-01"));
        assertEquals("", Csv.field(null));
    }

    @Test
    void commasQuotesAndLineBreaksAreQuoted() {
        assertEquals("\"a, b\"", Csv.field("a, b"));
        assertEquals("\"say \"\"hi\"\"\"", Csv.field("say \"hi\""));
        assertEquals("\"one\ntwo\"", Csv.field("one\ntwo"));
        assertEquals("\"one\r\ntwo\"", Csv.field("one\r\ntwo"));
    }

    @Test
    void formulasAreDefused() {
        assertEquals("'=SUM(A1:A9)", Csv.field("=SUM(A1:A9)"));
        assertEquals("'@cmd", Csv.field("@cmd"));
        assertEquals("\"'+1, 2\"", Csv.field("+1, 2"));
    }

    @Test
    void utf8WithBomAndCrlf() {
        byte[] bytes = new Csv().row(List.of("id", "title")).row(List.of("X-1", "Zürich, 東京")).bytes();
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(bytes, 3));
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertEquals("id,title\r\nX-1,\"Zürich, 東京\"\r\n", text);
    }

    @Test
    void parsesBack() {
        List<String> row = List.of("a,b", "q\"uote", "multi\nline", "é");
        byte[] bytes = new Csv().row(row).bytes();
        assertEquals(List.of(row), CsvReader.parse(bytes));
    }
}
