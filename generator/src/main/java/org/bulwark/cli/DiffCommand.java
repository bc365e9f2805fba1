package org.bulwark.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.bulwark.diag.Diagnostics;
import org.bulwark.history.ChangeReport;
import org.bulwark.history.Comparison;
import org.bulwark.history.Release;
import org.bulwark.history.ReleaseHistory;
import org.bulwark.history.ReleaseLoader;
import org.bulwark.history.Version;
import org.bulwark.link.Index;
import org.bulwark.model.Control;
import org.bulwark.model.Standard;
import org.bulwark.site.SiteBuilder;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code diff}: what changed between two versions of a standard, control by control. Each side
 * is a release of the content folder (by version, any spelling) or a content folder; by
 * default the latest release and the current content.
 */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = "What changed between two versions, control by control: release notes, pull-request review. "
                + "Default: the latest release -> the current content.")
final class DiffCommand implements Callable<Integer> {
    enum Format { text, markdown, json }

    @Option(names = "--content", paramLabel = "DIR", defaultValue = "content",
            description = "Content folder whose releases --from and --to name (default: ${DEFAULT-VALUE}).")
    Path content;

    @Option(names = "--from", paramLabel = "V|DIR", description = "A release version or a content folder "
            + "(default: the latest release).")
    String from;

    @Option(names = "--to", paramLabel = "V|DIR", description = "A release version or a content folder "
            + "(default: the current content).")
    String to;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text, markdown (for a pull request or changelog) or json (default: ${DEFAULT-VALUE}).")
    Format format;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** One side, loaded: its standard and published controls. */
    private record Side(ChangeReport.Side side, Standard standard, List<Control> controls) {}

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Diagnostics diagnostics = new Diagnostics();
        // the content folder is read only when a side needs it: two folders compare without one
        Optional<SiteBuilder.Loaded> current = needsContent()
                ? SiteBuilder.load(content, false, diagnostics) : Optional.empty();
        if (needsContent() && (current.isEmpty() || diagnostics.hasErrors())) return invalid(diagnostics, err);
        ReleaseHistory releases = current.map(l -> l.history().releases()).orElse(ReleaseHistory.NONE);

        Optional<Side> before = from == null ? latest(releases) : side("--from", from, releases, diagnostics);
        Optional<Side> after = to == null ? current.map(this::currentSide) : side("--to", to, releases, diagnostics);
        if (before.isEmpty() || after.isEmpty() || diagnostics.hasErrors()) return invalid(diagnostics, err);

        ChangeReport report = new ChangeReport(after.get().standard().title(), before.get().side(), after.get().side(),
                Comparison.of(before.get().controls(), after.get().controls()));
        PrintWriter out = spec.commandLine().getOut();
        out.print(switch (format) {
            case text -> report.text();
            case markdown -> report.markdown();
            case json -> report.json();
        });
        out.flush();
        return Main.OK;
    }

    private boolean needsContent() {
        return from == null || to == null || !Files.isDirectory(Path.of(from)) || !Files.isDirectory(Path.of(to));
    }

    private Optional<Side> latest(ReleaseHistory releases) {
        Release r = releases.latest().orElseThrow(() -> new CommandLine.ParameterException(spec.commandLine(),
                content + " has no releases yet, so there is nothing to compare it with: give --from V|DIR"));
        return Optional.of(release(r));
    }

    private Side currentSide(SiteBuilder.Loaded l) {
        Standard s = l.index().content().standard();
        boolean released = l.history().unreleased().isEmpty() && !l.history().steps().isEmpty();
        return new Side(new ChangeReport.Side(s.version(), s.version() + (released ? " (released)" : " (not released)"),
                released), s, l.published());
    }

    private static Side release(Release r) {
        return new Side(new ChangeReport.Side(r.version().text(), "release " + r.version().text(), true), r.standard(),
                r.published());
    }

    /** A release of the content by version, else a content folder. */
    private Optional<Side> side(String option, String value, ReleaseHistory releases, Diagnostics diagnostics) {
        Optional<Release> release = releases.find(value);
        if (release.isPresent()) return release.map(DiffCommand::release);
        Path dir = Path.of(value);
        if (!Files.isDirectory(dir)) {
            String known = releases.releases().stream().map(r -> r.version().text()).collect(Collectors.joining(", "));
            throw new CommandLine.ParameterException(spec.commandLine(), option + " " + value + ": "
                    + (Version.parse(value).isPresent() ? "no release " + value + " in " + content.resolve("releases")
                    + (known.isEmpty() ? " (it has none)" : " (releases: " + known + ")") + ", and no folder of that name"
                    : "no folder of that name, and not a version"));
        }
        Optional<Index> index = ReleaseLoader.loadStandard(dir, diagnostics, true);
        return index.map(i -> {
            Standard s = i.content().standard();
            String name = dir.toAbsolutePath().normalize().getFileName() == null ? value
                    : dir.toAbsolutePath().normalize().getFileName().toString();
            return new Side(new ChangeReport.Side(s.version(), s.version() + " (" + name + ")", false), s,
                    i.published(false));
        });
    }

    private static int invalid(Diagnostics diagnostics, PrintWriter err) {
        // diff compares; the warnings are check's business
        Diagnostics errors = new Diagnostics();
        errors.addErrors(diagnostics);
        Report.print(errors, Report.Format.text, err);
        err.println(Report.summary(errors) + "; nothing compared");
        return Main.INVALID_CONTENT;
    }
}
