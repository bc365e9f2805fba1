package org.bulwark.model;

import java.util.Locale;

/** An enum written in content as a lower-case, hyphenated word ({@code aws-config}). */
public interface Keyword {
    String name();

    default String keyword() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The word with a capital first letter, for display. */
    default String label() {
        String k = keyword().replace('-', ' ');
        return Character.toUpperCase(k.charAt(0)) + k.substring(1);
    }
}
