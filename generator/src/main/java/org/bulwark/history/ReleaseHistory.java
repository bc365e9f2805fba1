package org.bulwark.history;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The releases of a content folder, oldest first (by {@link Version} order). */
public record ReleaseHistory(List<Release> releases) {
    public static final ReleaseHistory NONE = new ReleaseHistory(List.of());

    public ReleaseHistory {
        releases = releases.stream().sorted(Comparator.comparing(Release::version)).toList();
    }

    public boolean isEmpty() {
        return releases.isEmpty();
    }

    /** The release that sorts last. */
    public Optional<Release> latest() {
        return releases.isEmpty() ? Optional.empty() : Optional.of(releases.get(releases.size() - 1));
    }

    /** The release of a version, however it is spelt ({@code 1.0} finds {@code 1.0.0}). */
    public Optional<Release> find(Version version) {
        return releases.stream().filter(r -> r.version().sameAs(version)).findFirst();
    }

    public Optional<Release> find(String version) {
        return Version.parse(version).flatMap(this::find);
    }
}
