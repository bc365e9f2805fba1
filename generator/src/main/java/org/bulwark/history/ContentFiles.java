package org.bulwark.history;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

/**
 * The files a release freezes and checks: every file under a folder, as a path relative to it
 * with '/' separators, sorted; hidden files and folders (a name starting with '.') are left
 * out, as the loader leaves them out, and so are the named top-level entries
 * ({@code releases} of the content, {@code release.json} of a release).
 */
final class ContentFiles {
    static final int MAX_FILES = 100_000;

    private ContentFiles() {}

    static List<String> list(Path root, Set<String> skipAtTop) throws IOException {
        List<String> out = new ArrayList<>();
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                return dir.equals(root) || !skipped(root.relativize(dir)) ? FileVisitResult.CONTINUE
                        : FileVisitResult.SKIP_SUBTREE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Path rel = root.relativize(file);
                if (skipped(rel) || !Files.isRegularFile(file)) return FileVisitResult.CONTINUE;
                out.add(rel.toString().replace('\\', '/'));
                if (out.size() > MAX_FILES) throw new IOException(root + " holds more than " + MAX_FILES + " files");
                return FileVisitResult.CONTINUE;
            }

            private boolean skipped(Path rel) {
                String name = rel.getFileName().toString();
                return name.startsWith(".") || (rel.getNameCount() == 1 && skipAtTop.contains(name));
            }
        });
        out.sort(null);
        return out;
    }

    /** SHA-256 of a file, in lower-case hex. */
    static String sha256(Path file) throws IOException {
        return sha256(file, newDigest());
    }

    /** SHA-256 of a file by {@code digest} (a new one), in lower-case hex. */
    static String sha256(Path file, MessageDigest digest) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[64 * 1024];
            for (int n; (n = in.read(buffer)) > 0; ) digest.update(buffer, 0, n);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(newDigest().digest(bytes));
    }

    /** A SHA-256 digest by the JDK's own provider. */
    static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
