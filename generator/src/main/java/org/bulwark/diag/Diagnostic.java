package org.bulwark.diag;

import java.nio.file.Path;
import java.util.Comparator;

/** One problem found in the content, the templates or the output. */
public record Diagnostic(Severity severity, SourcePosition position, String code, String message) {

    public enum Severity {
        ERROR, WARNING;

        public String label() {
            return this == ERROR ? "error" : "warning";
        }
    }

    public static final Comparator<Diagnostic> ORDER = Comparator
            .comparing(Diagnostic::position)
            .thenComparing(Diagnostic::severity)
            .thenComparing(Diagnostic::code)
            .thenComparing(Diagnostic::message);

    /** {@code content/controls/iam/IAM-01.yaml:12:5: error: unknown service 'ec3' [unknown-ref]} */
    public String format(Path workingDir) {
        return position.display(workingDir) + ": " + severity.label() + ": " + message + " [" + code + "]";
    }
}
