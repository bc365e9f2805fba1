package org.bulwark.load;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Files already read in this run, by their content. Frozen releases are mostly the same files
 * as the release before them: with one store shared by the folders of a run, each distinct file
 * is parsed once. A file is reused only under its path in its folder and its SHA-256, so what is
 * reused is what reading it again would give, positions aside: they name the folder that read the
 * file first.
 */
public final class Reuse {
    private final Map<String, Object> read = new ConcurrentHashMap<>();

    /** This store as one folder sees it: {@code hashes} gives the SHA-256 of its files by path ('/'-separated). */
    public Folder folder(Path root, Map<String, String> hashes) {
        return new Folder(root, hashes);
    }

    /** A folder's view of the store; {@link #NONE} reads every file. */
    public final class Folder {
        private final Path root;
        private final Map<String, String> hashes;

        private Folder(Path root, Map<String, String> hashes) {
            this.root = root;
            this.hashes = hashes;
        }

        /** What reading {@code file} gives: read now, or reused from a file of the same path and content. */
        @SuppressWarnings("unchecked")
        <T> T read(Path file, Supplier<T> reader) {
            if (hashes.isEmpty()) return reader.get();
            String path = root.relativize(file).toString().replace('\\', '/');
            String hash = hashes.get(path);
            if (hash == null) return reader.get();
            return (T) read.computeIfAbsent(path + "\n" + hash, k -> reader.get());
        }
    }

    /** No reuse: every file is read. */
    public static final Folder NONE = new Reuse().folder(Path.of(""), Map.of());
}
