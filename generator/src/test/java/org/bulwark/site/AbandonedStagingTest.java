package org.bulwark.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.bulwark.Sites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code build} removes the staging folders that killed builds left beside the output, and never
 * the one of a build still running: that one's lock file is held, here by another process.
 */
class AbandonedStagingTest {
    @TempDir
    Path tmp;

    @Test
    void aBuildRemovesAbandonedStagingFoldersButNotALiveBuildsOne() throws Exception {
        Path out = tmp.resolve("site");
        // killed during a build: its folder, its lock file, nobody holding it
        Path killed = staging(".site.staging-111");
        Files.createFile(tmp.resolve(".site.staging-111.lock"));
        // left by a Bulwark from before the locks: no lock file at all
        Path legacy = staging(".site.staging-222");
        // killed between deleting its folder and its lock file
        Path orphanLock = Files.createFile(tmp.resolve(".site.staging-333.lock"));
        // a build still running, in another process, holding its lock
        Path live = staging(".site.staging-444");
        Path liveLock = Files.createFile(tmp.resolve(".site.staging-444.lock"));
        Process holder = holdLock(liveLock);
        try {
            SiteBuilder.Result r = new SiteBuilder().run(new SiteBuilder.Options(Sites.site("minimal"), Optional.empty(),
                    Optional.of(out), Optional.empty(), false, false));
            assertTrue(r.published(), r.diagnostics().sorted().toString());
            assertFalse(Files.exists(killed), "the killed build's folder is removed");
            assertFalse(Files.exists(tmp.resolve(".site.staging-111.lock")));
            assertFalse(Files.exists(legacy), "a folder without a lock is removed");
            assertFalse(Files.exists(orphanLock), "a lock without a folder is removed");
            assertTrue(Files.exists(live.resolve("index.html")), "the running build's folder stays");
            assertTrue(Files.exists(liveLock));
            assertEquals(List.of(".site.staging-444", ".site.staging-444.lock", "site"), names(tmp),
                    "nothing else is left: this build's own staging folder and lock are gone");
        } finally {
            holder.destroy();
            holder.waitFor(10, TimeUnit.SECONDS);
        }
        // once its build is gone, the next build removes that one too
        new SiteBuilder().run(new SiteBuilder.Options(Sites.site("minimal"), Optional.empty(), Optional.of(out),
                Optional.empty(), false, false));
        assertEquals(List.of("site"), names(tmp));
    }

    @Test
    void aFailedBuildLeavesNoStagingFolderOrLock() throws Exception {
        Path content = tmp.resolve("content");
        Sites.copy(Sites.site("minimal"), content);
        Files.writeString(content.resolve("pages/second.md"), "---\ntitle: Broken\n---\n[[NOPE-1]]\n");
        SiteBuilder.Result r = new SiteBuilder().run(new SiteBuilder.Options(content, Optional.empty(),
                Optional.of(tmp.resolve("site")), Optional.empty(), false, false));
        assertFalse(r.published());
        assertEquals(List.of("content"), names(tmp));
    }

    private Path staging(String name) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve(name));
        Files.writeString(dir.resolve("index.html"), "half a site");
        return dir;
    }

    private static List<String> names(Path dir) throws IOException {
        try (var list = Files.list(dir)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** Another JVM that locks {@code file} as a running build does, until it is stopped. */
    private static Process holdLock(Path file) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), LockHolder.class.getName(),
                file.toString()).redirectErrorStream(true).start();
        // it says when it holds the lock
        int c = p.getInputStream().read();
        assertEquals('L', c, "the lock holder started");
        return p;
    }

    /** Holds a lock on a file until killed. */
    public static final class LockHolder {
        public static void main(String[] args) throws Exception {
            try (FileChannel channel = FileChannel.open(Path.of(args[0]), StandardOpenOption.WRITE)) {
                channel.lock();
                System.out.print('L');
                System.out.flush();
                Thread.sleep(Long.MAX_VALUE);
            }
        }
    }
}
