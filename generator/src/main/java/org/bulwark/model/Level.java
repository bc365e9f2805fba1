package org.bulwark.model;

/** How far a control goes: the baseline every account meets, the standard, or advanced. */
public enum Level implements Keyword { BASELINE, STANDARD, ADVANCED }
