package org.bulwark.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.bulwark.importing.ContentFolder;
import org.bulwark.load.ContentSchemas;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code init DIR}: a small, valid standard to grow from, with the editor schemas. */
@Command(name = "init", mixinStandardHelpOptions = true,
        description = "Start a new standard: a content folder that checks clean and builds.")
final class InitCommand implements Callable<Integer> {
    /** The template's files, listed in the jar (a jar's folders cannot be listed). */
    private static final String TEMPLATE = "/bulwark/init/";

    @Parameters(paramLabel = "DIR", description = "The new content folder; it must not exist or be empty.")
    Path dir;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        ContentFolder.refusal(dir).ifPresent(why -> {
            throw new CommandLine.ParameterException(spec.commandLine(), why);
        });
        SortedMap<String, String> files = new TreeMap<>(ContentSchemas.files());
        for (String name : resource("files.txt").split("\n")) {
            if (!name.isBlank()) files.put(name.strip(), resource(name.strip()));
        }
        // a scaffold, not the pipeline: the one place a date comes from the clock
        String today = java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString();
        files.put("standard.yaml", files.get("standard.yaml").replace("effective: TODAY", "effective: " + today));
        try {
            ContentFolder.create(dir, files);
        } catch (IOException e) {
            spec.commandLine().getErr().println("bulwark: cannot write " + dir + ": " + e.getMessage());
            return Main.INTERNAL;
        }
        String shown = dir.toString().replace('\\', '/');
        PrintWriter out = spec.commandLine().getOut();
        out.println("Created a new standard in " + shown + "/ (" + files.size() + " files). Next:");
        out.println("  bulwark serve --content " + shown + "      # see it, rebuilt as you edit");
        out.println("  bulwark new control IAM-01 --area identity-and-access-management --content " + shown);
        out.println("  bulwark check --strict --content " + shown);
        return Main.OK;
    }

    static String resource(String name) {
        try (InputStream in = InitCommand.class.getResourceAsStream(TEMPLATE + name)) {
            if (in == null) throw new IllegalStateException("the jar lacks " + TEMPLATE + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
