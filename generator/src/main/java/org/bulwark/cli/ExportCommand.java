package org.bulwark.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.bulwark.diag.Diagnostics;
import org.bulwark.diag.Suggest;
import org.bulwark.export.ExportInput;
import org.bulwark.export.Exports;
import org.bulwark.site.SiteBuilder;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write one machine-readable export of the standard, without the site: the same bytes `build` "
                + "writes beside it.")
final class ExportCommand implements Callable<Integer> {
    @Option(names = "--format", required = true, paramLabel = "FORMAT",
            description = "json (controls.json), csv (baseline.csv), controls-csv (controls.csv), oscal "
                    + "(oscal/catalog.json), oscal-profile "
                    + "(oscal/baseline-profile.json) or json-schema (controls.schema.json).")
    String format;

    @CommandLine.Mixin
    ContentOptions input;

    @Option(names = "--out", paramLabel = "FILE", description = "File to write (default: standard output).")
    Path out;

    @Option(names = "--base-url", paramLabel = "URL",
            description = "Absolute URL the site is served from; URLs in the export become absolute.")
    String baseUrl;

    @Option(names = "--pretty", description = "Indent a JSON export for reading or diffing (the site's are compact).")
    boolean pretty;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final OutputStream stdout;

    ExportCommand() {
        this(System.out);
    }

    /** With the stream that stands for standard output: exports are bytes, not text in the platform charset. */
    ExportCommand(OutputStream stdout) {
        this.stdout = stdout;
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Exports.Format chosen = format(format);
        Optional<String> base = Options.baseUrl(baseUrl, spec);
        if (pretty && !chosen.json()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--pretty indents JSON; --format "
                    + chosen.option() + " is not JSON");
        }
        if (chosen == Exports.Format.JSON_SCHEMA) return write(Exports.controlsSchema(), err);
        Diagnostics diagnostics = new Diagnostics();
        Optional<SiteBuilder.Loaded> loaded = SiteBuilder.load(input.content, input.drafts, diagnostics);
        // references are resolved as build and check resolve them: an export never carries one the site rejects
        Optional<SiteBuilder.Resolved> resolved = loaded.map(l -> SiteBuilder.resolve(l, input.drafts, base, diagnostics));
        loaded.ifPresent(l -> SiteBuilder.resolveReleases(l, base, diagnostics));
        Report.print(diagnostics, Report.Format.text, err);
        if (loaded.isEmpty() || diagnostics.hasErrors()) {
            err.println(Report.summary(diagnostics) + "; nothing exported");
            return Main.INVALID_CONTENT;
        }
        SiteBuilder.Loaded l = loaded.get();
        byte[] bytes = Exports.one(chosen, new ExportInput(l.index(), l.published(), l.crosswalk(),
                resolved.get().rendered(), base).withHistory(l.history()));
        return write(pretty ? Exports.pretty(bytes) : bytes, err);
    }

    private int write(byte[] bytes, PrintWriter err) {
        try {
            if (out == null) {
                stdout.write(bytes);
                stdout.flush();
            } else {
                Path parent = out.toAbsolutePath().getParent();
                if (parent != null) Files.createDirectories(parent);
                Files.write(out, bytes);
            }
        } catch (IOException | UncheckedIOException e) {
            err.println("bulwark: cannot write " + (out == null ? "standard output" : out) + ": "
                    + e.getClass().getSimpleName() + " " + e.getMessage());
            return Main.INTERNAL;
        }
        return Main.OK;
    }

    private Exports.Format format(String value) {
        List<String> names = Arrays.stream(Exports.Format.values()).map(Exports.Format::option).toList();
        return Arrays.stream(Exports.Format.values()).filter(f -> f.option().equals(value)).findFirst()
                .orElseThrow(() -> new CommandLine.ParameterException(spec.commandLine(), "unknown --format '" + value
                        + "': use " + String.join(", ", names) + Suggest.hint(value, names)));
    }
}
