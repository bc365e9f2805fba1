package org.bulwark.model;

import java.util.Optional;
import org.bulwark.diag.SourcePosition;

/** A free page: onboarding, explanations; {@code next} builds a reading path. */
public record Page(String id, String title, int order, boolean nav, Optional<Ref> next, Markdown summary,
                   Markdown body, SourcePosition position) {}
