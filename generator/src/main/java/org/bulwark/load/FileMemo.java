package org.bulwark.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.bulwark.diag.Diagnostics;

/**
 * What each content file read to, kept between loads of one content folder (serve loads it again
 * on every edit): a file whose size, modification time and identity are as they were gives its
 * last result and the diagnostics it raised, without being read or parsed again. Told which files
 * changed by a watcher it trusts ({@link #changed}), it does not even look at the others' time
 * stamps, and lists a folder again only when a file in it was added or removed. One memo per
 * content folder; loads may run one after another, not at once.
 */
public final class FileMemo {
    /** What identifies one version of a file without reading it. */
    private record Stamp(long size, long modifiedNanos, Object key) {}

    private record Entry(Stamp stamp, Object value, Diagnostics diagnostics) {}

    /** A folder's listing: the files and what listing them reported. */
    private record Listing(List<Path> files, Set<Path> set, Diagnostics diagnostics) {}

    private final Map<Path, Entry> entries = new ConcurrentHashMap<>();
    private final Map<String, Listing> listings = new ConcurrentHashMap<>();
    private final Set<Path> used = ConcurrentHashMap.newKeySet();
    private final Set<Path> forced = ConcurrentHashMap.newKeySet();
    /** Whether the watcher's names are all that changed since the last load; else every stamp is looked at. */
    private boolean trusted;

    /**
     * The files a watcher saw created, changed or deleted since the last load: read again whatever
     * their stamp says (a save within one clock tick). With {@code complete}, they are all that
     * changed (no event was lost), so no other file is looked at.
     */
    public void changed(Iterable<Path> files, boolean complete) {
        for (Path f : files) forced.add(f.toAbsolutePath().normalize());
        trusted = complete && !entries.isEmpty();
    }

    /**
     * The files of a folder as {@code list} finds them (with its diagnostics), listed again only
     * if the watcher named a file in it that was added or removed, or is not trusted.
     */
    List<Path> list(Path dir, String kind, Diagnostics into, Function<Diagnostics, List<Path>> list) {
        Path key = dir.toAbsolutePath().normalize();
        String id = key + "\n" + kind;
        Listing l = listings.get(id);
        if (l == null || !trusted || addedOrRemoved(key, l)) {
            Diagnostics own = new Diagnostics();
            List<Path> files = list.apply(own);
            l = new Listing(files, Set.copyOf(files.stream().map(f -> f.toAbsolutePath().normalize()).toList()), own);
            listings.put(id, l);
        }
        into.addAll(l.diagnostics());
        return l.files();
    }

    private boolean addedOrRemoved(Path dir, Listing l) {
        for (Path f : forced) {
            if (f.startsWith(dir) && (!l.set().contains(f) || !Files.exists(f))) return true;
        }
        return false;
    }

    /**
     * The result of {@code parse} for {@code file}: the remembered one if the file is unchanged,
     * its diagnostics added to {@code into} again; else {@code parse} runs with diagnostics of its own.
     */
    @SuppressWarnings("unchecked")
    <T> T read(Path file, Diagnostics into, Function<Diagnostics, T> parse) {
        Path key = file.toAbsolutePath().normalize();
        used.add(key);
        Entry e = entries.get(key);
        if (e != null && trusted && !forced.contains(key)) {
            into.addAll(e.diagnostics());
            return (T) e.value();
        }
        Stamp stamp = stamp(key);
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
        trusted = false;
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
