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
        SourcePosition position) {

    /** The topic of this area with {@code id}, if it has one. */
    public java.util.Optional<Topic> topic(String id) {
        return topics.stream().filter(t -> t.id().equals(id)).findFirst();
    }
}
