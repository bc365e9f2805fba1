package org.bulwark.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The options of every command that reads a whole standard: where it is, and whether drafts count. */
final class ContentOptions {
    @Option(names = "--content", paramLabel = "DIR", defaultValue = "content",
            description = "Content folder (default: ${DEFAULT-VALUE}).")
    Path content;

    @Option(names = "--drafts", description = "Include draft controls (status: draft), which are left out otherwise.")
    boolean drafts;
}
