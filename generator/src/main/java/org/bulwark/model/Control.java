package org.bulwark.model;

import java.util.List;
import java.util.Optional;
import org.bulwark.diag.SourcePosition;

/** One control of the standard: a normative statement with everything needed to meet it. */
public record Control(
        String id,
        String title,
        Ref area,
        Optional<Ref> topic,
        Level level,
        Optional<Severity> severity,
        Optional<Responsibility> responsibility,
        Status status,
        Optional<String> owner,
        Optional<String> reviewed,
        Markdown statement,
        List<Requirement> requirements,
        Markdown rationale,
        Markdown guidance,
        List<Applicability> services,
        List<Verification> verification,
        List<Evidence> evidence,
        List<Citation> references,
        List<Ref> related,
        List<Ref> aliases,
        Optional<Ref> supersededBy,
        SourcePosition position) {

    public boolean isBaseline() {
        return level == Level.BASELINE;
    }

    /** In the catalogue, checklist and counts: everything published but withdrawn. */
    public boolean listed() {
        return status.listed();
    }
}
