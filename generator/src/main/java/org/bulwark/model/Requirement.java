package org.bulwark.model;

import org.bulwark.diag.SourcePosition;

/** A citable part of a control's statement ({@code #req-a}). */
public record Requirement(String id, Markdown text, SourcePosition position) {}
