package org.bulwark.site;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.bulwark.load.Folders;

/**
 * Stages a site in a sibling folder of the output (same file system) and swaps it in with
 * renames, so a failed build leaves the previous site exactly as it was.
 *
 * <p>A build that is killed leaves its staging folder behind ({@code .site.staging-*}). Each
 * staging folder has a lock file beside it ({@code .site.staging-*.lock}), made and locked before
 * the folder and held by the build until the folder is published or deleted; so the next build
 * removes the staging folders whose lock nobody holds, and never one of a build still running.
 */
public final class Publisher {
    /** Marks a folder as a site Bulwark wrote, so it may be replaced. */
    public static final String MARKER = ".bulwark-site";
    private static final String LOCK = ".lock";

    private final Path out;
    /** The lock of this build's staging folder, held until it is published or discarded. */
    private FileChannel lock;
    private Path lockFile;

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

    /** A new staging folder for this build, locked as this build's; abandoned ones are removed first. */
    public Path stage() throws IOException {
        Path parent = out.getParent();
        Files.createDirectories(parent);
        removeAbandoned();
        String prefix = stagingPrefix();
        while (true) {
            lockFile = Files.createTempFile(parent, prefix, LOCK);
            lock = FileChannel.open(lockFile, StandardOpenOption.WRITE);
            lock.lock();
            // another build's clean-up may have taken the new file for an orphan in between: lock anew
            if (Files.exists(lockFile)) break;
            lock.close();
        }
        String name = lockFile.getFileName().toString();
        Path staged = parent.resolve(name.substring(0, name.length() - LOCK.length()));
        Files.createDirectory(staged);
        return staged;
    }

    private String stagingPrefix() {
        return "." + out.getFileName() + ".staging-";
    }

    /**
     * Removes the staging folders (and lock files) of builds that were killed: those whose lock
     * file nobody holds, or that have none (made by a Bulwark before the locks). A build holds its
     * lock from before its folder exists until after the folder is gone.
     */
    void removeAbandoned() throws IOException {
        String prefix = stagingPrefix();
        List<Path> candidates;
        try (var list = Files.list(out.getParent())) {
            candidates = list.filter(p -> p.getFileName().toString().startsWith(prefix)).sorted().toList();
        }
        for (Path p : candidates) {
            String name = p.getFileName().toString();
            boolean isLock = name.endsWith(LOCK);
            Path lockOf = isLock ? p : p.resolveSibling(name + LOCK);
            if (isLock && Files.exists(p.resolveSibling(name.substring(0, name.length() - LOCK.length())))) continue;
            if (!Files.exists(lockOf)) {
                if (!isLock && Files.isDirectory(p)) Folders.delete(p);
                continue;
            }
            try (FileChannel channel = FileChannel.open(lockOf, StandardOpenOption.WRITE)) {
                FileLock held = channel.tryLock();
                if (held == null) continue; // a build still running holds it
                if (!isLock) Folders.delete(p);
                Files.deleteIfExists(lockOf);
            } catch (OverlappingFileLockException e) {
                // held by a build in this very process
            } catch (IOException e) {
                // gone meanwhile, or not ours to open: left alone
            }
        }
    }

    /** Deletes the staging folder of a build that did not publish, then lets go of its lock. */
    public void discard(Path staged) throws IOException {
        try {
            Folders.delete(staged);
        } finally {
            unlock();
        }
    }

    private void unlock() throws IOException {
        if (lock == null) return;
        Files.deleteIfExists(lockFile);
        lock.close();
        lock = null;
    }

    /** Moves the staged site into place; the old one is removed only once the new one is in. */
    public void publish(Path staged) throws IOException {
        publish(staged, List.of());
    }

    /**
     * Moves the staged site into place, with {@code carried}: folders of the old site (relative
     * paths, such as a frozen release's {@code releases/1.0.0/}) that the new site keeps as they
     * are, moved across just before the swap rather than copied during the build. Whatever
     * fails, the old site is left as it was; the lock is let go either way.
     */
    public void publish(Path staged, List<String> carried) throws IOException {
        try {
            swap(staged, carried);
        } finally {
            unlock();
        }
    }

    private void swap(Path staged, List<String> carried) throws IOException {
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
        if (old != null) Folders.delete(old);
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
}
