package org.bulwark.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.bulwark.CommandLines;
import org.bulwark.Sites;
import org.junit.jupiter.api.Test;

/**
 * The CI examples of docs/ci.md are real files: the GitHub workflow and the pre-commit hook parse
 * as YAML, and every Bulwark command line in them parses with the real command line (an option
 * renamed in the CLI fails here). DistributionIT runs the hook's entry with the distribution.
 */
class CiExamplesTest {
    static final Path WORKFLOW = Sites.repo().resolve("docs/examples/github-workflow.yml");
    static final Path HOOKS = Sites.repo().resolve(".pre-commit-hooks.yaml");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    /** The words of the hook's entry, e.g. [bulwark, check]. */
    static List<String> hookEntry() throws IOException {
        JsonNode hooks = YAML.readTree(HOOKS.toFile());
        return CommandLines.words(hooks.get(0).get("entry").asText());
    }

    @Test
    void theWorkflowChecksUploadsSarifBuildsAndPublishes() throws IOException {
        JsonNode jobs = YAML.readTree(WORKFLOW.toFile()).get("jobs");
        List<String> uses = new ArrayList<>();
        List<List<String>> bulwark = new ArrayList<>();
        String sarifFile = null;
        for (JsonNode job : jobs) {
            for (JsonNode step : job.path("steps")) {
                if (step.has("uses")) uses.add(step.get("uses").asText().replaceFirst("@.*", ""));
                if (step.path("uses").asText().startsWith("github/codeql-action/upload-sarif@")) {
                    sarifFile = step.at("/with/sarif_file").asText();
                }
                for (String line : CommandLines.lines(step.path("run").asText(""))) {
                    List<String> words = CommandLines.words(line);
                    CommandLines.bulwarkArguments(words).ifPresent(bulwark::add);
                }
            }
        }
        assertTrue(uses.containsAll(List.of("actions/checkout", "actions/setup-java", "github/codeql-action/upload-sarif",
                "actions/configure-pages", "actions/upload-pages-artifact", "actions/deploy-pages")), uses.toString());
        assertEquals("write", jobs.at("/check/permissions/security-events").asText(), "code scanning needs it");
        assertEquals("write", jobs.at("/deploy/permissions/pages").asText());
        assertEquals("write", jobs.at("/deploy/permissions/id-token").asText());

        List<String> commands = bulwark.stream().map(args -> args.get(0)).toList();
        assertEquals(List.of("check", "build"), commands, bulwark.toString());
        List<String> check = bulwark.get(0);
        assertTrue(String.join(" ", check).contains("--format sarif"), check.toString());
        String redirect = String.join(" ", CommandLines.lines(jobs.at("/check/steps").findValues("run").stream()
                .map(JsonNode::asText).filter(r -> r.contains(" check ")).findFirst().orElseThrow()));
        assertTrue(redirect.endsWith("> " + sarifFile), "the uploaded file is the one check writes: " + redirect);
        for (List<String> args : bulwark) parses(args);
    }

    @Test
    void theHookRunsCheckWithoutFileNames() throws IOException {
        JsonNode hooks = YAML.readTree(HOOKS.toFile());
        assertTrue(hooks.isArray() && hooks.size() >= 1);
        for (JsonNode hook : hooks) {
            for (String key : List.of("id", "name", "entry", "language")) assertTrue(hook.has(key), key + " in " + hook);
            assertTrue(Set.of("system", "script").contains(hook.get("language").asText()), hook.toString());
            assertFalse(hook.path("pass_filenames").asBoolean(true), "check reads the whole standard, not files");
            List<String> entry = CommandLines.words(hook.get("entry").asText());
            assertEquals("bulwark", entry.get(0));
            assertEquals("check", entry.get(1));
            parses(entry.subList(1, entry.size()));
        }
    }

    @Test
    void aMisspelledOptionWouldBeCaught() {
        assertTrue(CommandLines.parseError(List.of("check", "--fromat", "sarif")).isPresent());
        assertTrue(CommandLines.parseError(List.of("chekc")).isPresent());
    }

    private static void parses(List<String> args) {
        CommandLines.parseError(args).ifPresent(e -> {
            throw new AssertionError("does not parse: bulwark " + String.join(" ", args) + ": " + e);
        });
    }
}
