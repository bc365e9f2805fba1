package org.bulwark.site;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Wall time per phase of one run, for {@code build --verbose}, with when each phase started:
 * some phases run at the same time. Reported only; nothing in the output depends on it.
 */
public final class Timings {
    private record Phase(String name, long start, long nanos) {}

    private final long origin = System.nanoTime();
    private final List<Phase> phases = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    public <T> T time(String phase, Supplier<T> work) {
        long start = System.nanoTime();
        try {
            return work.get();
        } finally {
            long end = System.nanoTime();
            synchronized (this) {
                phases.add(new Phase(phase, start - origin, end - start));
            }
        }
    }

    public void time(String phase, Runnable work) {
        time(phase, () -> {
            work.run();
            return null;
        });
    }

    /** A line after the phases, such as which provider hashed the files. */
    public synchronized void note(String note) {
        notes.add(note);
    }

    /** One line per phase, in the order they started: {@code   render pages      412 ms  from 1.20 s}. */
    public synchronized List<String> lines() {
        List<String> out = new ArrayList<>();
        for (Phase p : phases.stream().sorted(Comparator.comparingLong(Phase::start)).toList()) {
            out.add(String.format(Locale.ROOT, "  %-18s %6d ms  from %5.2f s", p.name(), p.nanos() / 1_000_000,
                    p.start() / 1e9));
        }
        for (String n : notes) out.add("  " + n);
        return out;
    }
}
