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
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.bulwark.diag.Diagnostics;
import org.bulwark.load.Folders;
import org.bulwark.serve.LiveSite;
import org.bulwark.serve.PreviewServer;
import org.bulwark.serve.Watcher;
import org.bulwark.site.Publisher;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Build, serve on 127.0.0.1, update the pages each change touches and reload the open page when it changed.")
final class ServeCommand implements Callable<Integer> {
    @Option(names = "--port", paramLabel = "N", defaultValue = "8080", description = "Port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @CommandLine.Mixin
    ContentOptions input;

    @CommandLine.Mixin
    ThemeOption themeOption;

    @Option(names = {"-v", "--verbose"}, description = "Print the time each phase of each update took.")
    boolean verbose;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (port < 0 || port > 65535) throw new CommandLine.ParameterException(spec.commandLine(), "--port must be 0-65535");
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Optional<Path> theme = themeOption.theme();
        Path work = Files.createTempDirectory("bulwark-serve-");
        LiveSite live = new LiveSite(input.content, theme, input.drafts, work.resolve("site"));
        // one thread renders what an edit left stale, so the next edit never waits for the last one's pages
        ExecutorService pages = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "bulwark-pages");
            t.setDaemon(true);
            return t;
        });
        try (PreviewServer server = new PreviewServer(port)) {
            server.start(); // while the first build runs, pages say so
            update(live, new Watcher.Changes(Set.of(), false), server, pages, verbose, out, err);
            out.println("Serving on http://127.0.0.1:" + server.port() + "/ (Ctrl+C to stop)");
            out.flush();
            List<Path> watched = new ArrayList<>(List.of(input.content));
            theme.ifPresent(watched::add);
            try (Watcher watcher = new Watcher(watched)) {
                watcher.run(changed -> update(live, changed, server, pages, verbose, out, err));
            }
        } finally {
            pages.shutdownNow();
            Folders.delete(work);
        }
        return Main.OK;
    }

    /** Applies a change, then leaves the pages it made stale to the pages thread, which reports when done. */
    private static void update(LiveSite live, Watcher.Changes changed, PreviewServer server, ExecutorService pages,
                               boolean verbose, PrintWriter out, PrintWriter err) {
        long start = System.nanoTime();
        try {
            LiveSite.Update u = live.update(changed.paths(), changed.complete());
            if (verbose) u.timings().lines().forEach(err::println);
            if (!u.shown()) {
                String text = report(u.diagnostics());
                err.print(text);
                server.failed(text + Report.summary(u.diagnostics()));
                err.println(Report.summary(u.diagnostics()) + (live.shows() ? "; still serving the last good build"
                        : "; nothing to serve until it builds (the page shows why)"));
            } else {
                server.publish(live);
                pages.execute(() -> settle(live, u, start, server, verbose, out, err));
            }
        } catch (IOException | RuntimeException e) {
            server.failed("internal error: " + e);
            err.println("bulwark: " + e);
        }
        out.flush();
        err.flush();
    }

    /** Renders every stale page and reports the build's diagnostics, unless another change came first. */
    private static void settle(LiveSite live, LiveSite.Update u, long start, PreviewServer server, boolean verbose,
                               PrintWriter out, PrintWriter err) {
        try {
            long pagesStart = System.nanoTime();
            Optional<Diagnostics> all = live.settle(List.of());
            if (verbose) err.println(String.format(Locale.ROOT, "  pages+link check   %6d ms", (System.nanoTime() - pagesStart) / 1_000_000));
            if (all.isEmpty()) return; // a newer update reports
            String text = report(all.get());
            err.print(text);
            if (all.get().hasErrors()) server.failed(text + Report.summary(all.get()));
            out.println(String.format(Locale.ROOT, "%s %d pages (%d Markdown fragments) in %.2f s", u.full() ? "Built"
                    : "Updated", u.stale(), u.fragments(), (System.nanoTime() - start) / 1e9));
        } catch (RuntimeException e) {
            server.failed("internal error: " + e);
            err.println("bulwark: " + e);
        }
        out.flush();
        err.flush();
    }

    private static String report(Diagnostics diagnostics) {
        StringWriter text = new StringWriter();
        Report.print(diagnostics, Report.Format.text, new PrintWriter(text));
        return text.toString();
    }
}
