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
}
