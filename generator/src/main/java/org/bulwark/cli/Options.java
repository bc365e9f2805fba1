package org.bulwark.cli;

import java.net.URI;
import org.bulwark.site.SiteBuilder;
import java.util.Optional;
import picocli.CommandLine;

/** Checks of option values that picocli's types cannot express; misuse exits with 2. */
final class Options {
    private Options() {}

    static Optional<String> baseUrl(String value, CommandLine.Model.CommandSpec spec) {
        if (value == null) return Optional.empty();
        try {
            URI uri = new URI(value);
            if (uri.getScheme() == null || !(uri.getScheme().equals("https") || uri.getScheme().equals("http"))
                    || uri.getHost() == null || uri.getQuery() != null || uri.getFragment() != null) {
                throw new IllegalArgumentException();
            }
        } catch (Exception e) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--base-url must be an absolute http(s) URL without query or fragment, not '" + value + "'");
        }
        return Optional.of(value.endsWith("/") ? value : value + "/");
    }

    /** Runs the pipeline; empty, with the reason on {@code err}, if the disk failed it. */
    static Optional<SiteBuilder.Result> run(SiteBuilder.Options options, java.io.PrintWriter err) {
        try {
            return Optional.of(new SiteBuilder().run(options));
        } catch (java.io.IOException | java.io.UncheckedIOException e) {
            err.println("bulwark: " + e.getMessage());
            return Optional.empty();
        }
    }
}
