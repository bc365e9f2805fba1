package org.bulwark.model;

import java.util.List;
import org.bulwark.diag.SourcePosition;

/** A Security-pillar area: guidance plus the topics its controls are grouped by. */
public record Area(
        String id,
        String title,
        int order,
        Markdown summary,
        List<Topic> topics,
        List<Citation> references,
        Markdown body,
        SourcePosition position) {}
