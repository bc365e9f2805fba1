package org.bulwark.history;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.bulwark.diag.Diagnostics;
import org.bulwark.diag.SourcePosition;
import org.bulwark.link.Index;
import org.bulwark.model.Control;
import org.bulwark.model.Ref;
import org.bulwark.model.Standard;
import org.bulwark.model.Status;

/**
 * The published-id ledger (SPEC §5): what the current content owes its releases. Every id a
 * release published, as a control or a former id, still exists (a citation of it must keep
 * working); content that differs from a release does not carry its version; and the current
 * version sorts after every release.
 */
public final class Ledger {
    private final ReleaseHistory history;
    private final Index current;
    private final Path contentDir;
    private final Diagnostics diagnostics;

    public Ledger(ReleaseHistory history, Index current, Path contentDir, Diagnostics diagnostics) {
        this.history = history;
        this.current = current;
        this.contentDir = contentDir;
        this.diagnostics = diagnostics;
    }

    public void check() {
        if (history.isEmpty()) return;
        version();
        publishedIds();
    }

    private void version() {
        Standard s = current.content().standard();
        Release latest = history.latest().orElseThrow();
        Optional<Version> version = Version.parse(s.version());
        if (version.isEmpty()) {
            diagnostics.error(s.versionPosition(), "bad-version", "version '" + s.version() + "' cannot be ordered "
                    + "against the releases: a version is " + Version.form());
            return;
        }
        int c = version.get().compareTo(latest.version());
        if (c < 0) {
            diagnostics.error(s.versionPosition(), "version-order", "version " + s.version() + " sorts before the latest "
                    + "release, " + latest.version().text() + ": the current content's version sorts after every release"
                    + " (for example " + latest.version().next().text() + ")");
        } else if (c == 0) {
            differences(latest).ifPresent(file -> diagnostics.error(s.versionPosition(), "version-reused", "the content "
                    + "differs from release " + latest.version().text() + " (" + file + ") but still carries its version "
                    + s.version() + ": give the new content a version that sorts after it (for example "
                    + latest.version().next().text() + ")"));
        }
    }

    /** How the current content differs from a release's files, in a few words; empty when it does not. */
    private Optional<String> differences(Release release) {
        List<String> files;
        try {
            files = ContentFiles.list(contentDir, Set.of(ReleaseLoader.FOLDER));
        } catch (IOException e) {
            diagnostics.error(SourcePosition.of(contentDir), "io", "cannot list folder: " + e.getMessage());
            return Optional.empty();
        }
        List<String> differ = new ArrayList<>();
        Map<String, String> frozen = release.manifest().files();
        for (String f : files) {
            try {
                String hash = frozen.get(f);
                if (hash == null) differ.add(f + " added");
                else if (!hash.equals(ContentFiles.sha256(contentDir.resolve(f)))) differ.add(f + " changed");
            } catch (IOException e) {
                differ.add(f + " unreadable");
            }
        }
        for (String f : frozen.keySet()) if (!files.contains(f)) differ.add(f + " removed");
        if (differ.isEmpty()) return Optional.empty();
        return Optional.of(differ.get(0) + (differ.size() == 1 ? "" : ", and " + (differ.size() - 1)
                + (differ.size() == 2 ? " more file" : " more files")));
    }

    /**
     * Where an id was first published: the release, and where its file names it (the files of
     * later releases that are the same are read once, from the first).
     */
    private record Publication(Release release, SourcePosition position, Optional<String> aliasOf) {}

    private void publishedIds() {
        Map<String, Publication> ids = new LinkedHashMap<>();
        for (Release r : history.releases()) {
            for (Control c : r.published()) {
                ids.putIfAbsent(c.id(), new Publication(r, c.position(), Optional.empty()));
                for (Ref alias : c.aliases()) {
                    ids.putIfAbsent(alias.id(), new Publication(r, alias.position(), Optional.of(c.id())));
                }
            }
        }
        ids.forEach((id, where) -> {
            Optional<Control> now = current.control(id).or(() -> current.controlByAlias(id));
            if (now.isPresent() && now.get().status() != Status.DRAFT) return;
            String what = where.aliasOf().map(of -> id + " (a former id of " + of + ")").orElse(id);
            String problem = now.isPresent() ? " but is a draft now, which takes its page down"
                    : " and is missing from the current content";
            String file = where.release().root().relativize(where.position().file()).toString().replace('\\', '/');
            String keep = where.aliasOf().isPresent()
                    ? "keep " + id + " in the `aliases` of the control that replaces it"
                    : "keep " + file + " with `status: withdrawn` and `superseded_by: <successor>`, or add " + id
                    + " to the `aliases` of the control that replaces it";
            diagnostics.error(where.position(), "released-id-missing", what + " was published in release "
                    + where.release().version().text() + problem + ": a published id never disappears, so citations "
                    + "of it keep working; " + keep);
        });
    }
}
