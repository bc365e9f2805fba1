package org.bulwark.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.bulwark.site.SiteBuilder;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Validate the content, templates and links without writing anything.")
final class CheckCommand implements Callable<Integer> {
    @Option(names = "--content", paramLabel = "DIR", description = "Content folder (default: ${DEFAULT-VALUE}).",
            defaultValue = "content")
    Path content;

    @Option(names = "--templates", paramLabel = "DIR", description = "Theme folder to check with the content.")
    Path templates;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Diagnostics as text, github (workflow commands) or sarif (default: ${DEFAULT-VALUE}).")
    Report.Format format;

    @Option(names = "--strict", description = "Fail on warnings too.")
    boolean strict;

    @Option(names = "--drafts", description = "Check as if building with --drafts.")
    boolean drafts;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter stdout = spec.commandLine().getOut();
        Optional<Path> theme = Options.templates(templates, spec);
        long start = System.nanoTime();
        SiteBuilder.Result result;
        try {
            result = new SiteBuilder().run(new SiteBuilder.Options(content, theme, Optional.empty(), Optional.empty(),
                    drafts, strict));
        } catch (IOException | java.io.UncheckedIOException e) {
            err.println("bulwark: " + e.getMessage());
            return Main.INTERNAL;
        }
        boolean failed = result.diagnostics().fails(strict) || result.pages() == 0;
        Report.print(result.diagnostics(), format, format == Report.Format.sarif ? stdout : err);
        double seconds = (System.nanoTime() - start) / 1e9;
        String summary = failed ? Report.summary(result.diagnostics())
                : String.format(Locale.ROOT, "Checked %d pages from %d controls in %.1f s: %s", result.pages(),
                result.controls(), seconds, Report.summary(result.diagnostics()));
        (format == Report.Format.sarif || failed ? err : stdout).println(summary);
        return failed ? Main.INVALID_CONTENT : Main.OK;
    }
}
