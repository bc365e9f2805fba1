package org.bulwark.render;

import org.bulwark.link.Urls;

/**
 * What the pages of a frozen release know besides their own standard: which version they are
 * (they live under {@code releases/<version>/}), and the current site they may link out to,
 * through the questions this release asks of it.
 */
public record FrozenRelease(String version, CurrentSite.Questions current) {

    /** Where the release's pages are: {@code releases/1.0.0/}. */
    public String prefix() {
        return Urls.release(version);
    }

    /** A site path as the release's pages mean it: a page the release has is its own copy. */
    public String sitePath(String path) {
        return Urls.frozen(path) ? prefix() + path : path;
    }
}
