package org.bulwark.model;

import java.util.Optional;
import org.bulwark.diag.SourcePosition;

/**
 * A citable part of a control's statement ({@code #req-a}). {@code level} is set when the
 * requirement sits above its control's level (OSPS Baseline's maturity levels per requirement).
 */
public record Requirement(String id, Markdown text, Optional<Level> level, SourcePosition position) {}
