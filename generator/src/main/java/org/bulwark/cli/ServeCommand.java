package org.bulwark.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.bulwark.serve.PreviewServer;
import org.bulwark.serve.Watcher;
import org.bulwark.site.Publisher;
import org.bulwark.site.SiteBuilder;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Build, serve on 127.0.0.1, rebuild on every change and reload the open page.")
final class ServeCommand implements Callable<Integer> {
    @Option(names = "--port", paramLabel = "N", defaultValue = "8080", description = "Port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @CommandLine.Mixin
    ContentOptions input;

    @CommandLine.Mixin
    ThemeOption themeOption;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (port < 0 || port > 65535) throw new CommandLine.ParameterException(spec.commandLine(), "--port must be 0-65535");
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Optional<Path> theme = themeOption.theme();
        Path work = Files.createTempDirectory("bulwark-serve-");
        Path siteDir = work.resolve("site");
        try (PreviewServer server = new PreviewServer(port)) {
            rebuild(siteDir, theme, server, out, err);
            server.start();
            out.println("Serving on http://127.0.0.1:" + server.port() + "/ (Ctrl+C to stop)");
            out.flush();
            List<Path> watched = new ArrayList<>(List.of(input.content));
            theme.ifPresent(watched::add);
            try (Watcher watcher = new Watcher(watched)) {
                watcher.run(() -> rebuild(siteDir, theme, server, out, err));
            }
        } finally {
            Publisher.delete(work);
        }
        return Main.OK;
    }

    private void rebuild(Path siteDir, Optional<Path> theme, PreviewServer server, PrintWriter out, PrintWriter err) {
        long start = System.nanoTime();
        try {
            SiteBuilder.Result r = new SiteBuilder().run(new SiteBuilder.Options(input.content, theme,
                    Optional.of(siteDir), Optional.empty(), input.drafts, false));
            StringWriter text = new StringWriter();
            Report.print(r.diagnostics(), Report.Format.text, new PrintWriter(text));
            err.print(text);
            if (r.published()) {
                server.publish(siteDir);
                out.println(String.format(Locale.ROOT, "Built %d pages from %d controls in %.1f s", r.pages(),
                        r.controls(), (System.nanoTime() - start) / 1e9));
            } else {
                server.failed(text + Report.summary(r.diagnostics()));
                err.println(Report.summary(r.diagnostics()) + "; still serving the last good build");
            }
        } catch (IOException | RuntimeException e) {
            server.failed("internal error: " + e);
            err.println("bulwark: " + e.getMessage());
        }
        out.flush();
        err.flush();
    }
}
