package org.bulwark.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The theme's static files ({@code assets/}): the built-in ones embedded in the jar, overridden
 * file by file by {@code --templates DIR/assets/...}.
 */
public final class ThemeFiles {
    public static final String BUILT_IN = "/bulwark/theme";

    private ThemeFiles() {}

    /** Relative path (e.g. {@code assets/site.css}) -> bytes, sorted by path. */
    public static Map<String, byte[]> assets(Optional<Path> userTheme) {
        Map<String, byte[]> out = new TreeMap<>();
        builtIn(out);
        userTheme.map(d -> d.resolve("assets")).filter(Files::isDirectory).ifPresent(dir -> {
            try (Stream<Path> walk = Files.walk(dir)) {
                for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                    out.put("assets/" + dir.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return out;
    }

    private static void builtIn(Map<String, byte[]> out) {
        URL url = ThemeFiles.class.getResource(BUILT_IN + "/assets");
        if (url == null) return;
        try {
            URI uri = url.toURI();
            if (uri.getScheme().equals("jar")) {
                FileSystem fs;
                try {
                    fs = FileSystems.getFileSystem(uri);
                } catch (FileSystemNotFoundException e) {
                    fs = FileSystems.newFileSystem(uri, Map.of());
                }
                collect(fs.getPath(BUILT_IN + "/assets"), out);
            } else {
                collect(Path.of(uri), out);
            }
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException("cannot read the built-in theme", e);
        }
    }

    private static void collect(Path dir, Map<String, byte[]> out) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                out.put("assets/" + dir.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
            }
        }
    }

    /** A built-in theme file other than assets, e.g. for tests. */
    public static Optional<byte[]> builtInFile(String name) {
        try (InputStream in = ThemeFiles.class.getResourceAsStream(BUILT_IN + "/" + name)) {
            return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
