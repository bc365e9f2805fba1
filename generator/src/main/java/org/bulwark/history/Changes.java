package org.bulwark.history;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What changed between two versions of a standard, control by control: only the controls
 * that differ, by id.
 */
public record Changes(List<ControlChange> controls) {

    /** How many controls each category holds; each control is counted once, under its {@link ControlChange#category()}. */
    public record Counts(int added, int removed, int withdrawn, int deprecated, int renamed, int moved, int changed) {
        public int total() {
            return added + removed + withdrawn + deprecated + renamed + moved + changed;
        }

        /** "2 added, 1 withdrawn, 5 changed"; "no changes" when nothing changed. */
        public String summary() {
            StringBuilder sb = new StringBuilder();
            append(sb, added, "added");
            append(sb, removed, "removed");
            append(sb, withdrawn, "withdrawn");
            append(sb, deprecated, "deprecated");
            append(sb, renamed, "renamed");
            append(sb, moved, "moved");
            append(sb, changed, "changed");
            return sb.length() == 0 ? "no changes" : sb.toString();
        }

        private static void append(StringBuilder sb, int n, String what) {
            if (n == 0) return;
            if (sb.length() > 0) sb.append(", ");
            sb.append(n).append(' ').append(what);
        }
    }

    public Counts counts() {
        Map<ControlChange.Category, Integer> n = new EnumMap<>(ControlChange.Category.class);
        for (ControlChange c : controls) n.merge(c.category(), 1, Integer::sum);
        return new Counts(n.getOrDefault(ControlChange.Category.ADDED, 0), n.getOrDefault(ControlChange.Category.REMOVED, 0),
                n.getOrDefault(ControlChange.Category.WITHDRAWN, 0), n.getOrDefault(ControlChange.Category.DEPRECATED, 0),
                n.getOrDefault(ControlChange.Category.RENAMED, 0), n.getOrDefault(ControlChange.Category.MOVED, 0),
                n.getOrDefault(ControlChange.Category.CHANGED, 0));
    }

    public boolean isEmpty() {
        return controls.isEmpty();
    }

    /** The change of a control, by its id after the change (or before, for one that is gone). */
    public Optional<ControlChange> control(String id) {
        return controls.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    /** The controls under one headline, by id. */
    public List<ControlChange> in(ControlChange.Category category) {
        return controls.stream().filter(c -> c.category() == category).toList();
    }
}
