package org.bulwark.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.bulwark.load.ContentSchemas;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code schema --out DIR}: the JSON Schemas of the content files, for editors. */
@Command(name = "schema", mixinStandardHelpOptions = true,
        description = "Write the JSON Schemas of the content files (standard, control, service, glossary, "
                + "front matter) for editors; see docs/editors.md.")
final class SchemaCommand implements Callable<Integer> {
    @Option(names = "--out", required = true, paramLabel = "DIR",
            description = "Where to write them, e.g. content/" + ContentSchemas.FOLDER
                    + " (the folder the files' schema hints name). Existing schema files are replaced.")
    Path out;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--out " + out + " is a file");
        }
        Map<String, String> schemas = ContentSchemas.schemas();
        try {
            Files.createDirectories(out);
            for (Map.Entry<String, String> s : schemas.entrySet()) {
                Files.writeString(out.resolve(s.getKey()), s.getValue(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            spec.commandLine().getErr().println("bulwark: cannot write " + out + ": " + e.getMessage());
            return Main.INTERNAL;
        }
        spec.commandLine().getOut().println("Wrote " + schemas.size() + " schemas ("
                + String.join(", ", schemas.keySet()) + ") -> " + out.toString().replace('\\', '/') + "/");
        return Main.OK;
    }
}
