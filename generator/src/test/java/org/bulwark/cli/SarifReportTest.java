package org.bulwark.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.bulwark.Cli;
import org.bulwark.Sites;
import org.bulwark.diag.Rules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code check --format sarif} as GitHub code scanning reads it: the tool's real version, a rule
 * with help for every code, results that point at their rule, and only URIs that the SARIF
 * schema's formats accept (code scanning refuses the whole upload otherwise).
 */
class SarifReportTest {
    @TempDir
    Path tmp;

    private JsonNode report() throws IOException {
        Path content = tmp.resolve("content");
        Sites.copy(Sites.site("minimal"), content);
        Files.writeString(content.resolve("pages/second.md"), "---\ntitle: Second\norder: 2\n---\n[[IAM-99]]\n");
        Files.createDirectories(content.resolve("controls/with space"));
        Files.writeString(content.resolve("controls/with space/notes é.txt"), "not content\n");
        Cli run = Cli.run("check", "--format", "sarif", "--content", content.toString());
        assertEquals(1, run.exitCode(), run.all());
        return new ObjectMapper().readTree(run.out());
    }

    @Test
    void theDriverNamesItsVersionAndEveryRule() throws IOException {
        JsonNode driver = report().at("/runs/0/tool/driver");
        assertEquals("bulwark", driver.get("name").asText());
        assertEquals(Version.current(), driver.get("version").asText());
        assertFalse(driver.toString().contains("github.com/bulwark"), "no made-up home page");
        JsonNode rules = driver.get("rules");
        assertEquals(Rules.ALL.size(), rules.size());
        for (int i = 0; i < Rules.ALL.size(); i++) {
            Rules.Rule rule = Rules.ALL.get(i);
            JsonNode r = rules.get(i);
            assertEquals(rule.code(), r.get("id").asText());
            assertEquals(rule.summary(), r.at("/shortDescription/text").asText());
            assertTrue(r.at("/help/text").asText().contains("docs/diagnostics.md#" + rule.code()), r.toString());
            assertTrue(r.at("/help/markdown").asText().contains("docs/diagnostics.md#" + rule.code()), r.toString());
            assertEquals(rule.severity().label(), r.at("/defaultConfiguration/level").asText());
        }
    }

    @Test
    void everyResultPointsAtItsRule() throws IOException {
        JsonNode run = report().at("/runs/0");
        JsonNode results = run.get("results");
        assertTrue(results.size() >= 2, results.toString());
        List<String> codes = new ArrayList<>();
        for (JsonNode result : results) {
            String id = result.get("ruleId").asText();
            codes.add(id);
            assertEquals(id, run.at("/tool/driver/rules/" + result.get("ruleIndex").asInt() + "/id").asText());
        }
        assertTrue(codes.contains("unknown-ref") && codes.contains("ignored-file"), codes.toString());
    }

    @Test
    void urisAreWhatTheSarifSchemaAccepts() throws IOException {
        JsonNode report = report();
        List<String> artifacts = new ArrayList<>();
        walk(report, (name, value) -> {
            if (name.equals("uri")) {
                artifacts.add(value);
                assertTrue(isUriReference(value), "a uri-reference: " + value);
            } else if (name.endsWith("Uri")) {
                assertTrue(isUriReference(value) && URI.create(value).isAbsolute(), name + " is an absolute URI: " + value);
            }
        });
        assertTrue(artifacts.stream().anyMatch(u -> u.endsWith("controls/with%20space/notes%20%C3%A9.txt")),
                artifacts.toString());
    }

    private static boolean isUriReference(String s) {
        try {
            new URI(s);
            return s.chars().allMatch(c -> c > 0x20 && c < 0x7f);
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static void walk(JsonNode node, java.util.function.BiConsumer<String, String> text) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                if (e.getValue().isTextual()) text.accept(e.getKey(), e.getValue().asText());
                walk(e.getValue(), text);
            }
        } else if (node.isArray()) {
            node.forEach(n -> walk(n, text));
        }
    }
}
