package org.bulwark.cli;

import java.io.PrintWriter;
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
    @CommandLine.Mixin
    ContentOptions input;

    @CommandLine.Mixin
    ThemeOption theme;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Diagnostics as text, github (workflow commands) or sarif (default: ${DEFAULT-VALUE}).")
    Report.Format format;

    @Option(names = "--strict", description = "Fail on warnings too.")
    boolean strict;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter stdout = spec.commandLine().getOut();
        long start = System.nanoTime();
        Optional<SiteBuilder.Result> run = Options.run(new SiteBuilder.Options(input.content, theme.theme(),
                Optional.empty(), Optional.empty(), input.drafts, strict), err);
        if (run.isEmpty()) return Main.INTERNAL;
        SiteBuilder.Result result = run.get();
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
