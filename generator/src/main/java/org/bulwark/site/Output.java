package org.bulwark.site;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Where rendered files go: a staging folder for {@code build}, nowhere for {@code check}.
 * Every file's path and size are kept, for the link check, and, when written, its SHA-256,
 * for the manifest.
 */
public final class Output {
    private final Optional<Path> dir;
    private final Map<String, String> hashes = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<String, Long> sizes = new java.util.concurrent.ConcurrentHashMap<>();

    private Output(Optional<Path> dir) {
        this.dir = dir;
    }

    public static Output to(Path dir) {
        return new Output(Optional.of(dir));
    }

    public static Output discarding() {
        return new Output(Optional.empty());
    }

    /** Writes one file, {@code path} relative to the site root with '/' separators. */
    public void write(String path, byte[] bytes) {
        checkPath(path);
        // check writes nowhere, and its manifest goes nowhere: no file to hash for it
        hashes.put(path, dir.isPresent() ? Sha256.hex(bytes) : "");
        sizes.put(path, (long) bytes.length);
        if (dir.isPresent()) {
            Path target = dir.get().resolve(path);
            try {
                directoryOf(target);
                Files.write(target, bytes);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * Writes one file as {@code content} makes it, hashing and counting the bytes as they pass:
     * for files of tens of megabytes (the exports), which are then never held whole in memory.
     */
    public void write(String path, Consumer<OutputStream> content) {
        checkPath(path);
        if (dir.isEmpty()) {
            Counting counting = new Counting(OutputStream.nullOutputStream(), null);
            content.accept(counting);
            hashes.put(path, "");
            sizes.put(path, counting.count);
            return;
        }
        Path target = dir.get().resolve(path);
        MessageDigest digest = Sha256.digest();
        try {
            directoryOf(target);
            try (OutputStream file = Files.newOutputStream(target);
                 Counting counting = new Counting(new BufferedOutputStream(file, 1 << 16), digest)) {
                content.accept(counting);
                counting.flush();
                hashes.put(path, HexFormat.of().formatHex(digest.digest()));
                sizes.put(path, counting.count);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Counts a file a previous build wrote, which the publisher carries over into the new site
     * unchanged ({@link Publisher#publish(Path, java.util.List)}), with the SHA-256 and size that
     * build recorded: for the manifest and the link check, as if written.
     */
    void carried(String path, String sha256, long size) {
        checkPath(path);
        hashes.put(path, sha256);
        sizes.put(path, size);
    }

    private static void checkPath(String path) {
        if (path.startsWith("/") || path.contains("..") || path.contains("\\")) {
            throw new IllegalArgumentException("not a site path: " + path);
        }
    }

    /** Folders made so far: most files share theirs with others, and a failed mkdir costs an exception. */
    private final Set<Path> folders = ConcurrentHashMap.newKeySet();

    private void directoryOf(Path file) throws IOException {
        Path folder = file.getParent();
        if (folders.contains(folder)) return;
        Files.createDirectories(folder);
        folders.add(folder);
    }

    /** Passes bytes on, counting them and, if given a digest, hashing them. */
    private static final class Counting extends FilterOutputStream {
        private final MessageDigest digest;
        long count;

        Counting(OutputStream out, MessageDigest digest) {
            super(out);
            this.digest = digest;
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            if (digest != null) digest.update((byte) b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            if (digest != null) digest.update(b, off, len);
            count += len;
        }
    }

    public boolean exists(String path) {
        return hashes.containsKey(path);
    }

    /** Path -> SHA-256 (hex), sorted by path. */
    public java.util.SortedMap<String, String> hashes() {
        return new java.util.TreeMap<>(hashes);
    }

    /** Path -> size in bytes, sorted by path. */
    public Map<String, Long> sizes() {
        return new java.util.TreeMap<>(sizes);
    }

    public Optional<Path> dir() {
        return dir;
    }
}
