package org.bulwark.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.bulwark.diag.Diagnostics;
import org.bulwark.history.ChangeReport;
import org.bulwark.history.Comparison;
import org.bulwark.history.ControlChange;
import org.bulwark.history.Freezer;
import org.bulwark.history.Release;
import org.bulwark.history.ReleaseManifest;
import org.bulwark.history.Version;
import org.bulwark.model.Control;
import org.bulwark.model.Standard;
import org.bulwark.site.SiteBuilder;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code release}: freezes the current content as {@code releases/<version>/}, the version
 * being standard.yaml's. Only content that passes {@code check --strict} is released: a frozen
 * release can never be fixed, and its warnings are not reported once it is frozen.
 */
@Command(name = "release", mixinStandardHelpOptions = true,
        description = "Freeze the current content as releases/<version>/ (the version in standard.yaml) with a hash "
                + "manifest, after a clean `check --strict`; prints what changed since the previous release.")
final class ReleaseCommand implements Callable<Integer> {
    @Option(names = "--content", paramLabel = "DIR", defaultValue = "content",
            description = "Content folder (default: ${DEFAULT-VALUE}).")
    Path content;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter out = spec.commandLine().getOut();
        Diagnostics diagnostics = new Diagnostics();
        Optional<SiteBuilder.Loaded> loaded = SiteBuilder.load(content, false, diagnostics);
        if (loaded.isPresent() && !diagnostics.hasErrors()) refuseReleasedVersion(loaded.get(), diagnostics);
        if (loaded.isEmpty() || diagnostics.hasErrors()) return refused(diagnostics, err, "");

        // the whole check, pages and links included, as `check --strict` runs it
        Optional<SiteBuilder.Result> check = Options.run(new SiteBuilder.Options(content, Optional.empty(),
                Optional.empty(), Optional.empty(), false, true), err);
        if (check.isEmpty()) return Main.INTERNAL;
        if (check.get().diagnostics().fails(true)) {
            return refused(check.get().diagnostics(), err, ": a release must pass `check --strict`");
        }

        SiteBuilder.Loaded l = loaded.get();
        Standard s = l.index().content().standard();
        Path folder;
        try {
            folder = Freezer.freeze(content, s.id(), s.version());
        } catch (IOException e) {
            err.println("bulwark: cannot write the release: " + e.getMessage());
            return Main.INTERNAL;
        }
        out.println("Released " + s.title() + " " + s.version() + (s.effective().isBlank() ? ""
                : " (effective " + s.effective() + ")") + " -> " + display(folder) + "/ with " + ReleaseManifest.FILE);
        Optional<Release> previous = l.history().releases().latest();
        if (previous.isEmpty()) {
            long listed = l.published().stream().filter(Control::listed).count();
            long withdrawn = l.published().size() - listed;
            out.println("First release: " + listed + " controls" + (withdrawn == 0 ? "."
                    : " (" + withdrawn + " withdrawn besides)."));
        } else {
            ChangeReport report = new ChangeReport(s.title(),
                    new ChangeReport.Side(previous.get().version().text(), "release " + previous.get().version().text(), true),
                    new ChangeReport.Side(s.version(), "release " + s.version(), true),
                    Comparison.of(previous.get().published(), l.published()));
            out.print(summary(report));
        }
        return Main.OK;
    }

    /** A version that is already released is refused before anything is checked or written. */
    private static void refuseReleasedVersion(SiteBuilder.Loaded l, Diagnostics diagnostics) {
        Standard s = l.index().content().standard();
        Optional<Version> version = Version.parse(s.version());
        if (version.isEmpty()) {
            diagnostics.error(s.versionPosition(), "bad-version", "version '" + s.version() + "' cannot be released: "
                    + "a version is " + Version.form());
            return;
        }
        l.history().releases().find(version.get()).ifPresent(r -> diagnostics.error(s.versionPosition(),
                "release-exists", "version " + s.version() + " is already released (releases/" + r.version().text()
                        + "): set a later version in standard.yaml (for example " + r.version().next().text()
                        + ") and release again"));
    }

    private static int refused(Diagnostics diagnostics, PrintWriter err, String why) {
        Report.print(diagnostics, Report.Format.text, err);
        err.println(Report.summary(diagnostics) + "; nothing released" + why);
        return Main.INVALID_CONTENT;
    }

    /** The counts, then one line per changed control: the text report without its word-by-word detail. */
    private static String summary(ChangeReport report) {
        StringBuilder sb = new StringBuilder("Changes since " + report.from().version() + ": "
                + report.changes().counts().summary() + "\n");
        for (ControlChange c : report.changes().controls()) {
            sb.append("  ").append(c.category().keyword()).append(' ').append(c.id()).append(": ")
                    .append(c.category() == ControlChange.Category.ADDED ? c.title() : c.summary()).append('\n');
        }
        return sb.toString();
    }

    private static String display(Path p) {
        return p.toString().replace('\\', '/');
    }
}
