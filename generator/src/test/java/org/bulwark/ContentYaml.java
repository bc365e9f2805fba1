package org.bulwark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The controls of a content folder read straight from their YAML, not through Bulwark's loader:
 * what a test computes expectations from, independently of the code under test.
 */
public final class ContentYaml {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final List<String> LEVELS = List.of("baseline", "standard", "advanced");

    /** One control as its file says: defaults filled in as SPEC §3 gives them. */
    public record Control(String id, String title, String level, String status, List<String> services,
                          List<String[]> verification) {
        /** In the catalogue, checklist and counts: active or deprecated. */
        public boolean listed() {
            return status.equals("active") || status.equals("deprecated");
        }

        public boolean accountWide() {
            return services.isEmpty();
        }

        /** At or below {@code level}: baseline is part of every level, advanced only of itself. */
        public boolean within(String other) {
            return LEVELS.indexOf(level) <= LEVELS.indexOf(other);
        }

        /**
         * Applies to a workload on {@code chosen} at {@code workloadLevel}: the whole baseline, and
         * up to the level, a control for one of the services or for none in particular.
         */
        public boolean appliesTo(Set<String> chosen, String workloadLevel) {
            if (!listed()) return false;
            if (level.equals("baseline")) return true;
            return within(workloadLevel) && (accountWide() || services.stream().anyMatch(chosen::contains));
        }
    }

    private ContentYaml() {}

    /** The standard's version as {@code standard.yaml} gives it. */
    public static String version(Path content) {
        try {
            return YAML.readTree(content.resolve("standard.yaml").toFile()).path("version").asText();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public static List<Control> controls(Path content) {
        try (Stream<Path> walk = Files.walk(content.resolve("controls"))) {
            List<Control> out = new ArrayList<>();
            for (Path p : walk.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) out.add(control(p));
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Control control(Path file) throws IOException {
        JsonNode y = YAML.readTree(file.toFile());
        List<String> services = new ArrayList<>();
        for (JsonNode s : y.path("services")) services.add(s.isTextual() ? s.asText() : s.get("id").asText());
        List<String[]> verification = new ArrayList<>();
        for (JsonNode v : y.path("verification")) {
            if (v.has("ref")) verification.add(new String[] {v.get("method").asText(), v.get("ref").asText()});
        }
        return new Control(y.get("id").asText(), y.path("title").asText(), y.path("level").asText("standard"),
                y.path("status").asText("active"), services, verification);
    }

    /** The ids of the controls that apply to a workload, sorted. */
    public static Set<String> applying(List<Control> controls, Set<String> services, String level) {
        Set<String> out = new TreeSet<>();
        for (Control c : controls) if (c.appliesTo(services, level)) out.add(c.id());
        return out;
    }

    /** The standard's version and effective date, from standard.yaml. */
    public static String[] versionAndDate(Path content) {
        try {
            JsonNode y = YAML.readTree(content.resolve("standard.yaml").toFile());
            return new String[] {y.get("version").asText(), y.path("effective").asText("")};
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
