package org.bulwark.site;

import java.io.IOException;
import java.io.UncheckedIOException;
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
        if (path.startsWith("/") || path.contains("..") || path.contains("\\")) {
            throw new IllegalArgumentException("not a site path: " + path);
        }
        // check writes nowhere, and its manifest goes nowhere: no file to hash for it
        hashes.put(path, dir.isPresent() ? sha256(bytes) : "");
        sizes.put(path, (long) bytes.length);
        dir.ifPresent(d -> {
            Path target = d.resolve(path);
            try {
                Files.createDirectories(target.getParent());
                Files.write(target, bytes);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    public boolean exists(String path) {
        return hashes.containsKey(path);
    }

    /** Path -> SHA-256 (hex), sorted by path. */
    public Map<String, String> hashes() {
        return new java.util.TreeMap<>(hashes);
    }

    /** Path -> size in bytes, sorted by path. */
    public Map<String, Long> sizes() {
        return new java.util.TreeMap<>(sizes);
    }

    public Optional<Path> dir() {
        return dir;
    }

    public static String sha256(byte[] bytes) {
        return Sha256.hex(bytes);
    }
}
