package org.bulwark.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LauncherTest {
    @TempDir
    Path cache;

    @Test
    void pruningKeepsTheNewestArchivesAndNothingElseIsTouched() throws IOException {
        for (int i = 1; i <= 5; i++) {
            Path a = Files.writeString(cache.resolve("classes-" + Integer.toHexString(0xa0 + i) + ".jsa"), "x");
            Files.setLastModifiedTime(a, FileTime.fromMillis(1_000_000L * i));
        }
        Files.writeString(cache.resolve("notes.txt"), "mine");
        Launcher.prune(cache, 2);
        try (var files = Files.list(cache)) {
            assertEquals(List.of("classes-a4.jsa", "classes-a5.jsa", "notes.txt"),
                    files.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void aNewArchiveLeavesRoomForItself() throws IOException {
        for (int i = 1; i <= Launcher.KEEP_ARCHIVES + 2; i++) {
            Path a = Files.writeString(cache.resolve("classes-b" + i + ".jsa"), "x");
            Files.setLastModifiedTime(a, FileTime.fromMillis(1_000_000L * i));
        }
        Launcher.prune(cache, Launcher.KEEP_ARCHIVES - 1);
        try (var files = Files.list(cache)) {
            assertEquals(Launcher.KEEP_ARCHIVES - 1, files.count());
        }
    }

    @Test
    void theTunedJvmStartsWithTheseOptions() throws IOException, InterruptedException {
        // an option this JDK refuses would make every build fail at start: try them on it
        for (String jit : new String[] {null, "c2"}) {
            List<String> cmd = new java.util.ArrayList<>();
            cmd.add(ProcessHandle.current().info().command().orElse("java"));
            cmd.addAll(Launcher.tuning(jit, List.of()));
            cmd.add("-version");
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertEquals(0, p.waitFor(), out);
        }
        List<String> options = Launcher.tuning(null, List.of());
        org.junit.jupiter.api.Assertions.assertTrue(options.containsAll(List.of("-XX:+UseParallelGC",
                "-XX:MaxNewSize=96m", "-XX:TieredStopAtLevel=1")), options.toString());
        org.junit.jupiter.api.Assertions.assertFalse(Launcher.tuning("c2", List.of()).contains("-XX:TieredStopAtLevel=1"));
    }

    @Test
    void theServerJvmStartsWithItsOptionsAndGivesMemoryBackWhenIdle() throws IOException, InterruptedException {
        List<String> options = Launcher.serverTuning(null, List.of());
        org.junit.jupiter.api.Assertions.assertTrue(options.containsAll(List.of("-XX:G1PeriodicGCInterval=2000",
                "-XX:MaxHeapFreeRatio=30")), options.toString());
        List<String> cmd = new java.util.ArrayList<>();
        cmd.add(ProcessHandle.current().info().command().orElse("java"));
        cmd.addAll(options);
        cmd.add("-version");
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), out);
        // a collector of the user's own takes no G1 options
        org.junit.jupiter.api.Assertions.assertFalse(Launcher.serverTuning(null, List.of("-XX:+UseParallelGC"))
                .contains("-XX:G1PeriodicGCInterval=2000"));
    }

    @Test
    void theUsersJvmOptionsReachTheTunedJvmAndTheirCollectorReplacesOurs() throws IOException, InterruptedException {
        assertEquals(List.of("-Xmx2g", "-Dx=y", "-XX:+UseSerialGC"), Launcher.userOptions(List.of("-Xmx2g", "-Dx=y",
                "-ea", "-XX:+UseSerialGC", "-jar", "bulwark.jar", "build", "-Dnot=mine")));
        assertEquals(List.of(), Launcher.userOptions(List.of("-cp", "bulwark.jar", "org.bulwark.cli.Main", "-Xmx1g")));
        List<String> user = List.of("-XX:+UseSerialGC", "-Xmx256m");
        List<String> tuned = Launcher.tuning(null, user);
        org.junit.jupiter.api.Assertions.assertFalse(tuned.contains("-XX:+UseParallelGC"), tuned.toString());
        // and the JVM takes them together (two collectors would stop it)
        List<String> cmd = new java.util.ArrayList<>();
        cmd.add(ProcessHandle.current().info().command().orElse("java"));
        cmd.addAll(tuned);
        cmd.addAll(user);
        cmd.add("-version");
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), out);
    }
}
