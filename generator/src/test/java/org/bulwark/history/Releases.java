package org.bulwark.history;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.bulwark.Sites;

/** Content folders with releases, for tests: the history fixture (history/before, history/after) released in turn. */
public final class Releases {
    private Releases() {}

    /** Sets standard.yaml's version. */
    public static void version(Path content, String version) {
        try {
            Path standard = content.resolve("standard.yaml");
            Files.writeString(standard, Files.readString(standard)
                    .replaceFirst("(?m)^version: .*$", "version: \"" + version + "\""));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces everything but releases/ with a copy of {@code from}. */
    public static void replaceContent(Path content, Path from) {
        try (Stream<Path> list = Files.list(content)) {
            for (Path p : list.toList()) {
                if (p.getFileName().toString().equals("releases")) continue;
                try (Stream<Path> walk = Files.walk(p)) {
                    for (Path q : walk.sorted(Comparator.reverseOrder()).toList()) Files.delete(q);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Sites.copy(from, content);
    }

    /**
     * A content folder holding release 1.0.0 (history/before) and release 1.1.0 (history/after),
     * whose current content is 1.1.0 as released.
     */
    public static Path twoReleases(Path content) throws IOException {
        Sites.copy(Sites.resource("history/before"), content);
        Freezer.freeze(content, "test-standard", "1.0.0");
        replaceContent(content, Sites.resource("history/after"));
        Freezer.freeze(content, "test-standard", "1.1.0");
        return content;
    }
}
