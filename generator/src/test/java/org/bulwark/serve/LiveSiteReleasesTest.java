package org.bulwark.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.bulwark.Sites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Serve keeps the releases from edit to edit: an edit of the current content neither loads the
 * releases' folders again nor renders their Markdown again; a change under {@code releases/}, or
 * an update the watcher may have missed files of, does both. (That the site stays what a build
 * writes is {@link LiveSitePropertyTest}'s business.)
 */
class LiveSiteReleasesTest {
    @TempDir
    Path tmp;

    private static boolean renderedReleases(LiveSite.Update update) {
        return update.timings().lines().stream().anyMatch(l -> l.startsWith("  releases "));
    }

    @Test
    void anEditOfTheCurrentContentReusesTheReleases() throws Exception {
        Path content = tmp.resolve("content");
        Sites.copy(Sites.defaultContent(), content);
        Path standard = content.resolve("standard.yaml");
        Files.writeString(standard, Files.readString(standard).replaceFirst("(?m)^version: .*$", "version: 9.0.0"));
        LiveSite live = new LiveSite(content, Optional.empty(), false, tmp.resolve("live"));

        LiveSite.Update first = live.update(Set.of());
        assertTrue(first.shown(), first.diagnostics().sorted().toString());
        assertTrue(renderedReleases(first), "the first update renders the releases");

        Path control = content.resolve("controls/iam/IAM-01.yaml");
        Files.writeString(control, Files.readString(control).replaceFirst("(?m)^title: (.*)$", "title: $1 again"));
        LiveSite.Update edit = live.update(Set.of(control));
        assertTrue(edit.shown(), edit.diagnostics().sorted().toString());
        assertFalse(renderedReleases(edit), "an edit of a control reuses them: " + edit.timings().lines());
        String frozen = new String(live.read("releases/1.0.0/controls/IAM-01/index.html").orElseThrow(),
                StandardCharsets.UTF_8);
        assertFalse(frozen.contains(" again"), "a frozen page keeps its release's words");

        LiveSite.Update missed = live.update(List.of(), false);
        assertTrue(renderedReleases(missed), "a watcher that lost events: loaded again");

        Path release = content.resolve("releases/1.0.0/release.json");
        Files.write(release, Files.readAllBytes(release));
        LiveSite.Update touched = live.update(Set.of(release));
        assertTrue(renderedReleases(touched), "a change under releases/: loaded again");
        assertEquals(edit.diagnostics().sorted(), touched.diagnostics().sorted());
    }
}
