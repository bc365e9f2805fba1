package org.bulwark.model;

/** The life cycle of a control. */
public enum Status implements Keyword {
    ACTIVE, DRAFT, DEPRECATED, WITHDRAWN;

    /** Shown on the site and in exports (deprecated ones stay, marked). */
    public boolean published() {
        return this != DRAFT;
    }
}
