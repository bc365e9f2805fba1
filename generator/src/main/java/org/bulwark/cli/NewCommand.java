package org.bulwark.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import org.bulwark.diag.Diagnostics;
import org.bulwark.diag.Suggest;
import org.bulwark.link.Index;
import org.bulwark.load.ContentSchemas;
import org.bulwark.model.Ids;
import org.bulwark.model.Layer;
import org.bulwark.site.SiteBuilder;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code new control|area|service|page ID}: scaffolds a valid file to fill in. */
@Command(name = "new", mixinStandardHelpOptions = true,
        description = "Create a new control, area, service or page file.",
        subcommands = {NewCommand.Control.class, NewCommand.Area.class, NewCommand.Service.class,
                NewCommand.Page.class})
final class NewCommand implements Runnable {
    private static final Pattern CONTROL_ID = Ids.CONTROL;
    private static final Pattern SLUG = Ids.SLUG;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "say what to create: control, area, service or page");
    }

    /** Options every kind shares. */
    abstract static class Kind implements Callable<Integer> {
        @Option(names = "--content", paramLabel = "DIR", defaultValue = "content",
                description = "Content folder (default: ${DEFAULT-VALUE}).")
        Path content;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        /** The title a new file gets when none is given: its id, capitalised, hyphens as spaces. */
        static String titleOf(String id) {
            return Character.toUpperCase(id.charAt(0)) + id.substring(1).replace('-', ' ');
        }

        /** A YAML double-quoted scalar of {@code s}: whatever was typed, the file stays valid. */
        static String quoted(String s) {
            return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
        }

        /** The standard as it is now, to check names against; exits 1 if it cannot be read. */
        Index standard() {
            Diagnostics d = new Diagnostics();
            return SiteBuilder.load(content, false, d).map(SiteBuilder.Loaded::index).orElseThrow(() -> {
                Report.print(d, Report.Format.text, spec.commandLine().getErr());
                return new CommandLine.ExecutionException(spec.commandLine(), "cannot read " + content);
            });
        }

        int write(Path file, String text) {
            try {
                Files.createDirectories(file.getParent());
                Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
            } catch (FileAlreadyExistsException e) {
                spec.commandLine().getErr().println("bulwark: " + file + " already exists; not overwritten");
                return Main.INVALID_CONTENT;
            } catch (IOException e) {
                spec.commandLine().getErr().println("bulwark: cannot write " + file + ": " + e.getMessage());
                return Main.INTERNAL;
            }
            spec.commandLine().getOut().println("Created " + file.toString().replace('\\', '/'));
            return Main.OK;
        }

        /**
         * The schema hint for a new YAML file at {@code path} (relative to the content folder), when
         * the folder has the editor schemas ({@code init} and {@code schema} put them there); else "".
         */
        String schemaHint(String path, String schema) {
            boolean present = Files.isRegularFile(content.resolve(ContentSchemas.FOLDER).resolve(schema));
            return present ? ContentSchemas.hint(path, schema) : "";
        }

        void requireId(String id, Pattern pattern, String example) {
            if (!pattern.matcher(id).matches()) {
                throw new CommandLine.ParameterException(spec.commandLine(), "invalid id '" + id + "': " + example);
            }
        }
    }

    @Command(name = "control", mixinStandardHelpOptions = true, description = "Create controls/<prefix>/<ID>.yaml.")
    static final class Control extends Kind {
        @Parameters(paramLabel = "ID", description = "Control id, e.g. IAM-14.")
        String id;

        @Option(names = "--area", required = true, paramLabel = "AREA", description = "Area id the control belongs to.")
        String area;

        @Override
        public Integer call() {
            requireId(id, CONTROL_ID, "control ids are " + Ids.CONTROL_RULE);
            Index index = standard();
            if (index.areaIds().isEmpty()) {
                throw new CommandLine.ParameterException(spec.commandLine(), "the standard has no areas yet, so '"
                        + area + "' is not one; create it first: bulwark new area " + area + " --title \"...\"");
            }
            if (index.area(area).isEmpty()) {
                throw new CommandLine.ParameterException(spec.commandLine(), "unknown area '" + area + "'"
                        + Suggest.hint(area, index.areaIds()) + "; areas: " + String.join(", ", index.areaIds())
                        + " (bulwark new area ID --title TITLE makes another)");
            }
            if (index.control(id).isPresent() || index.controlByAlias(id).isPresent()) {
                spec.commandLine().getErr().println("bulwark: control " + id + " already exists");
                return Main.INVALID_CONTENT;
            }
            java.util.Optional<String> sameButCase = java.util.stream.Stream.concat(index.controlIds().stream(),
                    index.aliasMap().keySet().stream()).filter(other -> other.equalsIgnoreCase(id)).findFirst();
            if (sameButCase.isPresent()) {
                spec.commandLine().getErr().println("bulwark: " + sameButCase.get() + " already exists; ids that differ "
                        + "only in case would share a folder on case-insensitive file systems");
                return Main.INVALID_CONTENT;
            }
            String topics = index.area(area).get().topics().stream().map(t -> t.id()).reduce((a, b) -> a + " | " + b)
                    .orElse("");
            // controls/iam/ for IAM-14, controls/osps/ for OSPS-AC-01.01; the area's id for ids like 1.2
            String prefix = id.replaceFirst("[^A-Za-z].*$", "");
            String folder = (prefix.isEmpty() ? area : prefix).toLowerCase(Locale.ROOT);
            String path = "controls/" + folder + "/" + id + ".yaml";
            return write(content.resolve(path), schemaHint(path, ContentSchemas.CONTROL) + """
                    id: %s
                    title: Say in a few words what must be true
                    area: %s
                    %s
                    level: standard                    # baseline | standard | advanced
                    severity: medium                   # critical | high | medium | low
                    responsibility: customer           # customer | provider | shared
                    status: draft                      # active once reviewed
                    statement: |
                      Teams MUST ...
                    rationale: |
                      Why this matters: the attack or failure it prevents.
                    guidance: |
                      How to meet it, step by step. Link related material with `[[OTHER-ID]]` or `[[service:ID]]` references.
                    verification:
                      - { method: manual, description: How a reviewer checks it. }
                    evidence:
                      - { id: describe-me, description: What an auditor collects to show it is met. }
                    """.formatted(id, area, topics.isEmpty() ? "# topic: (this area has no topics)"
                    : "# topic: " + topics));
        }
    }

    @Command(name = "area", mixinStandardHelpOptions = true, description = "Create areas/<ID>.md.")
    static final class Area extends Kind {
        @Parameters(paramLabel = "ID", description = "Area id, e.g. data-protection.")
        String id;

        @Option(names = "--title", paramLabel = "TITLE", description = "Area title (default: from the id).")
        String title;

        @Override
        public Integer call() {
            requireId(id, SLUG, "area ids are lower-case words joined by hyphens");
            Index index = standard();
            if (index.area(id).isPresent()) {
                spec.commandLine().getErr().println("bulwark: area " + id + " already exists");
                return Main.INVALID_CONTENT;
            }
            int order = index.content().areas().stream().mapToInt(a -> a.order()).max().orElse(0) + 1;
            String t = title != null ? title : titleOf(id);
            return write(content.resolve("areas").resolve(id + ".md"), """
                    ---
                    title: %s
                    order: %d
                    summary: What this area covers, in one sentence.
                    # topics:                          # groups for the area's controls
                    #   - { id: first-topic, title: First topic }
                    ---
                    What this area is about and why it matters, in Markdown. Its controls are listed below
                    this text on the area's page. Add one with `bulwark new control ID --area %s`.
                    """.formatted(quoted(t), order, id));
        }
    }

    @Command(name = "service", mixinStandardHelpOptions = true, description = "Create services/<ID>.yaml.")
    static final class Service extends Kind {
        @Parameters(paramLabel = "ID", description = "Service id, e.g. sqs.")
        String id;

        @Option(names = "--name", paramLabel = "NAME", description = "Display name (default: the id).")
        String name;

        @Override
        public Integer call() {
            requireId(id, SLUG, "service ids are lower-case words joined by hyphens");
            Index index = standard();
            if (index.service(id).isPresent()) {
                spec.commandLine().getErr().println("bulwark: service " + id + " already exists");
                return Main.INVALID_CONTENT;
            }
            StringBuilder layers = new StringBuilder();
            List<Layer> all = index.content().standard().layers();
            for (Layer l : all) {
                layers.append("  - { layer: ").append(l.id()).append(", owner: shared, notes: \"What the customer does for ")
                        .append(l.title().toLowerCase(Locale.ROOT).replace("\"", "'")).append(".\" }\n");
            }
            String path = "services/" + id + ".yaml";
            return write(content.resolve(path), schemaHint(path, ContentSchemas.SERVICE) + """
                    id: %s
                    name: %s
                    category: abstracted               # infrastructure | container | abstracted
                    summary: What the service is, in one sentence.
                    responsibilities:                  # every layer exactly once; owner: provider | customer | shared
                    %sguidance: |
                      What a team using this service must do.
                    """.formatted(id, quoted(name == null ? id : name), layers));
        }
    }

    @Command(name = "page", mixinStandardHelpOptions = true, description = "Create pages/<ID>.md.")
    static final class Page extends Kind {
        @Parameters(paramLabel = "ID", description = "Page id, e.g. onboarding.")
        String id;

        @Option(names = "--title", paramLabel = "TITLE", description = "Page title (default: from the id).")
        String title;

        @Override
        public Integer call() {
            requireId(id, SLUG, "page ids are lower-case words joined by hyphens");
            Index index = standard();
            if (index.page(id).isPresent()) {
                spec.commandLine().getErr().println("bulwark: page " + id + " already exists");
                return Main.INVALID_CONTENT;
            }
            String t = title != null ? title : titleOf(id);
            return write(content.resolve("pages").resolve(id + ".md"), """
                    ---
                    title: %s
                    order: 100
                    nav: true
                    ---
                    Write the page in Markdown. Link controls with references such as `[[IAM-01]]`.
                    """.formatted(quoted(t)));
        }
    }
}
