package org.bulwark.model;

import org.bulwark.diag.SourcePosition;

/** A heading inside an area that groups its controls. */
public record Topic(String id, String title, SourcePosition position) {}
