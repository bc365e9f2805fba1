package org.bulwark.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.bulwark.diag.Diagnostics;
import org.bulwark.importing.ContentFiles;
import org.bulwark.importing.ContentFolder;
import org.bulwark.importing.CsvImport;
import org.bulwark.importing.Draft;
import org.bulwark.importing.OscalImport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code import oscal|csv FILE --out DIR}: an existing standard becomes a new content folder. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Make a new content folder from an OSCAL catalog or a spreadsheet (CSV).",
        subcommands = {ImportCommand.Oscal.class, ImportCommand.Csv.class})
final class ImportCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "say what to import: oscal or csv");
    }

    /** What both importers share: the input file, the new folder, and how a run ends. */
    abstract static class Source implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "FILE", description = "The file to import.")
        Path file;

        @Option(names = "--out", required = true, paramLabel = "DIR",
                description = "The new content folder; it must not exist or be empty.")
        Path out;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        abstract Optional<Draft> read(Diagnostics diagnostics);

        @Override
        public Integer call() {
            PrintWriter err = spec.commandLine().getErr();
            requireFile(file, "");
            ContentFolder.refusal(out).ifPresent(why -> {
                throw new CommandLine.ParameterException(spec.commandLine(), "--out " + why);
            });
            long start = System.nanoTime();
            Diagnostics diagnostics = new Diagnostics();
            Optional<Draft> draft = read(diagnostics);
            Report.print(diagnostics, Report.Format.text, err);
            if (draft.isEmpty() || diagnostics.hasErrors()) {
                err.println(Report.summary(diagnostics) + "; nothing was written");
                return Main.INVALID_CONTENT;
            }
            try {
                ContentFolder.create(out, ContentFiles.of(draft.get()));
            } catch (IOException e) {
                err.println("bulwark: cannot write " + out + ": " + e.getMessage());
                return Main.INTERNAL;
            }
            Draft d = draft.get();
            long withdrawn = d.controls().stream().filter(c -> c.status().filter("withdrawn"::equals).isPresent())
                    .count();
            long warnings = diagnostics.warningCount();
            spec.commandLine().getOut().println(String.format(Locale.ROOT,
                    "Imported %d controls%s in %d areas from %s in %.1f s -> %s%s", d.controlCount(),
                    withdrawn == 0 ? "" : " (" + withdrawn + " withdrawn)", d.areas().size(), show(file),
                    (System.nanoTime() - start) / 1e9, show(out) + "/",
                    warnings == 0 ? "" : " (" + warnings + (warnings == 1 ? " warning)" : " warnings)")));
            return Main.OK;
        }

        void requireFile(Path f, String option) {
            if (!Files.isRegularFile(f)) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        (option.isEmpty() ? "" : option + " ") + "no such file: " + f);
            }
        }

        static String show(Path p) {
            return p.toString().replace('\\', '/');
        }
    }

    @Command(name = "oscal", mixinStandardHelpOptions = true,
            description = "Import an OSCAL 1.x catalog in JSON (or gzipped JSON).")
    static final class Oscal extends Source {
        @Override
        Optional<Draft> read(Diagnostics diagnostics) {
            return OscalImport.read(file, diagnostics);
        }
    }

    @Command(name = "csv", mixinStandardHelpOptions = true,
            description = "Import a spreadsheet saved as CSV (RFC 4180, UTF-8, a header row) through a column map.")
    static final class Csv extends Source {
        @Option(names = "--map", required = true, paramLabel = "MAP.yaml",
                description = "Which column holds which field, and how values translate (see docs/importing.md).")
        Path map;

        @Override
        Optional<Draft> read(Diagnostics diagnostics) {
            requireFile(map, "--map");
            return CsvImport.read(file, map, diagnostics);
        }
    }
}
