package org.bulwark.export;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.bulwark.diag.Diagnostics;
import org.bulwark.site.SiteBuilder;

/** The standards the export tests read, and the schemas they validate against. */
public final class Fixtures {
    public static final ObjectMapper JSON = new ObjectMapper();

    private Fixtures() {}

    public static Path repo() {
        String repo = System.getProperty("bulwark.repo");
        assertTrue(repo != null, "surefire sets bulwark.repo to the repository root");
        return Path.of(repo).toAbsolutePath().normalize();
    }

    /** The default standard shipped in content/. */
    public static Path defaultContent() {
        return repo().resolve("content");
    }

    /** A small standard that uses every feature auditors rely on. */
    public static Path auditContent() {
        return repo().resolve("generator/src/test/resources/sites/audit-features");
    }

    /** NIST's OSCAL 1.2.1 catalog schema, copied into the test resources (see oscal/README.md there). */
    public static Path oscalCatalogSchema() {
        try {
            return Path.of(Fixtures.class.getResource("/org/bulwark/importing/oscal_catalog_schema_1.2.1.json").toURI());
        } catch (java.net.URISyntaxException | NullPointerException e) {
            throw new AssertionError("the OSCAL 1.2.1 catalog schema is expected in src/test/resources/oscal/", e);
        }
    }

    public static ExportInput input(Path content, boolean drafts, Optional<String> baseUrl, Optional<Instant> sourceDate) {
        Diagnostics diagnostics = new Diagnostics();
        Optional<SiteBuilder.Loaded> loaded = SiteBuilder.load(content, drafts, diagnostics);
        assertTrue(loaded.isPresent(), () -> "loads: " + diagnostics.sorted());
        assertFalse(diagnostics.hasErrors(), () -> "valid: " + diagnostics.sorted());
        SiteBuilder.Loaded l = loaded.get();
        SiteBuilder.Resolved resolved = SiteBuilder.resolve(l, drafts, baseUrl, diagnostics);
        assertTrue(!diagnostics.hasErrors(), () -> "resolves: " + diagnostics.sorted());
        return new ExportInput(l.index(), l.published(), l.crosswalk(), resolved.rendered(), baseUrl, sourceDate)
                .withHistory(l.history());
    }

    public static ExportInput input(Path content) {
        return input(content, false, Optional.empty(), Optional.empty());
    }

    public static JsonNode tree(byte[] json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new AssertionError("not JSON", e);
        }
    }

    /** A draft-07 schema with format assertions on (OSCAL's uri, uri-reference, date-time). */
    public static Schema schema(InputStream in) {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7,
                b -> b.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
        return registry.getSchema(in);
    }

    public static Schema schema(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return schema(in);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /**
     * One definition of a schema as a schema of its own: the OSCAL catalog schema's metadata
     * checks a profile's metadata, since the same definitions are shared by every OSCAL model.
     */
    public static Schema definition(Path schemaFile, String definition) {
        try {
            ObjectNode s = (ObjectNode) JSON.readTree(schemaFile.toFile());
            s.remove(List.of("properties", "required", "additionalProperties", "type"));
            s.put("$ref", "#/definitions/" + definition);
            return schema(new java.io.ByteArrayInputStream(JSON.writeValueAsBytes(s)));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** The schema's errors for a document, one per line, or "" when it is valid. */
    public static String errors(Schema schema, JsonNode document) {
        return schema.validate(document).stream()
                .map(e -> e.getInstanceLocation() + ": " + e.getKeyword() + ": " + e.getMessage())
                .collect(Collectors.joining("\n"));
    }
}
