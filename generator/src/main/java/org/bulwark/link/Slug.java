package org.bulwark.link;

import java.text.Normalizer;
import java.util.Locale;

/** URL- and anchor-safe slugs from human text. */
public final class Slug {
    private Slug() {}

    public static String of(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        s = s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return s.isEmpty() ? "section" : s;
    }
}
