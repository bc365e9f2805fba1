package org.bulwark.site;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;

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
        publish(staged, List.of());
    }

    /**
     * Moves the staged site into place, with {@code carried}: folders of the old site (relative
     * paths, such as a frozen release's {@code releases/1.0.0/}) that the new site keeps as they
     * are, moved across just before the swap rather than copied during the build. Whatever
     * fails, the old site is left as it was.
     */
    public void publish(Path staged, List<String> carried) throws IOException {
        Files.write(staged.resolve(MARKER), new byte[0]);
        List<String> moved = new ArrayList<>();
        try {
            for (String dir : carried) {
                Files.createDirectories(staged.resolve(dir).getParent());
                move(out.resolve(dir), staged.resolve(dir));
                moved.add(dir);
            }
        } catch (IOException e) {
            giveBack(moved, staged, out);
            throw e;
        }
        Path old = null;
        if (Files.exists(out)) {
            old = Files.createTempDirectory(out.getParent(), "." + out.getFileName() + ".old-");
            Files.delete(old);
            move(out, old);
        }
        try {
            move(staged, out);
        } catch (IOException e) {
            if (old != null) {
                giveBack(moved, staged, old);
                move(old, out);
            }
            throw e;
        }
        if (old != null) delete(old);
    }

    /** Moves carried folders back from the staged site into the old one. */
    private static void giveBack(List<String> moved, Path staged, Path old) throws IOException {
        for (String dir : moved) move(staged.resolve(dir), old.resolve(dir));
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
