package org.bulwark.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.bulwark.diag.Diagnostics;

/**
 * What each content file read to, kept between loads of one content folder (serve loads it again
 * on every edit): a file whose size, modification time and identity are as they were gives its
 * last result and the diagnostics it raised, without being read or parsed again. One memo per
 * content folder; loads may run one after another, not at once.
 */
public final class FileMemo {
    /** What identifies one version of a file without reading it. */
    private record Stamp(long size, long modifiedNanos, Object key) {}

    private record Entry(Stamp stamp, Object value, Diagnostics diagnostics) {}

    private final Map<Path, Entry> entries = new ConcurrentHashMap<>();
    private final Set<Path> used = ConcurrentHashMap.newKeySet();
    private final Set<Path> forced = ConcurrentHashMap.newKeySet();

    /** Files named by a watcher as changed: read again whatever their stamp says (a save within one clock tick). */
    public void changed(Iterable<Path> files) {
        for (Path f : files) forced.add(f.toAbsolutePath().normalize());
    }

    /**
     * The result of {@code parse} for {@code file}: the remembered one if the file is unchanged,
     * its diagnostics added to {@code into} again; else {@code parse} runs with diagnostics of its own.
     */
    @SuppressWarnings("unchecked")
    <T> T read(Path file, Diagnostics into, Function<Diagnostics, T> parse) {
        Path key = file.toAbsolutePath().normalize();
        used.add(key);
        Stamp stamp = stamp(key);
        Entry e = entries.get(key);
        if (e != null && stamp != null && e.stamp().equals(stamp) && !forced.contains(key)) {
            into.addAll(e.diagnostics());
            return (T) e.value();
        }
        Diagnostics own = new Diagnostics();
        T value = parse.apply(own);
        if (stamp != null) entries.put(key, new Entry(stamp, value, own));
        into.addAll(own);
        return value;
    }

    /** After a load: forgets files it did not read (removed), and the watcher's names. */
    void sweep() {
        entries.keySet().retainAll(used);
        used.clear();
        forced.clear();
    }

    private static Stamp stamp(Path file) {
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
            Object id = Objects.requireNonNullElse(a.fileKey(), "");
            return new Stamp(a.size(), a.lastModifiedTime().to(java.util.concurrent.TimeUnit.NANOSECONDS), id);
        } catch (IOException e) {
            return null; // unreadable: parse reports it, and nothing is remembered
        }
    }
}
