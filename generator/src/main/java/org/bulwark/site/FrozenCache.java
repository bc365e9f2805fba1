package org.bulwark.site;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.bulwark.history.History;
import org.bulwark.history.Release;
import org.bulwark.render.CurrentSite;

/**
 * What a build may keep of the last one: the frozen output of each release (its pages and its
 * {@code controls.json} under {@code releases/<version>/}), reused instead of rendered again
 * when nothing it depends on has changed. Rendering ten releases' pages costs more than the
 * rest of the build; a release never changes, so most builds need none of it.
 *
 * <p>Everything under {@code releases/<version>/} is a function of:
 * <ul>
 * <li>the release and every release before it (its history up to itself): their
 *     {@code release.json}, whose hashes the loader has checked every file against;
 * <li>the code and theme that render it: the jar's (or class folder's) entries, and the files
 *     of {@code --templates};
 * <li>the base URL (canonical links, citations, {@code controls.json}) and the current version
 *     (the banner);
 * <li>what its pages asked of the current site ({@link CurrentSite.Questions}): which pages and
 *     anchors exist, where each of its controls is now.
 * </ul>
 * The first four make the release's key; the questions are kept with their answers and asked
 * again. A release is reused when its key is the same, the current site answers every question
 * the same way, and its folder in the last site holds exactly the files the last build wrote
 * there: each of the same size and modified no later than the record itself, which is written
 * after them. Its folder is then moved from the last site into the new one as the new one takes
 * its place ({@link Publisher#publish(Path, java.util.List)}): nothing is copied, linked or
 * hashed again, and the last site's thousands of frozen files need not be deleted.
 *
 * <p>The record lives in the output folder, in {@value #FILE} beside {@link Publisher#MARKER},
 * and is no part of the site (not in the manifest). It holds no time: the same input gives the
 * same record, as it gives the same site.
 */
final class FrozenCache {
    static final String FILE = ".bulwark-releases.json";
    private static final int FORMAT = 1;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One release's frozen output as the last build left it. */
    record Entry(String key, SortedMap<String, String> asked, SortedMap<String, Stored> files) {}

    /** A file of it: its SHA-256 and size. */
    record Stored(String sha256, long size) {}

    private final Optional<Path> out;
    private final Map<String, Entry> previous;
    /** When the last build wrote its record: its files were all written before. */
    private final long recorded;
    private final String inputs;

    private FrozenCache(Optional<Path> out, Map<String, Entry> previous, long recorded, String inputs) {
        this.out = out;
        this.previous = previous;
        this.recorded = recorded;
        this.inputs = inputs;
    }

    /**
     * The cache of a build into {@code out} (none for {@code check}): what the last build there
     * recorded, and the inputs every release's key shares.
     */
    static FrozenCache open(Optional<Path> out, Optional<Path> theme, Optional<String> baseUrl, String currentVersion) {
        Map<String, Entry> previous = out.map(FrozenCache::read).orElse(Map.of());
        long recorded = previous.isEmpty() ? 0 : modified(out.get().resolve(FILE));
        // check writes nothing and keeps no record: it needs no key
        String inputs = out.isEmpty() ? "" : "format " + FORMAT + "\ncode " + Code.identity()
                + "\ntheme " + theme.map(FrozenCache::themeDigest).orElse("built-in")
                + "\nbase " + baseUrl.orElse("") + "\ncurrent " + currentVersion + "\n";
        return new FrozenCache(out, previous, recorded, inputs);
    }

    /**
     * The key of a release's frozen output: the shared inputs and the {@code release.json} of
     * the release and of every release before it. Used only to compare with the last build's.
     */
    String key(History history, Release release) {
        MessageDigest d = Sha256.digest();
        d.update(inputs.getBytes(StandardCharsets.UTF_8));
        for (Release r : history.releases().releases()) {
            if (r.version().compareTo(release.version()) > 0) break;
            d.update(r.manifest().bytes());
        }
        return HexFormat.of().formatHex(d.digest());
    }

    /** The releases whose output the last build left and this one may reuse, by version. */
    Map<String, Entry> reusable(History history, CurrentSite current) {
        Map<String, Entry> out = new TreeMap<>();
        if (previous.isEmpty()) return out;
        for (Release r : history.releases().releases()) {
            String version = r.version().text();
            Entry e = previous.get(version);
            if (e != null && e.key().equals(key(history, r)) && current.answersAsBefore(e.asked())
                    && intact(r.sitePath(), e)) {
                out.put(version, e);
            }
        }
        return out;
    }

    /**
     * Whether a release's folder in the last site holds exactly the files the record lists, each
     * of its size and written no later than the record.
     */
    private boolean intact(String folder, Entry e) {
        if (e.files().isEmpty()) return false;
        Path root = out.orElseThrow();
        Map<String, Stored> left = new TreeMap<>(e.files());
        try {
            Files.walkFileTree(root.resolve(folder), new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Stored f = left.remove(root.relativize(file).toString().replace('\\', '/'));
                    if (f == null || !attrs.isRegularFile() || attrs.size() != f.size()
                            || attrs.lastModifiedTime().toMillis() > recorded) {
                        throw new IOException("changed since the last build: " + file);
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException x) {
            return false;
        }
        return left.isEmpty();
    }

    /**
     * Takes a release's output of the last build into this one: its files count as written, with
     * the hashes that build computed; the publisher moves its folder across ({@link
     * Publisher#publish(Path, java.util.List)}).
     */
    static void carry(Entry e, Output output) {
        e.files().forEach((path, f) -> output.carried(path, f.sha256(), f.size()));
    }

    /**
     * The entry of a release rendered by this build: its key, the questions it asked, its files as
     * written ({@code hashes} and {@code sizes} of the whole site, taken once for every release).
     */
    static Entry rendered(String key, SortedMap<String, String> asked, String prefix, SortedMap<String, String> hashes,
                          Map<String, Long> sizes) {
        SortedMap<String, Stored> files = new TreeMap<>();
        // the paths under the prefix, and no others: a range of the sorted map
        hashes.subMap(prefix, prefix + Character.MAX_VALUE)
                .forEach((path, sha) -> files.put(path, new Stored(sha, sizes.get(path))));
        return new Entry(key, asked, files);
    }

    private static long modified(Path p) {
        try {
            return Files.getLastModifiedTime(p).toMillis();
        } catch (IOException e) {
            return Long.MAX_VALUE; // as if changed: nothing is reused
        }
    }

    /** Writes the record of this build's releases into the staged site. */
    static void write(Path staged, Map<String, Entry> entries) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        ObjectNode releases = root.putObject("releases");
        new TreeMap<>(entries).forEach((version, e) -> {
            ObjectNode r = releases.putObject(version);
            r.put("key", e.key());
            ObjectNode asked = r.putObject("asked");
            e.asked().forEach(asked::put);
            ObjectNode files = r.putObject("files");
            e.files().forEach((path, f) -> {
                ObjectNode file = files.putObject(path);
                file.put("sha256", f.sha256());
                file.put("size", f.size());
            });
        });
        Files.write(staged.resolve(FILE), JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(root));
    }

    /** The last build's record; empty when there is none or it cannot be read (nothing is reused). */
    private static Map<String, Entry> read(Path out) {
        Path file = out.resolve(FILE);
        if (!Files.isRegularFile(file) || !Files.exists(out.resolve(Publisher.MARKER))) return Map.of();
        try {
            JsonNode root = JSON.readTree(Files.readAllBytes(file));
            if (root.path("format").asInt() != FORMAT) return Map.of();
            Map<String, Entry> out2 = new TreeMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = root.path("releases").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> r = it.next();
                SortedMap<String, String> asked = new TreeMap<>();
                r.getValue().path("asked").fields().forEachRemaining(a -> asked.put(a.getKey(), a.getValue().asText()));
                SortedMap<String, Stored> files = new TreeMap<>();
                r.getValue().path("files").fields().forEachRemaining(f -> files.put(f.getKey(), new Stored(
                        f.getValue().path("sha256").asText(), f.getValue().path("size").asLong(-1))));
                out2.put(r.getKey(), new Entry(r.getValue().path("key").asText(), asked, files));
            }
            return out2;
        } catch (IOException e) { // unreadable or not JSON: rendered again, and recorded anew
            return Map.of();
        }
    }

    /** Every file of a theme folder, by path and SHA-256. */
    private static String themeDigest(Path theme) {
        MessageDigest d = Sha256.digest();
        try (Stream<Path> walk = Files.walk(theme)) {
            for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                d.update((theme.relativize(p).toString().replace('\\', '/') + "\n").getBytes(StandardCharsets.UTF_8));
                d.update(Files.readAllBytes(p));
            }
        } catch (IOException e) {
            return "unreadable " + System.nanoTime(); // never equal: nothing is reused
        }
        return HexFormat.of().formatHex(d.digest());
    }

    /**
     * The code that renders, built-in theme included: the jar's entries (name, CRC, size) when
     * running from the jar, else the class folder's files (path, size, modification time). Worked
     * out once per process, only when a previous build's output may be reused.
     */
    private static final class Code {
        private static final String IDENTITY = compute();

        static String identity() {
            return IDENTITY;
        }

        private static String compute() {
            MessageDigest d = Sha256.digest();
            try {
                Path where = Path.of(FrozenCache.class.getProtectionDomain().getCodeSource().getLocation().toURI());
                if (Files.isRegularFile(where)) {
                    try (ZipFile jar = new ZipFile(where.toFile())) {
                        List<ZipEntry> entries = new ArrayList<>(jar.stream().toList());
                        entries.sort(java.util.Comparator.comparing(ZipEntry::getName));
                        for (ZipEntry e : entries) {
                            d.update((e.getName() + " " + e.getCrc() + " " + e.getSize() + "\n")
                                    .getBytes(StandardCharsets.UTF_8));
                        }
                    }
                } else {
                    try (Stream<Path> walk = Files.walk(where)) {
                        for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                            d.update((where.relativize(p) + " " + Files.size(p) + " "
                                    + Files.getLastModifiedTime(p).toMillis() + "\n").getBytes(StandardCharsets.UTF_8));
                        }
                    }
                }
            } catch (IOException | URISyntaxException | RuntimeException e) {
                return "unknown " + System.nanoTime(); // never equal to a recorded one: nothing is reused
            }
            return HexFormat.of().formatHex(d.digest());
        }
    }
}
