package org.bulwark.diag;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects the problems of one run. Every check adds to it; nothing throws on bad content.
 * Thread-safe, because pages are rendered in parallel.
 */
public final class Diagnostics {
    private final List<Diagnostic> all = new ArrayList<>();

    public synchronized void add(Diagnostic d) {
        all.add(d);
    }

    public void error(SourcePosition at, String code, String message) {
        add(new Diagnostic(Diagnostic.Severity.ERROR, at, code, message));
    }

    public void warning(SourcePosition at, String code, String message) {
        add(new Diagnostic(Diagnostic.Severity.WARNING, at, code, message));
    }

    public synchronized void addAll(Diagnostics other) {
        all.addAll(other.sorted());
    }

    /**
     * The errors of another run, without its warnings: what is reported of a frozen release,
     * whose files cannot be edited any more (docs/auditors.md, "Warnings in frozen releases").
     */
    public synchronized void addErrors(Diagnostics other) {
        for (Diagnostic d : other.sorted()) if (d.severity() == Diagnostic.Severity.ERROR) all.add(d);
    }

    /** Sorted by file, line, column; duplicates (same text at the same place) removed. */
    public synchronized List<Diagnostic> sorted() {
        if (all.isEmpty()) return List.of(); // most of the many small collections serve makes
        return all.stream().distinct().sorted(Diagnostic.ORDER).toList();
    }

    public synchronized long errorCount() {
        return all.stream().distinct().filter(d -> d.severity() == Diagnostic.Severity.ERROR).count();
    }

    public synchronized long warningCount() {
        return all.stream().distinct().filter(d -> d.severity() == Diagnostic.Severity.WARNING).count();
    }

    public boolean hasErrors() {
        return errorCount() > 0;
    }

    /** True when the run must fail: errors, or warnings under {@code --strict}. */
    public boolean fails(boolean strict) {
        return hasErrors() || (strict && warningCount() > 0);
    }
}
