package org.bulwark.history;

import java.nio.file.Path;
import java.util.List;
import org.bulwark.link.Crosswalk;
import org.bulwark.link.Index;
import org.bulwark.link.Urls;
import org.bulwark.model.Control;
import org.bulwark.model.Standard;

/**
 * A frozen release: {@code releases/<version>/} of a content folder, loaded and validated as a
 * standard of its own (its cross-references resolve within it). {@code published} are its
 * published controls (never drafts), {@code manifest} its {@code release.json}.
 */
public record Release(Version version, Path root, Index index, List<Control> published, Crosswalk crosswalk,
                      ReleaseManifest manifest) {

    public Standard standard() {
        return index.content().standard();
    }

    /** The effective date its standard.yaml gives ("" when none). */
    public String effective() {
        return standard().effective();
    }

    /** Where its frozen pages and files live in the site: {@code releases/1.0.0/}. */
    public String sitePath() {
        return Urls.release(version.text());
    }
}
