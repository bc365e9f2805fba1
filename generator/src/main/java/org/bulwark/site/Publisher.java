package org.bulwark.site;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Stages a site in a sibling folder of the output (same file system) and swaps it in with
 * renames, so a failed build leaves the previous site exactly as it was.
 */
public final class Publisher {
    /** Marks a folder as a site Bulwark wrote, so it may be replaced. */
    public static final String MARKER = ".bulwark-site";

    private final Path out;

    public Publisher(Path out) {
        this.out = out.toAbsolutePath().normalize();
    }

    /** Refuses to replace a folder that holds anything but a Bulwark site. */
    public void checkReplaceable() throws IOException {
        if (!Files.exists(out)) return;
        if (!Files.isDirectory(out)) throw new IOException(out + " exists and is not a folder");
        if (Files.exists(out.resolve(MARKER))) return;
        try (var list = Files.list(out)) {
            if (list.findAny().isPresent()) {
                throw new IOException("refusing to replace " + out + ": it is not empty and was not written by Bulwark"
                        + " (no " + MARKER + " file)");
            }
        }
    }

    public Path stage() throws IOException {
        Path parent = out.getParent();
        Files.createDirectories(parent);
        return Files.createTempDirectory(parent, "." + out.getFileName() + ".staging-");
    }

    /** Moves the staged site into place; the old one is removed only once the new one is in. */
    public void publish(Path staged) throws IOException {
        Files.write(staged.resolve(MARKER), new byte[0]);
        Path old = null;
        if (Files.exists(out)) {
            old = Files.createTempDirectory(out.getParent(), "." + out.getFileName() + ".old-");
            Files.delete(old);
            move(out, old);
        }
        try {
            move(staged, out);
        } catch (IOException e) {
            if (old != null) move(old, out);
            throw e;
        }
        if (old != null) delete(old);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            throw new IOException("cannot rename " + from + " to " + to + " atomically: " + e.getMessage(), e);
        }
    }

    public static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                Files.delete(d);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
