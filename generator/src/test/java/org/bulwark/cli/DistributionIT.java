package org.bulwark.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.bulwark.Sites;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The distribution as a user meets it, after {@code mvn package}: bulwark-VERSION.zip unpacked
 * into an empty folder, {@code bin/bulwark} run as a process, through links, with and without
 * JAVA_HOME, with JVM options in BULWARK_OPTS. Runs in {@code mvn verify} (failsafe).
 */
class DistributionIT {
    private static final String VERSION = System.getProperty("bulwark.version");

    @TempDir
    static Path tmp;

    static Path home;

    @BeforeAll
    static void unpack() throws IOException {
        Path zip = Path.of(System.getProperty("bulwark.distribution"));
        assertTrue(Files.isRegularFile(zip), "mvn package writes " + zip);
        Map<String, Integer> modes = unixModes(Files.readAllBytes(zip));
        Path into = tmp.resolve("unpacked");
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                Path target = into.resolve(e.getName()).normalize();
                assertTrue(target.startsWith(into), e.getName());
                if (e.isDirectory()) {
                    Files.createDirectories(target);
                    continue;
                }
                Files.createDirectories(target.getParent());
                Files.copy(in, target);
                Integer mode = modes.get(e.getName());
                if (mode != null) Files.setPosixFilePermissions(target, permissions(mode));
            }
        }
        home = into.resolve("bulwark-" + VERSION);
    }

    @Test
    void holdsTheScriptTheJarTheDocsAndTheNotices() throws IOException {
        Set<String> files = new TreeSet<>();
        try (var walk = Files.walk(home)) {
            walk.filter(Files::isRegularFile).forEach(p -> files.add(home.relativize(p).toString().replace('\\', '/')));
        }
        assertTrue(files.containsAll(List.of("bin/bulwark", "lib/bulwark.jar", "README.md", "NOTICE.md",
                "docs/README.md", "docs/cli.md", "docs/diagnostics.md")), files.toString());
        assertTrue(Files.isExecutable(home.resolve("bin/bulwark")), "the zip marks bin/bulwark executable");
        String readme = Files.readString(home.resolve("README.md"));
        assertTrue(readme.startsWith("# Bulwark " + VERSION + "\n"), readme);
        assertTrue(!Files.readString(home.resolve("NOTICE.md")).contains("${"), "versions filled in");
    }

    @Test
    void printsItsVersion() throws Exception {
        Run run = run(List.of(home.resolve("bin/bulwark").toString(), "--version"), Map.of());
        assertEquals(0, run.code, run.toString());
        assertEquals("bulwark " + VERSION + "\n", run.out, run.toString());
    }

    @Test
    void checksTheDefaultStandardAndPassesTheExitCodeOn() throws Exception {
        Run ok = run(List.of(home.resolve("bin/bulwark").toString(), "check", "--content",
                Sites.defaultContent().toString()), Map.of());
        assertEquals(0, ok.code, ok.toString());
        assertTrue(ok.out.matches("(?s)Checked \\d+ pages from \\d+ controls in [0-9.]+ s: 0 errors, 0 warnings\n"),
                ok.toString());

        Path broken = tmp.resolve("broken");
        Sites.copy(Sites.site("minimal"), broken);
        Files.writeString(broken.resolve("pages/second.md"), "---\ntitle: Second\n---\n[[IAM-99]]\n");
        Run invalid = run(List.of(home.resolve("bin/bulwark").toString(), "check", "--content", broken.toString()),
                Map.of());
        assertEquals(1, invalid.code, invalid.toString());
        assertTrue(invalid.err.contains("[unknown-ref]"), invalid.toString());

        Run usage = run(List.of(home.resolve("bin/bulwark").toString(), "chekc"), Map.of());
        assertEquals(2, usage.code, usage.toString());
    }

    @Test
    void findsItselfThroughChainsOfLinks() throws Exception {
        Path bin = Files.createDirectories(tmp.resolve("links/bin"));
        Path absolute = Files.createSymbolicLink(tmp.resolve("links/bulwark"), home.resolve("bin/bulwark"));
        Path relative = Files.createSymbolicLink(bin.resolve("bw"), Path.of("../bulwark"));
        for (Path link : List.of(absolute, relative)) {
            Run run = run(List.of(link.toString(), "--version"), Map.of());
            assertEquals("bulwark " + VERSION + "\n", run.out, link + ": " + run);
        }
    }

    @Test
    void takesJavaFromJavaHomeOrThePath() throws Exception {
        String script = home.resolve("bin/bulwark").toString();
        Run fromHome = run(List.of(script, "--version"), Map.of("JAVA_HOME", System.getProperty("java.home")));
        assertEquals(0, fromHome.code, fromHome.toString());

        Run badHome = run(List.of(script, "--version"), Map.of("JAVA_HOME", tmp.resolve("no-jdk").toString()));
        assertEquals(3, badHome.code, badHome.toString());
        assertTrue(badHome.err.contains("JAVA_HOME is set to"), badHome.toString());

        // a PATH with the tools the script uses but no java
        Path tools = Files.createDirectories(tmp.resolve("tools-without-java"));
        for (String tool : List.of("dirname", "readlink", "ls")) {
            for (String dir : List.of("/usr/bin", "/bin")) {
                Path p = Path.of(dir, tool);
                if (Files.isExecutable(p) && !Files.exists(tools.resolve(tool))) Files.createSymbolicLink(tools.resolve(tool), p);
            }
        }
        Run noJava = run(List.of("/bin/sh", script, "--version"), Map.of("PATH", tools.toString(), "JAVA_HOME", ""));
        assertEquals(3, noJava.code, noJava.toString());
        assertTrue(noJava.err.contains("no 'java' on the PATH"), noJava.toString());
    }

    /** Both JVMs get BULWARK_OPTS: the launching one and the tuned one it relaunches the jar in. */
    @Test
    void jvmOptionsReachTheJvmThatDoesTheWork() throws Exception {
        Path logs = Files.createDirectories(tmp.resolve("gc-logs"));
        Run run = run(List.of(home.resolve("bin/bulwark").toString(), "check", "--content",
                Sites.defaultContent().toString()), Map.of("BULWARK_OPTS", "-Xlog:gc:file=" + logs + "/gc-%p.log -Xmx512m"));
        assertEquals(0, run.code, run.toString());
        try (var files = Files.list(logs)) {
            assertEquals(2, files.count(), "one gc log per JVM: the launcher and the tuned JVM");
        }
    }

    /** The entry of .pre-commit-hooks.yaml, run as pre-commit runs it: from the repository's root. */
    @Test
    void thePreCommitHookChecksTheDefaultStandard() throws Exception {
        List<String> entry = CiExamplesTest.hookEntry();
        assertEquals("bulwark", entry.get(0));
        List<String> command = new ArrayList<>(entry);
        command.set(0, home.resolve("bin/bulwark").toString());
        Run run = run(command, Map.of(), Sites.repo());
        assertEquals(0, run.code, run.toString());
        assertTrue(run.out.startsWith("Checked "), run.toString());
    }

    record Run(int code, String out, String err) {}

    private static Run run(List<String> command, Map<String, String> env) throws Exception {
        return run(command, env, tmp);
    }

    private static Run run(List<String> command, Map<String, String> env, Path dir) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
        pb.environment().put("XDG_CACHE_HOME", tmp.resolve("cache").toString()); // the class-data archive
        pb.environment().remove("BULWARK_OPTS");
        env.forEach((k, v) -> {
            if (v.isEmpty()) pb.environment().remove(k);
            else pb.environment().put(k, v);
        });
        Path out = Files.createTempFile(tmp, "out", ".txt");
        Path err = Files.createTempFile(tmp, "err", ".txt");
        Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "finished: " + command);
        return new Run(p.exitValue(), Files.readString(out), Files.readString(err));
    }

    /**
     * The Unix mode of each entry, from the zip's central directory (which java.util.zip does not
     * expose): what unzip gives the user, so the script is executable after unpacking.
     */
    static Map<String, Integer> unixModes(byte[] zip) {
        ByteBuffer b = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
        int end = zip.length - 22;
        while (end >= 0 && b.getInt(end) != 0x06054b50) end--;
        assertTrue(end >= 0, "a zip's end of central directory");
        int entries = Short.toUnsignedInt(b.getShort(end + 10));
        int at = b.getInt(end + 16);
        Map<String, Integer> modes = new TreeMap<>();
        for (int i = 0; i < entries; i++) {
            assertEquals(0x02014b50, b.getInt(at), "central directory entry");
            int madeBy = Short.toUnsignedInt(b.getShort(at + 4)) >> 8;
            int nameLength = Short.toUnsignedInt(b.getShort(at + 28));
            int extraLength = Short.toUnsignedInt(b.getShort(at + 30));
            int commentLength = Short.toUnsignedInt(b.getShort(at + 32));
            int external = b.getInt(at + 38);
            String name = new String(zip, at + 46, nameLength, StandardCharsets.UTF_8);
            if (madeBy == 3) modes.put(name, (external >>> 16) & 0777); // 3: Unix
            at += 46 + nameLength + extraLength + commentLength;
        }
        return modes;
    }

    private static Set<PosixFilePermission> permissions(int mode) {
        Set<PosixFilePermission> out = EnumSet.noneOf(PosixFilePermission.class);
        PosixFilePermission[] order = {PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE,
                PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_WRITE,
                PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE,
                PosixFilePermission.OTHERS_EXECUTE};
        for (int i = 0; i < 9; i++) {
            if ((mode & (1 << (8 - i))) != 0) out.add(order[i]);
        }
        return out;
    }
}
