package org.bulwark.diag;

import java.nio.file.Path;

/** A place in a source file: 1-based line and column; 0 means unknown. */
public record SourcePosition(Path file, int line, int column) implements Comparable<SourcePosition> {

    public static SourcePosition of(Path file) {
        return new SourcePosition(file, 0, 0);
    }

    public SourcePosition at(int line, int column) {
        return new SourcePosition(file, line, column);
    }

    /** Compiler style: {@code path:line:col}, with the parts that are known. */
    public String display(Path workingDir) {
        String p = displayPath(workingDir);
        if (line <= 0) return p;
        return column <= 0 ? p + ":" + line : p + ":" + line + ":" + column;
    }

    public String displayPath(Path workingDir) {
        Path abs = file.toAbsolutePath().normalize();
        Path wd = workingDir.toAbsolutePath().normalize();
        String shown = abs.startsWith(wd) ? wd.relativize(abs).toString() : abs.toString();
        return shown.replace('\\', '/');
    }

    @Override
    public int compareTo(SourcePosition o) {
        int c = file.toString().compareTo(o.file.toString());
        if (c != 0) return c;
        c = Integer.compare(line, o.line);
        return c != 0 ? c : Integer.compare(column, o.column);
    }
}
