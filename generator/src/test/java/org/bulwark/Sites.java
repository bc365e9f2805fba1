package org.bulwark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/** Test standards under src/test/resources/sites, and the repository's own content/. */
public final class Sites {
    private Sites() {}

    /** SHA-256 in hex by the JDK's own provider: what the manifest must say, computed independently of it. */
    public static String sha256(byte[] bytes) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256", "SUN").digest(bytes));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Path resource(String name) {
        try {
            return Path.of(Sites.class.getResource("/" + name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("missing test resource " + name, e);
        }
    }

    /** A test standard by name (src/test/resources/sites/NAME). */
    public static Path site(String name) {
        return resource("sites/" + name);
    }

    /** The repository root (surefire sets bulwark.repo; falls back to the parent of the module). */
    public static Path repo() {
        String p = System.getProperty("bulwark.repo");
        return (p != null ? Path.of(p) : Path.of("..")).toAbsolutePath().normalize();
    }

    /** The default standard shipped in content/. */
    public static Path defaultContent() {
        return repo().resolve("content");
    }

    /** Copies a folder tree (overwriting what is there). */
    public static void copy(Path from, Path to) {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
