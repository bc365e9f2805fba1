package org.bulwark.model;

/** The life cycle of a control. */
public enum Status implements Keyword {
    ACTIVE, DRAFT, DEPRECATED, WITHDRAWN;

    /** Shown on the site and in exports (deprecated ones stay, marked). */
    public boolean published() {
        return this != DRAFT;
    }

    /** In the catalogue, checklist and counts: everything published but withdrawn. */
    public boolean listed() {
        return this == ACTIVE || this == DEPRECATED;
    }
}
