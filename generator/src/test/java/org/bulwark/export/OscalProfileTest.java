package org.bulwark.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The shared reference folder has no OSCAL profile schema, so the profile's metadata is checked
 * against the catalog schema's metadata definition (the same in every OSCAL model) and the rest
 * of its shape by hand, after the profile schema of OSCAL 1.2.1.
 */
class OscalProfileTest {

    @Test
    void selectsTheListedBaselineControlsOfTheCatalog() {
        ExportInput input = Fixtures.input(Fixtures.auditContent());
        JsonNode profile = Fixtures.tree(Exports.one(Exports.Format.OSCAL_PROFILE, input)).get("profile");
        JsonNode imported = profile.get("imports").get(0);
        assertEquals("catalog.json", imported.get("href").asText(), "beside the catalog");
        List<String> ids = new ArrayList<>();
        imported.get("include-controls").get(0).get("with-ids").forEach(n -> ids.add(n.asText()));
        assertEquals(List.of("aud-01", "aud-02", "gov-10"), ids, "baseline, deprecated included, no draft or withdrawn");
        JsonNode catalog = Fixtures.tree(Exports.one(Exports.Format.OSCAL, input));
        ids.forEach(id -> OscalCatalogTest.control(catalog, id));
        assertEquals(true, profile.get("merge").get("as-is").asBoolean());
    }

    @Test
    void hasTheShapeOfAnOscalProfile() {
        for (var content : List.of(Fixtures.defaultContent(), Fixtures.auditContent())) {
            JsonNode doc = Fixtures.tree(Exports.one(Exports.Format.OSCAL_PROFILE, Fixtures.input(content, false,
                    Optional.of("https://standards.example.com/"), Optional.empty())));
            assertEquals(Set.of("profile"), fields(doc));
            JsonNode profile = doc.get("profile");
            assertTrue(Set.of("uuid", "metadata", "imports", "merge").containsAll(fields(profile)), fields(profile)::toString);
            assertTrue(profile.get("uuid").asText().matches(
                    "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[45][0-9A-Fa-f]{3}-[89ABab][0-9A-Fa-f]{3}-[0-9A-Fa-f]{12}$"));
            assertEquals("", Fixtures.errors(Fixtures.definition(Fixtures.oscalCatalogSchema(),
                    "oscal-catalog-oscal-metadata:metadata"), profile.get("metadata")), "metadata per OSCAL 1.2.1");
            JsonNode imported = profile.get("imports").get(0);
            assertEquals(Set.of("href", "include-controls"), fields(imported));
            assertEquals("https://standards.example.com/oscal/catalog.json", imported.get("href").asText());
            JsonNode withIds = imported.get("include-controls").get(0);
            assertEquals(Set.of("with-ids"), fields(withIds));
            assertTrue(withIds.get("with-ids").size() > 0);
            withIds.get("with-ids").forEach(id -> assertTrue(id.asText().matches("^(\\p{L}|_)(\\p{L}|\\p{N}|[.\\-_])*$")));
            assertEquals(Set.of("as-is"), fields(profile.get("merge")));
        }
    }

    private static Set<String> fields(JsonNode node) {
        Set<String> out = new java.util.TreeSet<>();
        node.fieldNames().forEachRemaining(out::add);
        return out;
    }
}
