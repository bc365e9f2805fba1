package org.bulwark.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.bulwark.Sites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The editor schemas say what the loader says: every file of every valid test standard and of
 * content/ passes them, and the corpus's broken files that the loader rejects for their shape
 * (unknown keys, bad values, wrong types) fail them too.
 */
class ContentSchemasTest {
    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    static final ObjectMapper JSON = new ObjectMapper();
    /** What a schema can see: one file's shape. The other codes need the whole standard. */
    static final Set<String> SHAPE_CODES = Set.of("unknown-key", "bad-value", "bad-date", "not-a-string",
            "missing-field", "missing-value", "wrong-type", "bad-id");

    /** Compiled once: compiling them is most of what a check costs. */
    private static final Map<String, Schema> SCHEMAS = compile();

    static Map<String, Schema> schemas() {
        return SCHEMAS;
    }

    private static Map<String, Schema> compile() {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7);
        return ContentSchemas.schemas().entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                e -> registry.getSchema(e.getValue())));
    }

    /** Which schema checks a file of a content folder, or null (not a content file). */
    static String schemaOf(String relative) {
        if (relative.equals("standard.yaml")) return ContentSchemas.STANDARD;
        if (relative.equals("glossary.yaml")) return ContentSchemas.GLOSSARY;
        if (relative.startsWith("controls/") && relative.endsWith(".yaml")) return ContentSchemas.CONTROL;
        if (relative.startsWith("services/") && relative.endsWith(".yaml")) return ContentSchemas.SERVICE;
        if ((relative.startsWith("areas/") || relative.startsWith("pages/")) && relative.endsWith(".md")) {
            return ContentSchemas.FRONT_MATTER;
        }
        return null;
    }

    /** The file as the YAML language server sees it: the YAML, or a Markdown file's front matter. */
    static JsonNode data(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        if (file.toString().endsWith(".md")) {
            int end = text.indexOf("\n---", 4);
            text = text.substring(4, end + 1);
        }
        JsonNode node = YAML.readTree(text);
        return node == null ? JSON.nullNode() : node;
    }

    /** The schema's complaints about every content file of a folder, one line each. */
    static List<String> problems(Path content) throws IOException {
        Map<String, Schema> schemas = schemas();
        List<String> out = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(content)) {
            for (Path f : walk.filter(Files::isRegularFile).sorted().toList()) {
                String rel = content.relativize(f).toString().replace('\\', '/');
                String schema = schemaOf(rel);
                if (schema == null) continue;
                schemas.get(schema).validate(data(f))
                        .forEach(e -> out.add(rel + ": " + e.getInstanceLocation() + ": " + e.getMessage()));
            }
        }
        return out;
    }

    /** Shape problems that depend on another file, which no schema of one file can see. */
    static final Set<String> ACROSS_FILES = Set.of("services-without-layers");

    static Stream<Path> validStandards() {
        return Stream.of(Sites.defaultContent(), Sites.site("minimal"), Sites.site("audit-features"),
                Sites.site("reader").resolve("content"), Sites.site("shapes"));
    }

    @ParameterizedTest
    @MethodSource("validStandards")
    void everyFileOfAValidStandardPasses(Path content) throws IOException {
        assertEquals(List.of(), problems(content));
    }

    static Stream<String> corpusCases() throws IOException {
        try (Stream<Path> list = Files.list(Sites.resource("corpus"))) {
            return list.filter(p -> Files.isDirectory(p.resolve("files")))
                    .map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    /**
     * A corpus file the loader rejects for its shape fails the schema; one it rejects only for
     * what the rest of the standard says (an unknown area, a loop) passes it.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("corpusCases")
    void theCorpusFailsWhereTheShapeIsWrong(String name) throws IOException {
        Path files = Sites.resource("corpus/" + name + "/files");
        List<String> expected = Files.readAllLines(Sites.resource("corpus/" + name + "/expected"));
        Map<String, Schema> schemas = schemas();
        try (Stream<Path> walk = Files.walk(files)) {
            for (Path f : walk.filter(Files::isRegularFile).toList()) {
                String rel = files.relativize(f).toString().replace('\\', '/');
                String schema = schemaOf(rel);
                JsonNode node;
                try {
                    node = schema == null ? null : data(f);
                } catch (IOException | RuntimeException notYaml) {
                    continue; // a YAML syntax error: no schema sees the file either
                }
                if (node == null) continue;
                Set<String> codes = expected.stream().filter(l -> l.startsWith("content/" + rel + ":"))
                        .map(l -> l.substring(l.lastIndexOf('[') + 1, l.lastIndexOf(']'))).collect(Collectors.toSet());
                boolean shape = codes.stream().anyMatch(SHAPE_CODES::contains) && !ACROSS_FILES.contains(name);
                boolean syntax = codes.stream().anyMatch(c -> c.startsWith("yaml-") || c.startsWith("not-utf")
                        || Set.of("too-deep", "duplicate-key", "empty-file", "not-text").contains(c));
                if (syntax) continue;
                var errors = schemas.get(schema).validate(node);
                if (shape) {
                    assertFalse(errors.isEmpty(), rel + " of " + name + " should fail " + schema);
                } else {
                    assertTrue(errors.isEmpty(), rel + " of " + name + " should pass " + schema + ": " + errors);
                }
            }
        }
    }

    @Test
    void typosAndBadValuesFailAtEveryLevel() throws IOException {
        Map<String, Schema> s = schemas();
        JsonNode control = YAML.readTree("""
                id: IAM-01
                title: T
                area: identity
                statement: S
                requirements: [{ id: a, text: x }]
                verification: [{ method: manual, description: d }]
                evidence: [{ id: report, description: d }]
                services: [s3, { id: ec2, responsibility: shared }]
                references: { nist-800-53: [AC-2(1), "Claim 1.4.2"], cis-aws: "1.10" }
                """);
        assertEquals(List.of(), s.get(ContentSchemas.CONTROL).validate(control).stream().map(Object::toString).toList());
        for (String[] bad : new String[][] {
                {"", "titel", "\"x\""},
                {"", "severity", "\"critcal\""},
                {"", "level", "\"basline\""},
                {"", "status", "\"retired\""},
                {"", "id", "\"IAM 01\""},
                {"", "area", "\"Identity\""},
                {"", "reviewed", "\"2026-13-01\""},
                {"", "title", "true"},
                {"requirements/0", "txt", "\"x\""},
                {"requirements/0", "level", "\"expert\""},
                {"verification/0", "method", "\"by-hand\""},
                {"evidence/0", "id", "\"Report\""},
                {"services/1", "responsibility", "\"partly\""},
                {"references", "Nist", "[\"AC-2\"]"},
                {"references/nist-800-53", "0", "\" AC-2\""}}) {
            ObjectNode doc = control.deepCopy();
            JsonNode at = bad[0].isEmpty() ? doc : doc.at("/" + bad[0]);
            if (at.isArray()) ((com.fasterxml.jackson.databind.node.ArrayNode) at).set(0, JSON.readTree(bad[2]));
            else ((ObjectNode) at).set(bad[1], JSON.readTree(bad[2]));
            assertFalse(s.get(ContentSchemas.CONTROL).validate(doc).isEmpty(), "accepted " + String.join(" ", bad));
        }
        assertFalse(s.get(ContentSchemas.STANDARD).validate(YAML.readTree("title: T\nversion: '1'\nlayrs: []")).isEmpty());
        assertFalse(s.get(ContentSchemas.SERVICE).validate(YAML.readTree(
                "id: s3\nname: S3\ncategory: serverless")).isEmpty());
        assertFalse(s.get(ContentSchemas.GLOSSARY).validate(YAML.readTree("- { term: t, definiton: d }")).isEmpty());
        assertFalse(s.get(ContentSchemas.FRONT_MATTER).validate(YAML.readTree("title: T\nnav: true\ntopics: []"))
                .isEmpty(), "an area's and a page's keys never mix");
        assertTrue(s.get(ContentSchemas.FRONT_MATTER).validate(YAML.readTree("title: T\nnav: false")).isEmpty());
    }

    @Test
    void aHintPointsFromTheFileToTheSchemaFolder() {
        assertEquals("# yaml-language-server: $schema=.bulwark/schemas/standard.schema.json\n",
                ContentSchemas.hint("standard.yaml", ContentSchemas.STANDARD));
        assertEquals("# yaml-language-server: $schema=../../.bulwark/schemas/control.schema.json\n",
                ContentSchemas.hint("controls/iam/IAM-01.yaml", ContentSchemas.CONTROL));
    }

    @Test
    void theSchemasCoverEveryKeyTheLoaderReads() throws IOException {
        JsonNode control = JSON.readTree(ContentSchemas.schemas().get(ContentSchemas.CONTROL));
        List<String> keys = new ArrayList<>();
        control.path("properties").fieldNames().forEachRemaining(keys::add);
        assertEquals(Readers.CONTROL_KEYS, keys);
        List<String> requirement = new ArrayList<>();
        control.at("/properties/requirements/items/properties").fieldNames().forEachRemaining(requirement::add);
        assertEquals(Readers.REQUIREMENT_KEYS, requirement);
        assertEquals(List.of("baseline", "standard", "advanced"),
                JSON.convertValue(control.at("/properties/level/enum"), List.class));
    }
}
