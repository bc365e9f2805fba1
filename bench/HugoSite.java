import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Writes a Bulwark content folder as a Hugo site with a minimal theme: the comparison case of
 * the benchmark. Same text, same pages (a page per control, area, service and free page, a
 * catalogue, a baseline list, a glossary); cross-references become ordinary relative Markdown
 * links. Areas, services and levels are Hugo taxonomies, so Hugo's term pages list their
 * controls (ours lists them too). Drafts are left out, as ours does by default.
 *
 * <pre>java -cp CLASSES:generator/target/bulwark.jar HugoSite CONTENT_DIR HUGO_DIR</pre> (CLASSES: bench/*.java compiled)
 *
 * Needs Jackson databind and the Jackson YAML data format on the class path (both are in the
 * shaded bulwark jar).
 */
public final class HugoSite {

    static final Pattern XREF = Pattern.compile("\\[\\[([^\\[\\]]+)\\]\\]");

    final Path in;
    final Path out;
    final ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
    final ObjectMapper json = new ObjectMapper();
    final Map<String, JsonNode> controls = new LinkedHashMap<>();
    final Map<String, String> aliases = new HashMap<>();
    final Map<String, JsonNode> services = new LinkedHashMap<>();
    final Map<String, String> areaTitles = new LinkedHashMap<>();
    final Map<String, String> pageTitles = new LinkedHashMap<>();
    final Map<String, String> frameworkTitles = new LinkedHashMap<>();
    final List<String[]> layers = new ArrayList<>();
    JsonNode standard;

    HugoSite(Path in, Path out) {
        this.in = in;
        this.out = out;
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: java -cp CLASSES:generator/target/bulwark.jar HugoSite CONTENT_DIR HUGO_DIR");
            System.exit(2);
        }
        HugoSite h = new HugoSite(Path.of(args[0]), Path.of(args[1]));
        BenchFiles.replaceFolder(h.out, "config.toml");
        h.load();
        int pages = h.write();
        System.out.println("wrote a Hugo site with " + pages + " content pages to " + args[1]);
    }

    // ---------------------------------------------------------------------------------------
    // Loading

    void load() throws IOException {
        standard = yaml.readTree(in.resolve("standard.yaml").toFile());
        for (JsonNode l : standard.path("layers")) {
            layers.add(new String[]{l.path("id").asText(), l.path("title").asText()});
        }
        for (JsonNode f : standard.path("frameworks")) {
            frameworkTitles.put(f.path("id").asText(), f.path("title").asText());
        }
        for (Path p : sorted(in.resolve("areas"))) {
            areaTitles.put(stem(p), frontMatter(p).path("title").asText());
        }
        for (Path p : sorted(in.resolve("services"))) {
            JsonNode s = yaml.readTree(p.toFile());
            services.put(s.path("id").asText(), s);
        }
        if (Files.isDirectory(in.resolve("pages"))) {
            for (Path p : sorted(in.resolve("pages"))) {
                pageTitles.put(stem(p), frontMatter(p).path("title").asText());
            }
        }
        List<Path> files;
        try (Stream<Path> s = Files.walk(in.resolve("controls"))) {
            files = s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        for (Path p : files) {
            JsonNode c = yaml.readTree(p.toFile());
            if (c.path("status").asText("active").equals("draft")) {
                continue;
            }
            controls.put(c.path("id").asText(), c);
            for (JsonNode a : c.path("aliases")) {
                aliases.put(a.asText(), c.path("id").asText());
            }
        }
    }

    /** The files of a folder in name order; none when the folder is absent (a standard without services). */
    static List<Path> sorted(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        }
    }

    static String stem(Path p) {
        String n = p.getFileName().toString();
        return n.substring(0, n.lastIndexOf('.'));
    }

    JsonNode frontMatter(Path p) throws IOException {
        String[] parts = splitFrontMatter(Files.readString(p));
        return yaml.readTree(parts[0]);
    }

    static String[] splitFrontMatter(String text) {
        if (!text.startsWith("---\n")) {
            return new String[]{"{}", text};
        }
        int end = text.indexOf("\n---\n", 4);
        return new String[]{text.substring(4, end + 1), text.substring(end + 5)};
    }

    // ---------------------------------------------------------------------------------------
    // Writing

    int write() throws IOException {
        int pages = 0;
        BenchFiles.write(out.resolve("config.toml"), config());
        writeTheme();
        ObjectNode home = json.createObjectNode();
        home.put("title", standard.path("title").asText());
        writePage(out.resolve("content/_index.md"), home, links(standard.path("summary").asText(), ""));

        ObjectNode catalogue = json.createObjectNode();
        catalogue.put("title", "Controls");
        writePage(out.resolve("content/controls/_index.md"), catalogue,
                "Every control of the standard, " + controls.size() + " in all.\n");
        pages += 2;

        ObjectNode taxonomyAreas = json.createObjectNode();
        taxonomyAreas.put("title", "Areas");
        writePage(out.resolve("content/areas/_index.md"), taxonomyAreas, "The Security-pillar areas.\n");
        for (Path p : sorted(in.resolve("areas"))) {
            String[] parts = splitFrontMatter(Files.readString(p));
            JsonNode fm = yaml.readTree(parts[0]);
            ObjectNode front = json.createObjectNode();
            front.put("title", fm.path("title").asText());
            front.put("weight", fm.path("order").asInt(0));
            ArrayNode topics = front.putArray("topics");
            for (JsonNode t : fm.path("topics")) {
                topics.addObject().put("id", t.path("id").asText()).put("title", t.path("title").asText());
            }
            writePage(out.resolve("content/areas").resolve(stem(p)).resolve("_index.md"), front,
                    "*" + fm.path("summary").asText() + "*\n\n" + links(parts[1], "../../"));
            pages++;
        }

        ObjectNode taxonomyServices = json.createObjectNode();
        taxonomyServices.put("title", "Services");
        writePage(out.resolve("content/services/_index.md"), taxonomyServices, serviceMatrix());
        for (JsonNode s : services.values()) {
            writePage(out.resolve("content/services").resolve(s.path("id").asText()).resolve("_index.md"),
                    json.createObjectNode().put("title", s.path("name").asText()), serviceBody(s));
            pages++;
        }

        ObjectNode taxonomyLevels = json.createObjectNode();
        taxonomyLevels.put("title", "Levels");
        writePage(out.resolve("content/levels/_index.md"), taxonomyLevels, "Controls by level.\n");
        ObjectNode baseline = json.createObjectNode();
        baseline.put("title", standard.path("baseline").path("title").asText("Baseline"));
        writePage(out.resolve("content/levels/baseline/_index.md"), baseline,
                links(standard.path("baseline").path("intro").asText(), "../../"));

        if (Files.isDirectory(in.resolve("pages"))) {
            for (Path p : sorted(in.resolve("pages"))) {
                String[] parts = splitFrontMatter(Files.readString(p));
                JsonNode fm = yaml.readTree(parts[0]);
                ObjectNode front = json.createObjectNode();
                front.put("title", fm.path("title").asText());
                front.put("weight", fm.path("order").asInt(0));
                String body = links(parts[1], "../../");
                if (fm.hasNonNull("next")) {
                    String next = fm.path("next").asText();
                    body += "\n\nNext: [" + pageTitles.get(next) + "](../" + next + "/)\n";
                }
                writePage(out.resolve("content/pages").resolve(stem(p) + ".md"), front, body);
                pages++;
            }
        }
        Path glossary = in.resolve("glossary.yaml");
        if (Files.exists(glossary)) {
            StringBuilder b = new StringBuilder();
            for (JsonNode t : yaml.readTree(glossary.toFile())) {
                b.append("## ").append(t.path("term").asText()).append("\n\n").append(links(t.path("definition").asText(), "../"));
                if (t.path("aliases").size() > 0) {
                    List<String> a = new ArrayList<>();
                    t.path("aliases").forEach(x -> a.add(x.asText()));
                    b.append("\n\nAlso: ").append(String.join(", ", a));
                }
                b.append("\n\n");
            }
            writePage(out.resolve("content/glossary.md"), json.createObjectNode().put("title", "Glossary"), b.toString());
            pages++;
        }

        for (JsonNode c : controls.values()) {
            writeControl(c);
            pages++;
        }
        return pages;
    }

    void writeControl(JsonNode c) throws IOException {
        String id = c.path("id").asText();
        String status = c.path("status").asText("active");
        ObjectNode front = json.createObjectNode();
        front.put("title", id + " " + c.path("title").asText());
        front.put("id", id);
        if (!id.matches("[A-Za-z0-9._-]+")) {
            // Hugo drops ( and ) from paths made from file names (AC-2(1) would be served as AC-21)
            front.put("url", "/controls/" + id + "/");
        }
        front.put("level", c.path("level").asText("standard"));
        front.put("severity", c.path("severity").asText(""));
        front.put("status", status);
        if (c.has("topic")) {
            front.put("topic", c.path("topic").asText());
        }
        if (!status.equals("withdrawn")) {
            // Withdrawn controls keep a page but leave the lists, as in ours.
            front.putArray("areas").add(c.path("area").asText());
            front.putArray("levels").add(c.path("level").asText("standard"));
            ArrayNode svc = front.putArray("services");
            for (JsonNode s : c.path("services")) {
                svc.add(s.isTextual() ? s.asText() : s.path("id").asText());
            }
        } else {
            front.putObject("_build").put("list", "never");
        }
        if (c.path("aliases").size() > 0) {
            ArrayNode a = front.putArray("aliases");
            c.path("aliases").forEach(x -> a.add("/controls/" + x.asText() + "/"));
        }
        String up = "../../";
        StringBuilder b = new StringBuilder();
        b.append("*").append(c.path("level").asText("standard")).append(" · ").append(c.path("severity").asText("-"))
                .append(" · ").append(c.path("responsibility").asText("-")).append(" · ").append(status).append("*\n\n");
        if (c.has("superseded_by")) {
            String s = c.path("superseded_by").asText();
            b.append("Superseded by [").append(s).append("](../").append(s).append("/).\n\n");
        }
        b.append("## Statement\n\n").append(links(c.path("statement").asText(), up)).append("\n\n");
        if (c.path("requirements").size() > 0) {
            for (JsonNode r : c.path("requirements")) {
                b.append("- **(").append(r.path("id").asText()).append(")** ").append(links(r.path("text").asText(), up)).append('\n');
            }
            b.append('\n');
        }
        if (c.has("rationale")) {
            b.append("## Rationale\n\n").append(links(c.path("rationale").asText(), up)).append("\n\n");
        }
        if (c.has("guidance")) {
            b.append("## Guidance\n\n").append(links(c.path("guidance").asText(), up)).append("\n\n");
        }
        if (c.path("services").size() > 0) {
            b.append("## Services\n\n");
            for (JsonNode s : c.path("services")) {
                String sid = s.isTextual() ? s.asText() : s.path("id").asText();
                b.append("- [").append(services.get(sid).path("name").asText()).append("](../../services/").append(sid).append("/)");
                if (s.isObject()) {
                    b.append(" (").append(s.path("responsibility").asText("shared")).append("): AWS: ")
                            .append(links(s.path("provider").asText(""), up)).append(" You: ")
                            .append(links(s.path("customer").asText(""), up));
                }
                b.append('\n');
            }
            b.append('\n');
        }
        if (c.path("verification").size() > 0) {
            b.append("## Verification\n\n| Method | Reference | How |\n|---|---|---|\n");
            for (JsonNode v : c.path("verification")) {
                b.append("| ").append(v.path("method").asText()).append(" | `").append(v.path("ref").asText()).append("` | ")
                        .append(links(v.path("description").asText(""), up).replace("\n", " ")).append(" |\n");
            }
            b.append('\n');
        }
        if (c.path("evidence").size() > 0) {
            b.append("## Evidence\n\n");
            for (JsonNode e : c.path("evidence")) {
                b.append("- **").append(e.path("id").asText()).append("**: ").append(links(e.path("description").asText(""), up)).append('\n');
            }
            b.append('\n');
        }
        if (c.path("references").size() > 0) {
            b.append("## References\n\n");
            c.path("references").properties().forEach(f -> {
                List<String> ids = new ArrayList<>();
                f.getValue().forEach(x -> ids.add(x.asText()));
                b.append("- ").append(frameworkTitles.getOrDefault(f.getKey(), f.getKey())).append(": ")
                        .append(String.join(", ", ids)).append('\n');
            });
            b.append('\n');
        }
        if (c.path("related").size() > 0) {
            b.append("## Related\n\n");
            for (JsonNode r : c.path("related")) {
                String rid = r.asText();
                JsonNode t = controls.get(rid);
                b.append("- [").append(rid).append("](../").append(rid).append("/) ")
                        .append(t == null ? "" : t.path("title").asText()).append('\n');
            }
        }
        writePage(out.resolve("content/controls").resolve(id + ".md"), front, b.toString());
    }

    String serviceMatrix() {
        StringBuilder b = new StringBuilder("| Service |");
        for (String[] l : layers) {
            b.append(' ').append(l[1]).append(" |");
        }
        b.append("\n|---|").append("---|".repeat(layers.size())).append('\n');
        for (JsonNode s : services.values()) {
            b.append("| [").append(s.path("name").asText()).append("](").append(s.path("id").asText()).append("/) |");
            Map<String, String> owner = new HashMap<>();
            s.path("responsibilities").forEach(r -> owner.put(r.path("layer").asText(), r.path("owner").asText()));
            for (String[] l : layers) {
                b.append(' ').append(owner.getOrDefault(l[0], "")).append(" |");
            }
            b.append('\n');
        }
        return b.toString();
    }

    String serviceBody(JsonNode s) {
        String up = "../../";
        StringBuilder b = new StringBuilder();
        b.append(links(s.path("summary").asText(""), up)).append("\n\n*Category: ").append(s.path("category").asText())
                .append("*\n\n## Who owns each layer\n\n| Layer | Owner | Notes |\n|---|---|---|\n");
        Map<String, String> titles = new HashMap<>();
        layers.forEach(l -> titles.put(l[0], l[1]));
        for (JsonNode r : s.path("responsibilities")) {
            b.append("| ").append(titles.getOrDefault(r.path("layer").asText(), r.path("layer").asText())).append(" | ")
                    .append(r.path("owner").asText()).append(" | ").append(links(r.path("notes").asText(""), up)).append(" |\n");
        }
        if (s.has("guidance")) {
            b.append("\n## Guidance\n\n").append(links(s.path("guidance").asText(), up)).append('\n');
        }
        return b.toString();
    }

    /** Rewrites [[...]] cross-references as relative Markdown links; {@code up} leads to the site root. */
    String links(String markdown, String up) {
        Matcher m = XREF.matcher(markdown);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            String target = m.group(1);
            String text = null;
            int bar = target.indexOf('|');
            if (bar >= 0) {
                text = target.substring(bar + 1).strip();
                target = target.substring(0, bar).strip();
            }
            String kind = "control";
            String name = target;
            int colon = target.indexOf(':');
            if (colon > 0) {
                kind = target.substring(0, colon);
                name = target.substring(colon + 1);
            }
            String fragment = "";
            int hash = name.indexOf('#');
            if (hash >= 0) {
                fragment = name.substring(hash);
                name = name.substring(0, hash);
            }
            String link = switch (kind) {
                case "control" -> {
                    String id = aliases.getOrDefault(name, name);
                    yield "[" + name + "](" + up + "controls/" + id + "/" + fragment + ")";
                }
                case "service" -> "[" + (services.containsKey(name) ? services.get(name).path("name").asText() : name)
                        + "](" + up + "services/" + name + "/)";
                case "area" -> "[" + areaTitles.getOrDefault(name, name) + "](" + up + "areas/" + name + "/)";
                case "page" -> "[" + pageTitles.getOrDefault(name, name) + "](" + up + "pages/" + name + "/)";
                case "term" -> "[" + name + "](" + up + "glossary/#" + anchor(name) + ")";
                default -> frameworkTitles.getOrDefault(name, name) + (fragment.isEmpty() ? "" : " " + fragment.substring(1));
            };
            if (text != null && link.startsWith("[")) {
                link = "[" + text + link.substring(link.indexOf("]("));
            }
            m.appendReplacement(b, Matcher.quoteReplacement(link));
        }
        m.appendTail(b);
        return b.toString();
    }

    static String anchor(String heading) {
        return heading.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9 _-]", "").replace(' ', '-');
    }

    void writePage(Path p, ObjectNode front, String body) throws IOException {
        BenchFiles.write(p, json.writerWithDefaultPrettyPrinter().writeValueAsString(front) + "\n\n" + body);
    }

    // ---------------------------------------------------------------------------------------
    // Site configuration and the minimal theme

    String config() {
        return """
                # Written by bench/HugoSite.java. Fairness settings, see bench/README.md:
                # no RSS, sitemap or robots.txt (ours writes a sitemap only with --base-url);
                # no syntax highlighting of code fences (ours does not highlight);
                # no minify, no resource pipeline, no git info; raw HTML omitted (ours sanitises).
                baseURL = "/"
                languageCode = "en"
                title = %s
                disableKinds = ["RSS", "sitemap", "robotsTXT"]
                disablePathToLower = true
                enableGitInfo = false
                enableRobotsTXT = false
                enableEmoji = false

                [taxonomies]
                  area = "areas"
                  service = "services"
                  level = "levels"

                [markup]
                  [markup.highlight]
                    codeFences = false
                  [markup.goldmark.renderer]
                    unsafe = false
                """.formatted(tomlString(standard.path("title").asText()));
    }

    static String tomlString(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    void writeTheme() {
        Path l = out.resolve("layouts");
        BenchFiles.write(l.resolve("_default/baseof.html"), """
                <!DOCTYPE html>
                <html lang="en">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>{{ .Title }} · {{ .Site.Title }}</title>
                <link rel="stylesheet" href="{{ "style.css" | relURL }}">
                </head>
                <body>
                <header>
                <nav aria-label="Site">
                <a href="{{ "/" | relURL }}">{{ .Site.Title }}</a>
                <a href="{{ "controls/" | relURL }}">Controls</a>
                <a href="{{ "areas/" | relURL }}">Areas</a>
                <a href="{{ "services/" | relURL }}">Services</a>
                <a href="{{ "levels/baseline/" | relURL }}">Baseline</a>
                <a href="{{ "glossary/" | relURL }}">Glossary</a>
                </nav>
                {{ block "crumbs" . }}{{ end }}
                </header>
                <main>
                <h1>{{ .Title }}</h1>
                {{ block "main" . }}{{ end }}
                </main>
                <footer><p>{{ .Site.Title }}</p></footer>
                </body>
                </html>
                """);
        BenchFiles.write(l.resolve("_default/single.html"), """
                {{ define "crumbs" }}{{ with .GetTerms "areas" }}<nav aria-label="Breadcrumb">{{ range . }}<a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a>{{ end }}</nav>{{ end }}{{ end }}
                {{ define "main" }}
                <article>
                {{ .Content }}
                </article>
                {{ end }}
                """);
        BenchFiles.write(l.resolve("_default/list.html"), """
                {{ define "main" }}
                {{ .Content }}
                <table>
                <thead><tr><th>Page</th><th>Level</th><th>Severity</th></tr></thead>
                <tbody>
                {{ range .Pages }}<tr><td><a href="{{ .RelPermalink }}">{{ .Title }}</a></td><td>{{ .Params.level }}</td><td>{{ .Params.severity }}</td></tr>
                {{ end }}</tbody>
                </table>
                {{ end }}
                """);
        // An area lists its controls grouped by topic, as ours does.
        BenchFiles.write(l.resolve("areas/term.html"), """
                {{ define "main" }}
                {{ .Content }}
                {{ $topics := .Params.topics }}
                {{ if $topics }}{{ range .Pages.GroupByParam "topic" }}
                {{ $key := .Key }}
                <section>
                <h2>{{ range $topics }}{{ if eq .id $key }}{{ .title }}{{ end }}{{ end }}</h2>
                <ul>
                {{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> <small>{{ .Params.level }} · {{ .Params.severity }}</small></li>
                {{ end }}</ul>
                </section>
                {{ end }}{{ end }}
                {{ with where .Pages "Params.topic" "==" nil }}
                <section>
                <h2>Other controls</h2>
                <ul>
                {{ range . }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> <small>{{ .Params.level }} · {{ .Params.severity }}</small></li>
                {{ end }}</ul>
                </section>
                {{ end }}
                {{ end }}
                """);
        BenchFiles.write(l.resolve("index.html"), """
                {{ define "main" }}
                {{ .Content }}
                <h2>Areas</h2>
                <ul>
                {{ range .Site.Taxonomies.areas }}<li><a href="{{ .Page.RelPermalink }}">{{ .Page.Title }}</a> ({{ .Count }} controls)</li>
                {{ end }}</ul>
                <p>{{ len (where .Site.RegularPages "Section" "controls") }} controls. Start with the <a href="{{ "pages/start-here/" | relURL }}">reading path</a>.</p>
                {{ end }}
                """);
        BenchFiles.write(out.resolve("static/style.css"), """
                body { font: 16px/1.5 system-ui, sans-serif; max-width: 60rem; margin: 0 auto; padding: 0 1rem; }
                nav a { margin-right: 1rem; }
                table { border-collapse: collapse; }
                td, th { border: 1px solid #ccc; padding: .25rem .5rem; text-align: left; }
                pre { background: #f5f5f5; padding: .5rem; overflow: auto; }
                """);
    }
}
