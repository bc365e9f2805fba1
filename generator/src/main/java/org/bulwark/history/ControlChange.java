package org.bulwark.history;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.bulwark.model.Control;

/**
 * How one control differs between two versions: {@code before} and {@code after} are the
 * control in each (empty when it is not there), {@code changes} what differs, in reading
 * order. {@code id} is the control's id after the change, or before it when the control is
 * gone.
 */
public record ControlChange(String id, Optional<Control> before, Optional<Control> after, List<Change> changes) {

    /**
     * The headline of a change, which decides where a list of changes shows it: each control
     * has one, the first that applies in this order.
     */
    public enum Category {
        ADDED, REMOVED, WITHDRAWN, DEPRECATED, RENAMED, MOVED, CHANGED;

        public String keyword() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** The control's id in the earlier version (the old id of a renamed control). */
    public String beforeId() {
        return before.map(Control::id).orElse(id);
    }

    public String title() {
        return after.or(() -> before).map(Control::title).orElse("");
    }

    public boolean has(Change.Kind kind) {
        return changes.stream().anyMatch(c -> c.kind() == kind);
    }

    public Optional<Change> first(Change.Kind kind) {
        return changes.stream().filter(c -> c.kind() == kind).findFirst();
    }

    public Category category() {
        if (has(Change.Kind.ADDED)) return Category.ADDED;
        if (has(Change.Kind.REMOVED) || has(Change.Kind.MERGED)) return Category.REMOVED;
        Optional<String> status = first(Change.Kind.STATUS).map(Change::after);
        if (status.filter("withdrawn"::equals).isPresent()) return Category.WITHDRAWN;
        if (status.filter("deprecated"::equals).isPresent()) return Category.DEPRECATED;
        if (has(Change.Kind.RENAMED)) return Category.RENAMED;
        if (has(Change.Kind.AREA) || has(Change.Kind.TOPIC)) return Category.MOVED;
        return Category.CHANGED;
    }

    /** What changed, in one line: "statement reworded; requirement c added; moved into the baseline". */
    public String summary() {
        List<String> phrases = new ArrayList<>();
        for (Change c : changes) {
            String p = c.phrase();
            // a withdrawal names its successor in the same breath
            if (c.kind() == Change.Kind.STATUS && !c.after().equals("active")) {
                Optional<String> successor = after.flatMap(Control::supersededBy).map(r -> r.id());
                if (successor.isPresent()) p += " (successor " + successor.get() + ")";
            }
            if (c.kind() == Change.Kind.SUCCESSOR && has(Change.Kind.STATUS)) continue;
            if (!phrases.contains(p)) phrases.add(p);
        }
        return String.join("; ", phrases);
    }
}
