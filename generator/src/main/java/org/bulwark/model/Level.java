package org.bulwark.model;

/** How far a control goes: the baseline every account meets, the standard, or advanced. */
public enum Level implements Keyword {
    BASELINE, STANDARD, ADVANCED;

    /** This level is included in {@code other}: baseline is part of every level, advanced only of itself. */
    public boolean within(Level other) {
        return compareTo(other) <= 0;
    }
}
