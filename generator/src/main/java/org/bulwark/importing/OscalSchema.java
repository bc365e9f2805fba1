package org.bulwark.importing;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bulwark.diag.Diagnostics;
import org.bulwark.diag.SourcePosition;

/**
 * Checks a catalog against NIST's OSCAL catalog JSON Schema of its own OSCAL version (the
 * schemas ship in the jar), and reports each violation at its place in the file.
 */
final class OscalSchema {
    /** Enough to see what is wrong; a file that is not a catalog at all would give thousands. */
    static final int MAX_REPORTED = 50;
    private static final Pattern VERSION = Pattern.compile("(\\d+)\\.(\\d+)(?:\\.(\\d+))?.*");

    private OscalSchema() {}

    /** The schema version that checks a catalog written for {@code oscalVersion}; empty for a non-1.x version. */
    static java.util.Optional<String> schemaVersion(String oscalVersion) {
        Matcher m = VERSION.matcher(oscalVersion.strip());
        if (!m.matches()) return java.util.Optional.of("1.2.1");
        if (!m.group(1).equals("1")) return java.util.Optional.empty();
        int minor = Integer.parseInt(m.group(2));
        return java.util.Optional.of(minor == 0 ? "1.0.0" : minor == 1 ? "1.1.2" : "1.2.1");
    }

    /** True when the catalog is valid; otherwise every violation (up to a limit) is an error. */
    static boolean check(LocatedJson json, String schemaVersion, Diagnostics diagnostics) {
        List<Error> errors = load(schemaVersion).validate(json.root());
        if (errors.isEmpty()) return true;
        record Found(SourcePosition at, String message) {}
        List<Found> found = new ArrayList<>();
        for (Error e : errors) {
            found.add(new Found(json.position(e.getInstanceNode(), steps(e.getInstanceLocation())),
                    "not a valid OSCAL " + schemaVersion + " catalog: " + describe(e)));
        }
        found.sort(Comparator.comparing(Found::at));
        found.stream().limit(MAX_REPORTED).forEach(f -> diagnostics.error(f.at(), "oscal-schema", f.message()));
        if (found.size() > MAX_REPORTED) {
            diagnostics.error(found.get(MAX_REPORTED).at(), "oscal-schema", (found.size() - MAX_REPORTED)
                    + " more violations of the OSCAL " + schemaVersion + " catalog schema not shown");
        }
        return false;
    }

    private static String describe(Error e) {
        String where = e.getInstanceLocation().toString();
        String message = e.getMessage();
        // the validator's messages start with the location; keep it, it names the field
        return message.startsWith(where) ? message : where + ": " + message;
    }

    private static List<Object> steps(NodePath path) {
        List<Object> out = new ArrayList<>();
        for (int i = 0; i < path.getNameCount(); i++) out.add(path.getElement(i));
        return out;
    }

    private static Schema load(String version) {
        String resource = "oscal_catalog_schema_" + version + ".json";
        try (InputStream in = OscalSchema.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing resource " + resource);
            // format checks off: NIST's own content has date-times some checkers reject ("-00:00");
            // the schema's patterns still check their shape
            SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7,
                    b -> b.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(false).build()));
            return registry.getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
