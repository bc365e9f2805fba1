// Shared by the benchmark's programs; run.sh compiles bench/*.java together (see bench/README.md).
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Files as the generators write them: a generated folder replaced safely, UTF-8 text files. */
final class BenchFiles {
    private BenchFiles() {}

    /**
     * Empties {@code out} for a new generation, refusing a folder that is not empty and holds no
     * {@code marker} file (the one every generated folder of that kind has): it is not ours to wipe.
     */
    static void replaceFolder(Path out, String marker) throws IOException {
        if (Files.exists(out)) {
            boolean empty;
            try (Stream<Path> s = Files.list(out)) {
                empty = s.findAny().isEmpty();
            }
            if (!empty && !Files.exists(out.resolve(marker))) {
                throw new IOException(out + " exists, is not empty and holds no " + marker + "; refusing to replace it");
            }
            try (Stream<Path> s = Files.walk(out)) {
                for (Path x : s.sorted(Comparator.reverseOrder()).toList()) Files.delete(x);
            }
        }
        Files.createDirectories(out);
    }

    static void write(Path p, String text) {
        try {
            Files.createDirectories(p.getParent());
            Files.writeString(p, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
