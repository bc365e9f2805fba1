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

    /** The level of one of this control's requirements: its own, else the control's. */
    public Level levelOf(Requirement r) {
        return r.level().orElse(level);
    }

    /** The requirements that apply at {@code level} (those at it or below it), in order. */
    public List<Requirement> requirementsWithin(Level level) {
        return requirements.stream().filter(r -> levelOf(r).within(level)).toList();
    }

    /** In the catalogue, checklist and counts: everything published but withdrawn. */
    public boolean listed() {
        return status.listed();
    }
}
