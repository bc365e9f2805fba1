package org.bulwark.model;

import org.bulwark.diag.SourcePosition;

/** A layer of the shared responsibility model, e.g. the guest operating system. */
public record Layer(String id, String title, SourcePosition position) {}
