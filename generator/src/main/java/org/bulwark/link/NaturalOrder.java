package org.bulwark.link;

import java.util.Comparator;

/**
 * Orders identifiers as people read them: AC-2 before AC-10, IA-2 before IA-2(1), 1.9 before
 * 1.10. Runs of digits compare by value; everything else by character.
 */
public final class NaturalOrder implements Comparator<String> {
    public static final NaturalOrder INSTANCE = new NaturalOrder();

    @Override
    public int compare(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            char ca = a.charAt(i);
            char cb = b.charAt(j);
            if (Character.isDigit(ca) && Character.isDigit(cb)) {
                int si = i;
                int sj = j;
                while (i < a.length() && Character.isDigit(a.charAt(i))) i++;
                while (j < b.length() && Character.isDigit(b.charAt(j))) j++;
                while (si < i - 1 && a.charAt(si) == '0') si++; // leading zeros do not count
                while (sj < j - 1 && b.charAt(sj) == '0') sj++;
                int c = Integer.compare(i - si, j - sj);
                for (int k = 0; c == 0 && k < i - si; k++) c = Character.compare(a.charAt(si + k), b.charAt(sj + k));
                if (c != 0) return c;
            } else {
                int c = Character.compare(Character.toUpperCase(ca), Character.toUpperCase(cb));
                if (c != 0) return c;
                i++;
                j++;
            }
        }
        int c = Integer.compare(a.length() - i, b.length() - j);
        return c != 0 ? c : a.compareTo(b);
    }
}
