package org.bulwark.serve;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Watches folders (recursively, new sub-folders included) and calls back once a burst of
 * changes has settled, so an editor's save-and-rename is one rebuild, not three.
 */
public final class Watcher implements AutoCloseable {
    private static final long SETTLE_MS = 60;

    private final WatchService service;

    public Watcher(List<Path> roots) throws IOException {
        service = FileSystems.getDefault().newWatchService();
        for (Path root : roots) register(root);
    }

    private void register(Path root) throws IOException {
        if (!Files.isDirectory(root)) return;
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path dir : walk.filter(Files::isDirectory).toList()) {
                dir.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_DELETE,
                        StandardWatchEventKinds.ENTRY_MODIFY);
            }
        }
    }

    /**
     * What changed in one settled burst: the paths created, changed or deleted, and whether they
     * are all (false when the system dropped events: every file must be looked at).
     */
    public record Changes(Set<Path> paths, boolean complete) {}

    /** Blocks, calling {@code onChange} after each settled burst of changes, until closed. */
    public void run(Consumer<Changes> onChange) throws InterruptedException {
        try {
            while (true) {
                Set<Path> changed = new TreeSet<>();
                WatchKey key = service.take();
                boolean complete = drain(key, changed);
                WatchKey more;
                while ((more = service.poll(SETTLE_MS, TimeUnit.MILLISECONDS)) != null) complete &= drain(more, changed);
                onChange.accept(new Changes(changed, complete));
            }
        } catch (ClosedWatchServiceException e) {
            // closed: stop watching
        }
    }

    /** Adds what {@code key} saw to {@code changed}; false if events were lost. */
    private boolean drain(WatchKey key, Set<Path> changed) {
        Path dir = (Path) key.watchable();
        boolean complete = true;
        for (var event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.OVERFLOW) complete = false;
            if (event.context() instanceof Path name) changed.add(dir.resolve(name));
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && event.context() instanceof Path name) {
                Path created = dir.resolve(name);
                if (Files.isDirectory(created)) {
                    try {
                        register(created);
                    } catch (IOException e) {
                        // a folder that vanished again: nothing to watch
                    }
                }
            }
        }
        // a key that cannot be reset watches a folder that is gone: its files changed too
        if (!key.reset()) changed.add(dir);
        return complete;
    }

    @Override
    public void close() throws IOException {
        service.close();
    }
}
