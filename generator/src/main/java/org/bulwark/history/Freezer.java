package org.bulwark.history;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.bulwark.load.Folders;

/**
 * Writes a release: a copy of the content (everything but {@code releases/} and hidden files)
 * into {@code releases/<version>/}, with {@code release.json} hashing what was copied. The
 * copy is made in a hidden folder beside it and renamed into place, so a release folder is
 * either whole or absent.
 */
public final class Freezer {
    private Freezer() {}

    /** The release folder written; refuses one that exists. */
    public static Path freeze(Path contentDir, String standardId, String version) throws IOException {
        Path releases = contentDir.resolve(ReleaseLoader.FOLDER);
        Path target = releases.resolve(version);
        if (Files.exists(target)) throw new FileAlreadyExistsException(target.toString());
        List<String> files = ContentFiles.list(contentDir, Set.of(ReleaseLoader.FOLDER));
        boolean created = !Files.isDirectory(releases);
        Files.createDirectories(releases);
        // hidden, so a copy left by a crash is never read as a release
        Path staging = releases.resolve("." + version + ".staging");
        Folders.delete(staging);
        try {
            Files.createDirectory(staging);
            SortedMap<String, String> hashes = new TreeMap<>();
            for (String f : files) {
                byte[] bytes = Files.readAllBytes(contentDir.resolve(f));
                Path to = staging.resolve(f);
                Files.createDirectories(to.getParent());
                Files.write(to, bytes);
                hashes.put(f, ContentFiles.sha256(bytes));
            }
            Files.write(staging.resolve(ReleaseManifest.FILE), new ReleaseManifest(standardId, version, hashes).bytes());
            try {
                Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                throw new IOException("cannot rename " + staging + " to " + target + " atomically: " + e.getMessage(), e);
            }
        } catch (IOException | RuntimeException e) {
            Folders.delete(staging);
            if (created) Files.deleteIfExists(releases);
            throw e;
        }
        return target;
    }

}
