package org.bulwark.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** {@code --templates}: a theme folder overriding the built-in one, checked to exist (misuse exits with 2). */
final class ThemeOption {
    @Option(names = "--templates", paramLabel = "DIR",
            description = "Theme folder overriding the built-in templates and assets file by file.")
    Path templates;

    @CommandLine.Spec(CommandLine.Spec.Target.MIXEE)
    CommandLine.Model.CommandSpec spec;

    Optional<Path> theme() {
        if (templates == null) return Optional.empty();
        if (!Files.isDirectory(templates)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--templates: no such folder: " + templates);
        }
        return Optional.of(templates);
    }
}
