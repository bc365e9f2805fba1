package org.bulwark.content;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The OpenSSF Open Source Project Security Baseline (src/test/resources/osps, ossf/security-baseline
 * at b834f71, Apache-2.0) written as a Bulwark content folder, as a new user would convert it,
 * without bending it: its ids as they are (OSPS-AC-01, requirement OSPS-AC-01.01), its maturity
 * levels per requirement, its framework identifiers verbatim (Claim 1.4.2, SAMM practice names),
 * no cloud services, no provider, its lexicon as the glossary.
 */
public final class OspsBaseline {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS));
    private static final List<String> LEVELS = List.of("baseline", "standard", "advanced");

    private final Path source;
    private final Path out;
    private final boolean errata;

    private OspsBaseline(Path source, Path out, boolean errata) {
        this.source = source;
        this.out = out;
        this.errata = errata;
    }

    /**
     * Writes the content folder; returns the number of controls and of requirements written.
     * {@code errata}: correct the two slips `check` finds in OSPS's lexicon (see {@link #term}).
     */
    public static int[] convert(Path source, Path out, boolean errata) {
        try {
            return new OspsBaseline(source, out, errata).write();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private int[] write() throws IOException {
        JsonNode metadata = YAML.readTree(source.resolve("metadata.yaml").toFile());
        Map<String, String> frameworks = new LinkedHashMap<>(); // OSPS reference id -> our framework id
        List<Object> frameworkList = new ArrayList<>();
        for (JsonNode ref : metadata.at("/metadata/mapping-references")) {
            String id = slug(ref.path("id").asText());
            frameworks.put(ref.path("id").asText(), id);
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("id", id);
            f.put("title", ref.path("title").asText() + (ref.hasNonNull("version") ? " " + ref.path("version").asText() : ""));
            frameworkList.add(f);
        }
        Map<String, Object> standard = new LinkedHashMap<>();
        standard.put("id", metadata.at("/metadata/id").asText());
        standard.put("title", metadata.path("title").asText());
        standard.put("version", "main-b834f71"); // the commit the files come from: no release number
        standard.put("owner", metadata.at("/metadata/author/name").asText());
        standard.put("effective", "2026-07-07"); // that commit's date
        standard.put("summary", metadata.at("/metadata/description").asText().strip());
        standard.put("baseline", Map.of("title", "Maturity Level 1", "intro", metadata.at("/metadata/applicability-groups/0/description")
                .asText().strip() + "."));
        standard.put("frameworks", frameworkList);

        int controls = 0;
        int requirements = 0;
        int order = 1;
        try (Stream<Path> files = Files.list(source)) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith("OSPS-")).sorted().toList()) {
                JsonNode family = YAML.readTree(file.toFile());
                JsonNode group = family.at("/groups/0");
                String area = slug(group.path("title").asText());
                write("areas/" + area + ".md", "---\n" + yaml(Map.of("title", group.path("title").asText(), "order", order++))
                        + "---\n" + group.path("description").asText());
                for (JsonNode c : family.path("controls")) {
                    requirements += control(c, area, frameworks, frameworkList);
                    controls++;
                }
            }
        }
        write("standard.yaml", yaml(standard));
        List<Object> glossary = new ArrayList<>();
        for (JsonNode t : YAML.readTree(source.resolve("lexicon.yaml").toFile())) glossary.add(term(t));
        write("glossary.yaml", yaml(glossary));
        return new int[] {controls, requirements};
    }

    /**
     * One lexicon entry as a glossary term. With errata, two slips of the lexicon that `check`
     * reports are corrected: a second "Proactive Software Supply Chain Risk Management Framework"
     * whose definition and synonym (SAMM) describe OWASP SAMM, and "Coordinated Vulnerability
     * Disclosure" given as a synonym of "Vulnerability Reporting" while it is a term of its own.
     */
    private Map<String, Object> term(JsonNode t) {
        Map<String, Object> term = new LinkedHashMap<>();
        String name = t.path("term").asText().strip();
        List<String> aliases = new ArrayList<>();
        t.path("synonyms").forEach(s -> aliases.add(s.asText().strip()));
        if (errata && aliases.contains("SAMM")) name = "OWASP Software Assurance Maturity Model";
        if (errata && name.equals("Vulnerability Reporting")) aliases.remove("Coordinated Vulnerability Disclosure");
        term.put("term", name);
        term.put("definition", t.path("definition").asText().strip());
        if (!aliases.isEmpty()) term.put("aliases", aliases);
        return term;
    }

    /** One control; returns its number of requirements. */
    private int control(JsonNode c, String area, Map<String, String> frameworks, List<Object> frameworkList)
            throws IOException {
        String id = c.path("id").asText();
        Map<String, Object> control = new LinkedHashMap<>();
        control.put("id", id);
        control.put("title", c.path("title").asText().strip());
        control.put("area", area);
        List<Map<String, Object>> requirements = new ArrayList<>();
        int lowest = LEVELS.size() - 1;
        StringBuilder guidance = new StringBuilder();
        for (JsonNode r : c.path("assessment-requirements")) {
            int level = LEVELS.size() - 1;
            for (JsonNode a : r.path("applicability")) {
                level = Math.min(level, Integer.parseInt(a.asText().replace("maturity-", "")) - 1);
            }
            lowest = Math.min(lowest, level);
            Map<String, Object> req = new LinkedHashMap<>();
            req.put("id", r.path("id").asText());
            req.put("text", r.path("text").asText().strip());
            req.put("level", LEVELS.get(level));
            requirements.add(req);
            if (r.hasNonNull("recommendation")) {
                guidance.append("**").append(r.path("id").asText()).append("**: ")
                        .append(r.path("recommendation").asText().strip()).append("\n\n");
            }
        }
        control.put("level", LEVELS.get(lowest));
        control.put("statement", c.path("objective").asText().strip());
        // a requirement at the control's own level needs no level of its own
        for (Map<String, Object> req : requirements) {
            if (req.get("level").equals(LEVELS.get(lowest))) req.remove("level");
        }
        control.put("requirements", requirements);
        if (guidance.length() > 0) control.put("guidance", guidance.toString().strip());
        Map<String, List<String>> references = new TreeMap<>();
        for (JsonNode g : c.path("guidelines")) {
            String ref = g.path("reference-id").asText("").strip();
            if (ref.isEmpty() || ref.equals("null")) continue; // OSPS-DO-07 has an empty placeholder guideline
            String framework = frameworks.computeIfAbsent(ref, k -> {
                // cited but not among the mapping references (OpenCRE): a framework of its own
                Map<String, Object> f = new LinkedHashMap<>();
                f.put("id", slug(k));
                f.put("title", k);
                frameworkList.add(f);
                return slug(k);
            });
            List<String> ids = references.computeIfAbsent(framework, k -> new ArrayList<>());
            for (JsonNode e : g.path("entries")) {
                String identifier = e.path("reference-id").asText("").strip();
                if (!identifier.isEmpty() && !identifier.equals("null") && !ids.contains(identifier)) ids.add(identifier);
            }
        }
        if (!references.isEmpty()) control.put("references", references);
        String folder = id.substring(0, id.lastIndexOf('-')).toLowerCase(Locale.ROOT);
        write("controls/" + folder + "/" + id + ".yaml", yaml(control));
        return requirements.size();
    }

    private static String slug(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    private static String yaml(Object value) throws IOException {
        return YAML.writeValueAsString(value);
    }

    private void write(String relative, String text) throws IOException {
        Path p = out.resolve(relative);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
    }
}
