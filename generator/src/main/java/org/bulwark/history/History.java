package org.bulwark.history;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bulwark.model.Control;
import org.bulwark.model.Standard;

/**
 * A standard's history: its releases in order, what changed in each (against the release
 * before it; the first against nothing, so every control of it is "added"), what changed
 * since the latest release when the current content has moved on, and each control's story
 * across them. Computed once from the loaded releases and the current content.
 */
public final class History {
    public static final History NONE = new History(ReleaseHistory.NONE, List.of());

    /**
     * One version of the standard: a release, or the current content (not released:
     * {@code release} is empty). {@code controls} are its published controls.
     */
    public record Edition(String version, String effective, Optional<Release> release, List<Control> controls) {
        public boolean released() {
            return release.isPresent();
        }
    }

    /** What changed from one edition to the next; {@code from} is empty for the first release. */
    public record Step(Optional<Edition> from, Edition to, Changes changes) {}

    /**
     * One entry of a control's history: the edition, the control's id there (a renamed
     * control had another), and how it changed; {@code change.category() == ADDED} is its
     * first publication.
     */
    public record Event(Edition edition, String id, ControlChange change) {}

    private final ReleaseHistory releases;
    private final List<Step> steps;
    /** By the control's id in the last edition (or where it was last seen, for one that is gone). */
    private final Map<String, List<Event>> controls = new HashMap<>();

    private History(ReleaseHistory releases, List<Step> steps) {
        this.releases = releases;
        this.steps = steps;
        for (Step s : steps) {
            for (ControlChange c : s.changes().controls()) {
                // a renamed control takes its old id's story along; one that comes back continues its own
                List<Event> events = controls.remove(c.beforeId());
                if (events == null) events = new ArrayList<>();
                events.add(new Event(s.to(), c.id(), c));
                controls.put(c.id(), events);
            }
        }
        controls.replaceAll((id, events) -> List.copyOf(events));
    }

    /**
     * The history of {@code releases}, and of the current content when it has moved on since the
     * latest (its version is not that release's). {@code current} may be absent (a release's own
     * history, up to itself).
     */
    public static History of(ReleaseHistory releases, Optional<Standard> current, List<Control> currentControls) {
        return of(of(releases), current, currentControls);
    }

    /** The history of the releases alone: each compared with the one before it. */
    public static History of(ReleaseHistory releases) {
        List<Step> steps = new ArrayList<>();
        Optional<Edition> previous = Optional.empty();
        for (Release r : releases.releases()) {
            Edition e = new Edition(r.version().text(), r.effective(), Optional.of(r), r.published());
            steps.add(new Step(previous, e, Comparison.of(previous.map(Edition::controls).orElse(List.of()), e.controls())));
            previous = Optional.of(e);
        }
        return new History(releases, List.copyOf(steps));
    }

    /**
     * {@code released} (the history of the releases alone, {@link #of(ReleaseHistory)}) with the
     * current content after it: its releases are not compared again (serve keeps them from edit
     * to edit).
     */
    public static History of(History released, Optional<Standard> current, List<Control> currentControls) {
        List<Release> releases = released.releases.releases();
        if (released.steps.size() != releases.size()) throw new IllegalArgumentException("not a history of releases alone");
        if (current.isEmpty() || releases.isEmpty()) return released;
        Step last = released.steps.get(released.steps.size() - 1);
        if (sameVersion(current.get().version(), last.to())) return released;
        List<Step> steps = new ArrayList<>(released.steps);
        Edition now = new Edition(current.get().version(), current.get().effective(), Optional.empty(), currentControls);
        steps.add(new Step(Optional.of(last.to()), now, Comparison.of(last.to().controls(), currentControls)));
        return new History(released.releases, List.copyOf(steps));
    }

    /**
     * The history of the releases up to and including {@code last}: what a frozen release knew of
     * itself. Its steps are this history's first ones, not compared again.
     */
    public History upTo(Release last) {
        List<Release> before = releases.releases().stream().filter(r -> r.version().compareTo(last.version()) <= 0)
                .toList();
        return new History(new ReleaseHistory(before), steps.subList(0, before.size()));
    }

    private static boolean sameVersion(String version, Edition release) {
        return Version.parse(version).map(v -> v.sameAs(release.release().orElseThrow().version())).orElse(false);
    }

    public ReleaseHistory releases() {
        return releases;
    }

    /** Every step, oldest first: one per release, then the unreleased one if the content moved on. */
    public List<Step> steps() {
        return steps;
    }

    /** The changes of one release (against the release before it). */
    public Optional<Step> step(Release release) {
        return steps.stream().filter(s -> s.to().release().filter(r -> r == release).isPresent()).findFirst();
    }

    /** What changed since the latest release, when the current content has moved on. */
    public Optional<Step> unreleased() {
        return steps.isEmpty() || steps.get(steps.size() - 1).to().released() ? Optional.empty()
                : Optional.of(steps.get(steps.size() - 1));
    }

    /**
     * The history of a control by its current id, oldest first: the edition that first published
     * it, then each that changed it (renames followed). Empty for a control no release has.
     */
    public List<Event> control(String id) {
        return controls.getOrDefault(id, List.of());
    }
}
