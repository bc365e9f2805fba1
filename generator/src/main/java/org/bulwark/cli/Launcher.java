package org.bulwark.cli;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Starts the real work in a tuned JVM. {@code java -jar} cannot carry JVM options, yet the
 * options decide start-up time and memory: an application class-data archive (CDS) of
 * Bulwark's own classes, made on the first run and reused after, skips most class loading;
 * the parallel collector with a small, capped young generation keeps both cores busy and the
 * footprint near the live data; the C1 compiler alone warms up fastest ({@code BULWARK_JIT=c2} keeps the optimising one). The
 * launching JVM touches almost no classes, so it costs tens of milliseconds.
 *
 * <p>Set {@code BULWARK_FORK=0} to run in the launching JVM (as tests do, through
 * {@link Main#run}).
 */
final class Launcher {
    static final String FORKED = "bulwark.forked";

    private Launcher() {}

    /** The command for the tuned JVM, or empty to run here. */
    static Optional<List<String>> command(String[] args) {
        if (System.getProperty(FORKED) != null || "0".equals(System.getenv("BULWARK_FORK"))) return Optional.empty();
        Optional<String> java = ProcessHandle.current().info().command();
        Optional<Path> jar = jar();
        if (java.isEmpty() || jar.isEmpty()) return Optional.empty();
        List<String> cmd = new ArrayList<>();
        cmd.add(java.get());
        cmd.add("-D" + FORKED + "=1");
        List<String> user = userOptions(ProcessHandle.current().info().arguments().map(List::of).orElse(List.of()));
        boolean serve = args.length > 0 && args[0].equals("serve");
        cmd.addAll(serve ? serverTuning(System.getenv("BULWARK_JIT"), user) : tuning(System.getenv("BULWARK_JIT"), user));
        cmd.addAll(user); // after ours: the user's -Xmx or -XX: option wins
        // the archive holds the classes its first run loaded: only a run of the whole pipeline makes it
        boolean pipeline = args.length > 0 && List.of("build", "check", "export", "serve", "release").contains(args[0]);
        archive(jar.get()).ifPresent(a -> {
            if (Files.exists(a)) {
                cmd.add("-XX:SharedArchiveFile=" + a);
            } else if (pipeline) {
                prune(a.getParent(), KEEP_ARCHIVES - 1);
                cmd.add("-XX:ArchiveClassesAtExit=" + a);
            }
        });
        cmd.add("-cp");
        cmd.add(jar.get().toString());
        cmd.add(Main.class.getName());
        cmd.addAll(List.of(args));
        return Optional.of(cmd);
    }

    /**
     * The JVM options the user gave {@code java} before {@code -jar}: {@code java -Xmx2g -jar
     * bulwark.jar build} must build with 2 GB. Only -X and -D options: the class path and the jar
     * are the launcher's business.
     */
    static List<String> userOptions(List<String> launcherArguments) {
        List<String> out = new ArrayList<>();
        for (String a : launcherArguments) {
            if (a.equals("-jar") || !a.startsWith("-")) break;
            if (a.startsWith("-X") || a.startsWith("-D")) out.add(a);
        }
        return out;
    }

    /**
     * The JVM options of the tuned JVM but the class-data archive; {@code jit} is BULWARK_JIT. A
     * collector the user chose replaces ours: the JVM refuses two.
     */
    static List<String> tuning(String jit, List<String> user) {
        List<String> options = new ArrayList<>();
        // the parallel collector: a build is throughput work, and the serial one stops both cores
        // while one of them collects. The JVM's own initial heap spares the full collections that
        // growing from a small one costs as the content piles up in the old generation; untouched,
        // it costs no memory. (Measurements: bench/README.md, "Why the JVM is tuned as it is".)
        if (!ownCollector(user)) options.add("-XX:+UseParallelGC");
        // what a build keeps (content, rendered fragments, link targets) is old: a young generation
        // that starts small and is capped keeps the footprint near it
        options.add("-XX:NewSize=8m");
        options.add("-XX:MaxNewSize=96m");
        // C2 spends more CPU compiling than it saves on a build that lasts seconds
        if (!"c2".equals(jit)) options.add("-XX:TieredStopAtLevel=1");
        options.add("-Xshare:auto");
        options.add("-Xlog:cds=off,cds+dynamic=off");
        return options;
    }

    /** Whether the user chose a collector ({@code -XX:+UseSerialGC}, ...): it replaces ours, and our options for it. */
    private static boolean ownCollector(List<String> user) {
        return user.stream().anyMatch(o -> o.matches("-XX:\\+Use\\w*GC"));
    }

    /**
     * The JVM options of {@code serve}, which lives for hours and rebuilds its model on every
     * edit: the optimising compiler pays for itself there (unless {@code BULWARK_JIT=c1}), and
     * the JVM's default collector (G1) collects the models of past edits a little at a time,
     * where the parallel collector of a build stopped the server for seconds once the old
     * generation filled. (Measurements: bench/README.md, "The author's loop".)
     */
    static List<String> serverTuning(String jit, List<String> user) {
        List<String> options = new ArrayList<>();
        if ("c1".equals(jit)) options.add("-XX:TieredStopAtLevel=1");
        // between edits the server is idle: a periodic collection of G1 gives back to the system
        // what past edits' models held (bench/README.md, "The author's loop": 2.4 GB to 1.0 GB at
        // 10,000 controls). Not with a collector of the user's own.
        if (!ownCollector(user)) {
            options.add("-XX:G1PeriodicGCInterval=2000");
            options.add("-XX:MinHeapFreeRatio=10");
            options.add("-XX:MaxHeapFreeRatio=30");
        }
        options.add("-Xshare:auto");
        options.add("-Xlog:cds=off,cds+dynamic=off");
        return options;
    }

    /** Runs the command with this process's standard streams; returns its exit code. */
    static int run(List<String> command) {
        Process child;
        try {
            child = new ProcessBuilder(command).inheritIO().start();
        } catch (IOException e) {
            return -1;
        }
        Thread stop = new Thread(child::destroy);
        Runtime.getRuntime().addShutdownHook(stop);
        try {
            return child.waitFor();
        } catch (InterruptedException e) {
            child.destroy();
            Thread.currentThread().interrupt();
            return Main.INTERNAL;
        }
    }

    /** Archives kept in the cache: one per jar and JVM, each some megabytes. */
    static final int KEEP_ARCHIVES = 3;

    /**
     * Deletes all but the {@code keep} most recently made archives: every rebuilt or upgraded jar
     * gets a new one, and nothing else would ever remove the old.
     */
    static void prune(Path dir, int keep) {
        try (var files = Files.list(dir)) {
            List<Path> archives = files.filter(p -> p.getFileName().toString().matches("classes-[0-9a-f]+\\.jsa"))
                    .sorted(java.util.Comparator.comparing(Launcher::modified).reversed()
                            .thenComparing(java.util.Comparator.naturalOrder()))
                    .toList();
            for (Path old : archives.subList(Math.min(keep, archives.size()), archives.size())) {
                Files.deleteIfExists(old);
            }
        } catch (IOException | RuntimeException e) {
            // a cache: whatever cannot be removed now is tried again on the next new archive
        }
    }

    private static java.nio.file.attribute.FileTime modified(Path p) {
        try {
            return Files.getLastModifiedTime(p);
        } catch (IOException e) {
            return java.nio.file.attribute.FileTime.fromMillis(0);
        }
    }

    private static Optional<Path> jar() {
        try {
            Path p = Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return p.toString().endsWith(".jar") && Files.isRegularFile(p) ? Optional.of(p) : Optional.empty();
        } catch (URISyntaxException | SecurityException | NullPointerException e) {
            return Optional.empty();
        }
    }

    /**
     * Where the class-data archive of this jar lives: the user's cache, keyed by the jar (path,
     * size, modification time) and the JVM (version, home), so a rebuilt jar or an updated JDK
     * gets a fresh archive instead of one the JVM would silently refuse. Empty if nothing is
     * writable.
     */
    private static Optional<Path> archive(Path jar) {
        try {
            String base = System.getenv("XDG_CACHE_HOME");
            Path cache = base != null && !base.isBlank() ? Path.of(base)
                    : Path.of(System.getProperty("user.home"), ".cache");
            Path dir = cache.resolve("bulwark");
            Files.createDirectories(dir);
            if (!Files.isWritable(dir)) return Optional.empty();
            // an archive only works for the exact jar and JVM that wrote it: key on both
            String key = jar.toAbsolutePath() + "|" + Files.size(jar) + "|" + Files.getLastModifiedTime(jar).toMillis()
                    + "|" + Runtime.version() + "|" + System.getProperty("java.home");
            return Optional.of(dir.resolve("classes-" + Integer.toHexString(key.hashCode()) + ".jsa"));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
