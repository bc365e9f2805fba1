package org.bulwark.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.bulwark.site.SiteBuilder;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Validate the content, render the site and write it atomically.")
final class BuildCommand implements Callable<Integer> {
    @CommandLine.Mixin
    ContentOptions input;

    @CommandLine.Mixin
    ThemeOption theme;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: ${DEFAULT-VALUE}).",
            defaultValue = "site")
    Path out;

    @Option(names = "--base-url", paramLabel = "URL",
            description = "Absolute URL the site is served from; enables sitemap.xml and absolute export URLs.")
    String baseUrl;

    @Option(names = "--strict", description = "Fail on warnings too.")
    boolean strict;

    @Option(names = {"-v", "--verbose"}, description = "Print the time each phase took.")
    boolean verbose;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter stdout = spec.commandLine().getOut();
        Optional<String> base = Options.baseUrl(baseUrl, spec);
        long start = System.nanoTime();
        Optional<SiteBuilder.Result> run = Options.run(new SiteBuilder.Options(input.content, theme.theme(),
                Optional.of(out), base, input.drafts, strict), err);
        if (run.isEmpty()) return Main.INTERNAL;
        SiteBuilder.Result result = run.get();
        Report.print(result.diagnostics(), Report.Format.text, err);
        if (verbose) result.timings().lines().forEach(err::println);
        if (!result.published()) {
            err.println(Report.summary(result.diagnostics()) + (result.diagnostics().fails(strict)
                    ? "; the site in " + out + " was left as it was" : ""));
            return Main.INVALID_CONTENT;
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long warnings = result.diagnostics().warningCount();
        stdout.println(String.format(Locale.ROOT, "Built %d pages from %d controls in %.1f s -> %s%s", result.pages(),
                result.controls(), seconds, display(out),
                warnings == 0 ? "" : " (" + warnings + (warnings == 1 ? " warning)" : " warnings)")));
        return Main.OK;
    }

    private static String display(Path out) {
        String s = out.toString().replace('\\', '/');
        return s.endsWith("/") ? s : s + "/";
    }
}
