package org.bulwark.history;

import java.util.Locale;
import java.util.Optional;

/**
 * One difference in a control between two versions of the standard. {@code item} names the
 * part that changed where a control has several (a requirement or evidence id, a service,
 * {@code framework identifier}, a verification); {@code before} and {@code after} are the old
 * and new values ("" for none); {@code words} is the word-by-word comparison of a text.
 */
public record Change(Kind kind, String item, String before, String after, Optional<WordDiff> words) {

    /** What changed. */
    public enum Kind {
        ADDED, REMOVED, MERGED, RENAMED, STATUS, SUCCESSOR, TITLE, AREA, TOPIC, LEVEL, SEVERITY, RESPONSIBILITY,
        OWNER, SERVICE_ADDED, SERVICE_DROPPED, STATEMENT, REQUIREMENT_ADDED, REQUIREMENT_REMOVED, REQUIREMENT,
        REQUIREMENT_LEVEL, RATIONALE, GUIDANCE, EVIDENCE_ADDED, EVIDENCE_REMOVED, EVIDENCE, VERIFICATION_ADDED,
        VERIFICATION_DROPPED, VERIFICATION, REFERENCE_ADDED, REFERENCE_DROPPED;

        /** As tools read it: {@code requirement-added}. */
        public String keyword() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    static Change of(Kind kind, String item, String before, String after) {
        return new Change(kind, item, before, after, Optional.empty());
    }

    static Change text(Kind kind, String item, WordDiff words) {
        return new Change(kind, item, words.before(), words.after(), Optional.of(words));
    }

    /** What changed, in a few words: "requirement b reworded", "moved into the baseline". */
    public String phrase() {
        return switch (kind) {
            case ADDED -> "added";
            case REMOVED -> "removed";
            case MERGED -> "merged into " + after;
            case RENAMED -> "renamed from " + before;
            case STATUS -> status();
            case SUCCESSOR -> after.isEmpty() ? "successor " + before + " dropped" : "successor now " + after;
            case TITLE -> "retitled";
            case AREA -> "moved to area " + after;
            case TOPIC -> after.isEmpty() ? "moved out of topic " + before : "moved to topic " + after;
            case LEVEL -> after.equals("baseline") ? "moved into the baseline"
                    : before.equals("baseline") ? "moved out of the baseline (now " + after + ")"
                    : "level " + before + " → " + after;
            case SEVERITY -> "severity " + or(before) + " → " + or(after);
            case RESPONSIBILITY -> "responsibility " + or(before) + " → " + or(after);
            case OWNER -> "owner " + or(before) + " → " + or(after);
            case SERVICE_ADDED -> "service " + item + " added";
            case SERVICE_DROPPED -> "service " + item + " dropped";
            case STATEMENT -> "statement reworded";
            case REQUIREMENT_ADDED -> "requirement " + item + " added";
            case REQUIREMENT_REMOVED -> "requirement " + item + " removed";
            case REQUIREMENT -> "requirement " + item + " reworded";
            case REQUIREMENT_LEVEL -> "requirement " + item + " level " + level(before) + " → " + level(after);
            case RATIONALE -> "rationale reworded";
            case GUIDANCE -> "guidance revised";
            case EVIDENCE_ADDED -> "evidence " + item + " added";
            case EVIDENCE_REMOVED -> "evidence " + item + " removed";
            case EVIDENCE -> "evidence " + item + " reworded";
            case VERIFICATION_ADDED -> "verification added: " + item;
            case VERIFICATION_DROPPED -> "verification dropped: " + item;
            case VERIFICATION -> "verification " + item + " reworded";
            case REFERENCE_ADDED -> "cites " + item + " " + after;
            case REFERENCE_DROPPED -> "no longer cites " + item + " " + before;
        };
    }

    private String status() {
        return switch (after) {
            case "withdrawn" -> "withdrawn";
            case "deprecated" -> "deprecated";
            case "active" -> "reinstated";
            default -> "status " + before + " → " + after;
        };
    }

    /** A requirement without a level of its own has its control's. */
    private static String level(String value) {
        return value.isEmpty() ? "(the control's)" : value;
    }

    private static String or(String value) {
        return value.isEmpty() ? "none" : value;
    }
}
