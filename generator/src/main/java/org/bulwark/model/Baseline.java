package org.bulwark.model;

/** The title and introduction of the minimal-baseline checklist. */
public record Baseline(String title, Markdown intro) {}
