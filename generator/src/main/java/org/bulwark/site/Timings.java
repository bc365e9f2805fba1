package org.bulwark.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Wall time per phase of one run, for {@code build --verbose}. Reported only; nothing in the
 * output depends on it.
 */
public final class Timings {
    private final List<String> phases = new ArrayList<>();
    private final List<Long> nanos = new ArrayList<>();

    public <T> T time(String phase, Supplier<T> work) {
        long start = System.nanoTime();
        try {
            return work.get();
        } finally {
            phases.add(phase);
            nanos.add(System.nanoTime() - start);
        }
    }

    public void time(String phase, Runnable work) {
        time(phase, () -> {
            work.run();
            return null;
        });
    }

    /** One line per phase: {@code   render pages      412 ms}. */
    public List<String> lines() {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < phases.size(); i++) {
            out.add(String.format(Locale.ROOT, "  %-18s %6d ms", phases.get(i), nanos.get(i) / 1_000_000));
        }
        return out;
    }
}
