package org.bulwark.link;

import java.text.Normalizer;
import java.util.Locale;

/** URL- and anchor-safe slugs from human text. */
public final class Slug {
    private Slug() {}

    public static String of(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKD).toLowerCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                sb.append(c);
            } else if (Character.getType(c) != Character.NON_SPACING_MARK && sb.length() > 0
                    && sb.charAt(sb.length() - 1) != '-') {
                sb.append('-');
            }
        }
        int end = sb.length();
        while (end > 0 && sb.charAt(end - 1) == '-') end--;
        return end == 0 ? "section" : sb.substring(0, end);
    }
}
