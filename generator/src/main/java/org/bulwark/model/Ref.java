package org.bulwark.model;

import org.bulwark.diag.SourcePosition;

/** A reference by id to another thing of the standard, with where it was written. */
public record Ref(String id, SourcePosition position) {}
