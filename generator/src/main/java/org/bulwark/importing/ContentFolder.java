package org.bulwark.importing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.bulwark.load.Folders;

/**
 * Creates a new content folder whole or not at all: the files are written to a staging folder
 * beside it, which then takes its name. An existing folder with anything in it is never touched.
 */
public final class ContentFolder {
    private ContentFolder() {}

    /** Why {@code out} cannot become a new content folder, or empty when it can. */
    public static Optional<String> refusal(Path out) {
        if (!Files.exists(out)) return Optional.empty();
        if (!Files.isDirectory(out)) return Optional.of(out + " exists and is a file");
        try (Stream<Path> s = Files.list(out)) {
            return s.findAny().isEmpty() ? Optional.empty()
                    : Optional.of(out + " exists and is not empty; name a new folder (nothing was written)");
        } catch (IOException e) {
            return Optional.of("cannot read " + out + ": " + e.getMessage());
        }
    }

    /** Writes {@code files} (path relative to the folder, with '/', to UTF-8 text) as the folder {@code out}. */
    public static void create(Path out, Map<String, String> files) throws IOException {
        Path target = out.toAbsolutePath().normalize();
        Path parent = target.getParent();
        Files.createDirectories(parent);
        Path staging = staging(parent, target.getFileName().toString());
        try {
            for (Map.Entry<String, String> f : files.entrySet()) {
                Path file = staging.resolve(f.getKey()).normalize();
                if (!file.startsWith(staging) || file.equals(staging)) {
                    throw new IllegalArgumentException("file outside the folder: " + f.getKey());
                }
                Files.createDirectories(file.getParent());
                Files.writeString(file, f.getValue(), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
            }
            if (Files.isDirectory(target)) Files.delete(target); // empty, or refusal() would have said so
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            try {
                Folders.delete(staging);
            } catch (IOException gone) {
                e.addSuppressed(gone); // the staging folder is hidden and named after the process
            }
            throw e;
        }
    }

    /** A fresh folder beside the target, made with the user's default permissions. */
    private static Path staging(Path parent, String name) throws IOException {
        long pid = ProcessHandle.current().pid();
        for (int n = 0; ; n++) {
            try {
                return Files.createDirectory(parent.resolve("." + name + ".writing-" + pid + "-" + n));
            } catch (FileAlreadyExistsException e) {
                if (n > 100) throw e;
            }
        }
    }

}
