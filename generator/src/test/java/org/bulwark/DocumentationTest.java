package org.bulwark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * The README and docs/ as a reader meets them: the README's first lines are the two commands,
 * its command table is the real command line's, every link and anchor resolves, every example
 * command parses, and the repository names no path outside itself.
 */
class DocumentationTest {
    private static final Path REPO = Sites.repo();

    /**
     * Commands of SPEC §2 that the documentation describes before they are merged. Each is
     * tolerated only while the command line lacks it: once it exists, its examples and options
     * are checked like the others. Empty once every command has landed.
     */
    static final Set<String> PENDING = Set.of();

    private static final Pattern LINK = Pattern.compile("!?\\[(?:[^\\]\\[]|\\[[^\\]]*])*]\\(([^)\\s]+)(?:\\s+\"[^\"]*\")?\\)");
    private static final Pattern FENCE = Pattern.compile("(?ms)^```(\\w*)\\n(.*?)^```\\s*$");
    private static final Pattern HEADING = Pattern.compile("(?m)^#{1,6}\\s+(.+?)\\s*#*$");
    private static final Pattern HTML_ID = Pattern.compile("<a id=\"([^\"]+)\"");

    /** Every Markdown file of the documentation: README.md, docs/, bench/README.md. */
    static List<Path> markdownFiles() throws IOException {
        List<Path> out = new ArrayList<>(List.of(REPO.resolve("README.md"), REPO.resolve("bench/README.md")));
        try (Stream<Path> docs = Files.walk(REPO.resolve("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(out::add);
        }
        return out;
    }

    private static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void theReadmeStartsWithTheTwoCommands() {
        String readme = read(REPO.resolve("README.md"));
        List<String> lines = readme.lines().limit(6).toList();
        assertTrue(lines.get(0).startsWith("# "), lines.toString());
        assertEquals("```sh", lines.get(2));
        assertTrue(lines.get(3).startsWith("mvn -q -DskipTests package"), lines.get(3));
        assertTrue(lines.get(4).startsWith("mvn -q verify"), lines.get(4));
    }

    /** The README's table of commands, each with its options, against the real command line. */
    @Test
    void theReadmeCommandTableIsTheCommandLine() {
        CommandLine.Model.CommandSpec cli = CommandLines.spec();
        Map<String, String> rows = readmeCommandRows();
        List<String> problems = new ArrayList<>();
        Set<String> documented = new TreeSet<>();
        rows.forEach((command, row) -> {
            String[] words = command.split(" ");
            documented.add(words[0]);
            CommandLine top = cli.subcommands().get(words[0]);
            if (top == null) {
                if (!PENDING.contains(words[0])) problems.add("README lists '" + command + "', which the CLI lacks");
                return;
            }
            CommandLine.Model.CommandSpec spec = top.getCommandSpec();
            if (words.length > 1) {
                CommandLine sub = spec.subcommands().get(words[1]);
                if (sub == null) {
                    problems.add("README lists '" + command + "', which the CLI lacks");
                    return;
                }
                spec = sub.getCommandSpec();
            }
            Matcher option = Pattern.compile("--[a-z][a-z-]*").matcher(row);
            while (option.find()) {
                if (spec.findOption(option.group()) == null) problems.add(command + " has no option " + option.group());
            }
        });
        for (String name : cli.subcommands().keySet()) {
            if (!name.equals("help") && !documented.contains(name)) problems.add("README's table lacks '" + name + "'");
        }
        for (String kind : cli.subcommands().get("new").getSubcommands().keySet()) {
            if (!rows.getOrDefault("new control", "").contains("new " + kind)) problems.add("README lacks 'new " + kind + "'");
        }
        assertEquals(List.of(), problems);
    }

    /** Command -> its table row, e.g. "import oscal" -> "| `import oscal FILE --out DIR` | ..." */
    private static Map<String, String> readmeCommandRows() {
        String readme = read(REPO.resolve("README.md"));
        String table = readme.substring(readme.indexOf("| command | does |"));
        table = table.substring(0, table.indexOf("\n\n"));
        Map<String, String> rows = new TreeMap<>();
        for (String row : table.lines().skip(2).toList()) {
            Matcher first = Pattern.compile("^\\| `([^`]+)`").matcher(row);
            assertTrue(first.find(), row);
            List<String> words = new ArrayList<>();
            for (String w : first.group(1).split(" ")) {
                if (!w.matches("[a-z]+")) break;
                words.add(w);
            }
            String cell = row.substring(0, row.indexOf(" | ", 2));
            rows.put(String.join(" ", words), cell);
        }
        assertTrue(rows.size() >= 5, rows.toString());
        return rows;
    }

    @Test
    void theCliReferenceHasASectionPerCommand() {
        String cli = read(REPO.resolve("docs/cli.md"));
        Set<String> headings = new LinkedHashSet<>();
        Matcher h = Pattern.compile("(?m)^## (.+)$").matcher(cli);
        while (h.find()) headings.add(h.group(1));
        List<String> missing = new ArrayList<>();
        CommandLines.spec().subcommands().forEach((name, command) -> {
            if (name.equals("help")) return;
            if (name.equals("import")) {
                command.getSubcommands().keySet().forEach(k -> {
                    if (!headings.contains("import " + k)) missing.add("import " + k);
                });
            } else if (!headings.contains(name)) {
                missing.add(name);
            }
        });
        for (String name : readmeCommandRows().keySet()) {
            if (!name.startsWith("new ") && !headings.contains(name)) missing.add(name);
        }
        assertEquals(List.of(), missing, "docs/cli.md sections");
    }

    /** Every ```sh line and every YAML run:/entry: value that runs Bulwark parses with the real CLI. */
    @Test
    void everyExampleCommandParses() throws IOException {
        Set<String> subcommands = CommandLines.spec().subcommands().keySet();
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (Path file : markdownFiles()) {
            Matcher fence = FENCE.matcher(read(file));
            while (fence.find()) {
                String language = fence.group(1);
                List<String> commands = new ArrayList<>();
                if (language.equals("sh")) {
                    commands.addAll(CommandLines.lines(fence.group(2)));
                } else if (language.equals("yaml")) {
                    Matcher run = Pattern.compile("(?m)^\\s*-?\\s*(?:run|entry):\\s*([^|>\\s].*)$").matcher(fence.group(2));
                    while (run.find()) commands.add(run.group(1));
                }
                for (String command : commands) {
                    Optional<List<String>> args = CommandLines.bulwarkArguments(CommandLines.words(command));
                    if (args.isEmpty() || args.get().isEmpty()) continue;
                    String name = args.get().get(0);
                    if (!subcommands.contains(name) && PENDING.contains(name)) continue;
                    checked++;
                    String where = REPO.relativize(file) + ": " + command;
                    CommandLines.parseError(args.get()).ifPresent(e -> problems.add(where + ": " + e));
                }
            }
        }
        assertTrue(checked >= 10, "found the examples: " + checked);
        assertEquals(List.of(), problems);
    }

    @Test
    void everyLinkAndAnchorResolves() throws IOException {
        List<String> broken = new ArrayList<>();
        for (Path file : markdownFiles()) {
            String text = withoutCode(read(file));
            Matcher m = LINK.matcher(text);
            while (m.find()) {
                String target = m.group(1);
                if (target.matches("(?i)(https?|mailto):.*")) continue;
                String path = target.contains("#") ? target.substring(0, target.indexOf('#')) : target;
                String fragment = target.contains("#") ? target.substring(target.indexOf('#') + 1) : null;
                Path resolved = path.isEmpty() ? file : file.getParent().resolve(path).normalize();
                String where = REPO.relativize(file) + " -> " + target;
                if (!resolved.startsWith(REPO) || !Files.exists(resolved)) {
                    broken.add(where + ": no such file");
                } else if (fragment != null && !anchors(resolved).contains(fragment)) {
                    broken.add(where + ": no such anchor in " + REPO.relativize(resolved));
                }
            }
        }
        assertEquals(List.of(), broken);
    }

    @Test
    void theDocsIndexListsEveryPage() throws IOException {
        String index = read(REPO.resolve("docs/README.md"));
        List<String> missing = new ArrayList<>();
        try (Stream<Path> docs = Files.list(REPO.resolve("docs"))) {
            docs.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".md") && !n.equals("README.md"))
                    .sorted().forEach(n -> {
                        if (!index.contains("](" + n + ")")) missing.add(n);
                    });
        }
        assertEquals(List.of(), missing, "docs/README.md links every page of docs/");
    }

    @Test
    void theScreenshotIsThereAndSmall() throws IOException {
        Path shot = REPO.resolve("docs/screenshot.png");
        assertTrue(read(REPO.resolve("README.md")).contains("](docs/screenshot.png)"));
        assertTrue(Files.size(shot) < 300 * 1024, Files.size(shot) + " bytes");
    }

    @Test
    void theReadmeNamesTheDistributionOfThisVersion() {
        String version = System.getProperty("bulwark.version");
        assertTrue(version != null, "surefire sets bulwark.version");
        Matcher zip = Pattern.compile("bulwark-([0-9][^/\\s`]*?)\\.zip").matcher(read(REPO.resolve("README.md")));
        int found = 0;
        while (zip.find()) {
            found++;
            assertEquals(version, zip.group(1), zip.group());
        }
        assertTrue(found > 0);
    }

    /**
     * SPEC §5: nothing reads the folder beside the repository or a path of the machine it was
     * written on. The two bench files that convert the NIST catalog are being replaced by the
     * OSCAL importer (issue 13) and are left to it.
     */
    @Test
    void theRepositoryNamesNoPathOutsideItself() throws IOException {
        String beside = ".." + "/shared";
        // an absolute path: a root folder of a machine, not the end of a relative path (bench/work/)
        Pattern machine = Pattern.compile("(?<![\\w.~/-])/(work|home|root|Users|tmp)/|[A-Z]:\\\\Users");
        Set<String> leftToTheImporter = Set.of("bench/NistToBulwark.java", "bench/run.sh");
        List<String> found = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(REPO)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                String rel = REPO.relativize(p).toString().replace('\\', '/');
                if (rel.startsWith(".git/") || rel.contains("/target/") || rel.startsWith("target/")
                        || rel.startsWith("site/") || rel.startsWith("bench/work/") || rel.startsWith(".")
                        && !rel.startsWith(".ci/") && !rel.equals(".pre-commit-hooks.yaml")) {
                    continue;
                }
                if (Files.size(p) > 2_000_000 || rel.endsWith(".png") || rel.endsWith(".jar")) continue;
                String text = new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1);
                Matcher m = machine.matcher(text);
                if (m.find() && !leftToTheImporter.contains(rel)) found.add(rel + ": " + m.group());
                if (text.contains(beside) && !leftToTheImporter.contains(rel)) found.add(rel + ": " + beside);
            }
        }
        assertEquals(List.of(), found);
    }

    /** The text without fenced code blocks and code spans, where links are shown, not made. */
    private static String withoutCode(String markdown) {
        return FENCE.matcher(markdown).replaceAll("").replaceAll("`[^`\\n]*`", "``");
    }

    /** The anchors a Markdown file offers: GitHub's heading slugs and explicit ids. */
    static Set<String> anchors(Path file) {
        Set<String> out = new TreeSet<>();
        if (!file.toString().endsWith(".md")) return out;
        String text = FENCE.matcher(read(file)).replaceAll("");
        Matcher h = HEADING.matcher(text);
        while (h.find()) out.add(slug(h.group(1)));
        Matcher id = HTML_ID.matcher(text);
        while (id.find()) out.add(id.group(1));
        return out;
    }

    /** GitHub's heading anchor: lower case, punctuation dropped, spaces to hyphens. */
    static String slug(String heading) {
        String text = heading.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&").replace("\\", "");
        StringBuilder sb = new StringBuilder();
        for (int cp : text.toLowerCase(Locale.ROOT).codePoints().toArray()) {
            if (Character.isLetterOrDigit(cp) || cp == '-' || cp == '_') sb.appendCodePoint(cp);
            else if (cp == ' ') sb.append('-');
        }
        return sb.toString();
    }
}
