package org.bulwark.model;

import org.bulwark.diag.SourcePosition;

/** Something an auditor collects to show the control is met ({@code #evidence-<id>}). */
public record Evidence(String id, Markdown description, SourcePosition position) {}
