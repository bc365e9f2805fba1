package org.bulwark.history;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.bulwark.diag.Diagnostics;
import org.bulwark.diag.SourcePosition;
import org.bulwark.link.Crosswalk;
import org.bulwark.link.Index;
import org.bulwark.load.ContentLoader;
import org.bulwark.load.Reuse;
import org.bulwark.model.Content;
import org.bulwark.model.Control;
import org.bulwark.validate.Validator;

/**
 * Loads {@code releases/<version>/} of a content folder: checks each folder against its
 * {@code release.json} (every file listed, present and unchanged), then loads and validates
 * it as a standard of its own, once.
 *
 * <p>A frozen release cannot be edited, so only its errors are reported: they would break its
 * pages. Its warnings are not: it passed {@code check --strict} when it was made, and a
 * warning rule added by a later Bulwark must not fail {@code check --strict} for ever on
 * history nobody may change.
 */
public final class ReleaseLoader {
    /** The folder of a content folder that holds its releases. */
    public static final String FOLDER = "releases";

    private ReleaseLoader() {}

    /** Every release of {@code contentDir}, oldest first; {@link ReleaseHistory#NONE} when it has none. */
    public static ReleaseHistory load(Path contentDir, Diagnostics diagnostics) {
        return load(contentDir, ContentFiles::newDigest, diagnostics);
    }

    /**
     * As {@link #load(Path, Diagnostics)}, hashing the releases' files with the digests {@code
     * digests} makes: the build passes the fastest SHA-256 it has (see {@code site.Sha256}).
     */
    public static ReleaseHistory load(Path contentDir, Supplier<MessageDigest> digests, Diagnostics diagnostics) {
        Path dir = contentDir.resolve(FOLDER);
        if (!Files.exists(dir)) return ReleaseHistory.NONE;
        if (!Files.isDirectory(dir)) {
            diagnostics.error(SourcePosition.of(dir), "release-name", FOLDER + " is a file; it is the folder that holds "
                    + "the releases, one folder per version");
            return ReleaseHistory.NONE;
        }
        List<Path> entries;
        try (Stream<Path> list = Files.list(dir)) {
            entries = list.filter(p -> !p.getFileName().toString().startsWith(".")).sorted().toList();
        } catch (IOException e) {
            diagnostics.error(SourcePosition.of(dir), "io", "cannot list folder: " + e.getMessage());
            return ReleaseHistory.NONE;
        }
        List<Version> versions = new ArrayList<>();
        List<Path> roots = new ArrayList<>();
        for (Path p : entries) {
            String name = p.getFileName().toString();
            Optional<Version> v = Version.parse(name);
            if (!Files.isDirectory(p)) {
                diagnostics.error(SourcePosition.of(p), "release-name", FOLDER + "/ holds only release folders, one "
                        + "per version, written by `bulwark release`; " + name + " is a file");
                continue;
            }
            if (v.isEmpty()) {
                diagnostics.error(SourcePosition.of(p), "release-name", "'" + name + "' is not a version: a release "
                        + "folder is named after the version it froze, " + Version.form());
                continue;
            }
            int same = versions.indexOf(v.get());
            if (same >= 0) {
                diagnostics.error(SourcePosition.of(p), "release-duplicate", "release " + name + " is the same version as "
                        + FOLDER + "/" + versions.get(same).text() + " (missing segments count as 0); one version, "
                        + "one release folder");
                continue;
            }
            versions.add(v.get());
            roots.add(p);
        }
        // every release's files are checked against its release.json at once: hashing them is most
        // of the work of a release, and needs nothing of the others
        List<Checked> checked = java.util.stream.IntStream.range(0, roots.size()).parallel()
                .mapToObj(i -> check(versions.get(i), roots.get(i), digests, diagnostics)).flatMap(Optional::stream)
                .sorted(java.util.Comparator.comparing(Checked::version)).toList();
        // then loaded oldest first, one after the other: a file the release before already read is
        // reused, not parsed again, and the positions of shared files name the release that first had them
        Reuse reuse = new Reuse();
        List<Release> releases = new ArrayList<>();
        for (Checked c : checked) release(c, reuse, diagnostics).ifPresent(releases::add);
        return new ReleaseHistory(releases);
    }

    /** A release folder checked against its manifest: the SHA-256 of each file found as listed, by path. */
    private record Checked(Version version, Path root, ReleaseManifest manifest, Map<String, String> hashes) {}

    private static Optional<Checked> check(Version version, Path root, Supplier<MessageDigest> digests,
                                           Diagnostics diagnostics) {
        Path manifestFile = root.resolve(ReleaseManifest.FILE);
        Optional<ReleaseManifest> manifest = ReleaseManifest.read(manifestFile, diagnostics);
        if (manifest.isEmpty()) return Optional.empty();
        if (!manifest.get().version().equals(version.text())) {
            diagnostics.error(SourcePosition.of(manifestFile).at(1, 1), "release-manifest", ReleaseManifest.FILE
                    + " is the manifest of version " + manifest.get().version() + ", but its folder is named "
                    + version.text() + ": a release folder keeps the name `bulwark release` gave it");
        }
        return Optional.of(new Checked(version, root, manifest.get(),
                verify(root, version, manifest.get(), digests, diagnostics)));
    }

    private static Optional<Release> release(Checked c, Reuse reuse, Diagnostics diagnostics) {
        return loadStandard(c.root(), diagnostics, reuse.folder(c.root(), c.hashes())).map(index -> {
            List<Control> published = index.published(false);
            return new Release(c.version(), c.root(), index, published,
                    new Crosswalk(index.content().standard().frameworks(), published), c.manifest());
        });
    }

    /**
     * Every file the manifest lists is there with its hash, and nothing else is. Returns the
     * SHA-256 of each file that is as the manifest says, by path: the files that may be reused.
     */
    private static Map<String, String> verify(Path root, Version version, ReleaseManifest manifest,
                                              Supplier<MessageDigest> digests, Diagnostics diagnostics) {
        List<String> present;
        try {
            present = ContentFiles.list(root, Set.of(ReleaseManifest.FILE));
        } catch (IOException e) {
            diagnostics.error(SourcePosition.of(root), "io", "cannot list folder: " + e.getMessage());
            return Map.of();
        }
        Path manifestFile = root.resolve(ReleaseManifest.FILE);
        Map<String, String> verified = new HashMap<>();
        Set<String> here = new HashSet<>(present);
        manifest.files().forEach((path, hash) -> {
            if (!here.contains(path)) {
                diagnostics.error(manifest.position(path, manifestFile), "release-file-missing", ReleaseManifest.FILE
                        + " lists " + path + ", which is missing from release " + version.text()
                        + ": a release is never edited; restore the file from version control");
                return;
            }
            try {
                if (ContentFiles.sha256(root.resolve(path), digests.get()).equals(hash)) {
                    verified.put(path, hash);
                } else {
                    diagnostics.error(SourcePosition.of(root.resolve(path)), "release-edited", path
                            + " was changed after release " + version.text() + " was frozen (its SHA-256 is not the one "
                            + ReleaseManifest.FILE + " lists): a release is never edited; restore the file from version "
                            + "control and make the change in the current content");
                }
            } catch (IOException e) {
                diagnostics.error(SourcePosition.of(root.resolve(path)), "io", "cannot read file: " + e.getMessage());
            }
        });
        for (String path : present) {
            if (!manifest.files().containsKey(path)) {
                diagnostics.error(SourcePosition.of(root.resolve(path)), "release-file-unlisted", path
                        + " is not part of release " + version.text() + " (" + ReleaseManifest.FILE
                        + " does not list it): a release is never edited; remove the file");
            }
        }
        return verified;
    }

    /**
     * A content folder loaded and validated as a standard, without its releases. {@code frozen}:
     * only errors are reported (see the class comment), else everything.
     */
    public static Optional<Index> loadStandard(Path root, Diagnostics diagnostics, boolean frozen) {
        return frozen ? loadStandard(root, diagnostics, Reuse.NONE) : load(root, diagnostics, Reuse.NONE);
    }

    /** A frozen folder: only its errors are reported. */
    private static Optional<Index> loadStandard(Path root, Diagnostics diagnostics, Reuse.Folder reuse) {
        Diagnostics own = new Diagnostics();
        Optional<Index> index = load(root, own, reuse);
        diagnostics.addErrors(own);
        return index;
    }

    private static Optional<Index> load(Path root, Diagnostics diagnostics, Reuse.Folder reuse) {
        Optional<Content> content = new ContentLoader(reuse).load(root, diagnostics);
        Optional<Index> index = content.map(Index::new);
        index.ifPresent(i -> new Validator(i, diagnostics, false).validate());
        return index;
    }
}
