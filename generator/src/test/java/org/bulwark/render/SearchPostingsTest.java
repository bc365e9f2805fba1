package org.bulwark.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class SearchPostingsTest {

    @Test
    void aSmallGapTakesOneCharacter() {
        SearchPostings p = new SearchPostings();
        p.add(0, SearchPostings.TITLE, List.of("mfa"));
        p.add(1, SearchPostings.BODY, List.of("mfa"));
        p.add(3, SearchPostings.STATEMENT, List.of("mfa"));
        // (0<<2|2)=2, (1<<2|0)=4, (2<<2|1)=9
        assertEquals(Map.of("mfa", "249"), p.encoded());
    }

    @Test
    void largeGapsUseContinuationDigitsAndDecodeBack() {
        SearchPostings p = new SearchPostings();
        int[] docs = {5, 40, 41, 1_000, 33_000, 1_234_567};
        for (int d : docs) p.add(d, d % 3, List.of("key"));
        String encoded = p.encoded().get("key");
        List<int[]> back = SearchPostings.decode(encoded);
        assertEquals(docs.length, back.size());
        for (int i = 0; i < docs.length; i++) assertArrayEquals(new int[] {docs[i], docs[i] % 3}, back.get(i));
        for (char c : encoded.toCharArray()) {
            assertEquals(true, SearchPostings.LAST.indexOf(c) >= 0 || SearchPostings.MORE.indexOf(c) >= 0, "only index digits");
        }
    }

    @Test
    void aWordKeepsTheBestFieldOfADocument() {
        SearchPostings p = new SearchPostings();
        p.add(7, SearchPostings.BODY, List.of("key", "key"));
        p.add(7, SearchPostings.TITLE, List.of("key"));
        p.add(7, SearchPostings.STATEMENT, List.of("key"));
        assertArrayEquals(new int[] {7, SearchPostings.TITLE}, SearchPostings.decode(p.encoded().get("key")).get(0));
    }

    @Test
    void wordsAreSortedAsJavaScriptComparesThem() {
        SearchPostings p = new SearchPostings();
        p.add(0, 0, List.of("zone", "ec2", "é", "aws"));
        assertEquals(List.of("aws", "ec2", "zone", "é"), List.copyOf(p.encoded().keySet()));
    }

    @Test
    void documentsMustComeInOrder() {
        SearchPostings p = new SearchPostings();
        p.add(4, 0, List.of("key"));
        assertThrows(IllegalStateException.class, () -> p.add(2, 0, List.of("key")));
    }

    @Test
    void manyWordsComeOutSortedWithTheirOwnPostings() {
        SearchPostings p = new SearchPostings();
        Map<String, String> expected = new TreeMap<>();
        for (int doc = 0; doc < 3; doc++) {
            List<String> words = new ArrayList<>();
            for (int i = 0; i < 20_000; i++) words.add("w" + Integer.toString(i * 7919 % 20_000, 36));
            p.add(doc, doc == 1 ? SearchPostings.TITLE : SearchPostings.BODY, words);
        }
        for (int i = 0; i < 20_000; i++) expected.put("w" + Integer.toString(i, 36), "064");
        assertEquals(List.copyOf(expected.entrySet()), List.copyOf(p.encoded().entrySet()));
    }
}
