package org.bulwark.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Schema;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class OscalCatalogTest {
    private static final Pattern TOKEN = Pattern.compile("^(\\p{L}|_)(\\p{L}|\\p{N}|[.\\-_])*$");
    private static Schema schema;

    @BeforeAll
    static void loadSchema() {
        schema = Fixtures.schema(Fixtures.oscalCatalogSchema());
    }

    static Stream<Arguments> standards() {
        return Stream.of(
                Arguments.of("content/", Fixtures.defaultContent(), false, Optional.empty()),
                Arguments.of("content/ with a base URL", Fixtures.defaultContent(), false,
                        Optional.of("https://standards.example.com/aws/")),
                Arguments.of("audit-features", Fixtures.auditContent(), false, Optional.empty()),
                Arguments.of("shapes (ids as real standards write them)", Fixtures.repo().resolve(
                        "generator/src/test/resources/sites/shapes"), false, Optional.empty()),
                Arguments.of("audit-features with drafts and a base URL", Fixtures.auditContent(), true,
                        Optional.of("https://standards.example.com/sec/")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("standards")
    void validAgainstTheOfficialSchema(String name, Path content, boolean drafts, Optional<String> baseUrl) {
        byte[] bytes = Exports.one(Exports.Format.OSCAL, Fixtures.input(content, drafts, baseUrl, Optional.empty()));
        JsonNode catalog = Fixtures.tree(bytes);
        long start = System.nanoTime();
        String errors = Fixtures.errors(schema, catalog);
        long ms = (System.nanoTime() - start) / 1_000_000;
        assertEquals("", errors, "OSCAL 1.2.1 catalog schema");
        System.out.printf("OSCAL catalog of %s: %d bytes, validated in %d ms%n", name, bytes.length, ms);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("standards")
    void idsAreUniqueTokensAndEveryInternalLinkResolves(String name, Path content, boolean drafts,
                                                       Optional<String> baseUrl) {
        JsonNode catalog = catalog(content, drafts, baseUrl);
        List<String> ids = new ArrayList<>();
        List<String> internal = new ArrayList<>();
        catalog.findParents("id").forEach(n -> {
            if (n.get("id").isTextual()) ids.add(n.get("id").asText());
        });
        catalog.findValues("href").forEach(h -> {
            if (h.asText().startsWith("#")) internal.add(h.asText().substring(1));
        });
        Set<String> unique = new HashSet<>(ids);
        assertEquals(ids.size(), unique.size(), "ids are unique in the document: " + ids);
        ids.forEach(id -> assertTrue(TOKEN.matcher(id).matches(), id));
        internal.forEach(id -> assertTrue(unique.contains(id), "#" + id + " names something in the catalog"));
    }

    @Test
    void controlsCarryLabelsPropsPartsAndLinks() {
        JsonNode catalog = catalog(Fixtures.auditContent(), false, Optional.empty());
        JsonNode c = control(catalog, "aud-01");
        assertEquals("AUD-01", prop(c, "label", null));
        assertEquals("baseline", prop(c, "level", Oscal.NS));
        assertEquals("critical", prop(c, "severity", Oscal.NS));
        assertEquals("customer", prop(c, "responsibility", Oscal.NS));
        assertEquals("active", prop(c, "status", Oscal.NS));
        assertEquals("OLD-1", prop(c, "alias", Oscal.NS));
        assertTrue(props(c, "reference").contains("nist-800-53 IA-2(1)"));
        assertTrue(props(c, "reference").contains("_27001-2022 A.5.17"), "a framework id starting with a digit");

        JsonNode statement = part(c, "aud-01_smt");
        assertEquals("statement", statement.get("name").asText());
        assertTrue(statement.get("prose").asText().contains("as AUD-04 also expects"), "cross-reference as text");
        assertEquals("aud-01_smt.a", statement.get("parts").get(0).get("id").asText());
        assertEquals("item", statement.get("parts").get(0).get("name").asText());
        assertEquals("aud-01_smt.b-2", statement.get("parts").get(1).get("id").asText());
        assertEquals("guidance", part(c, "aud-01_gdn").get("name").asText());
        assertEquals(Oscal.NS, part(c, "aud-01_rat").get("ns").asText());
        assertEquals(2, part(c, "aud-01_evd").get("parts").size());
        assertEquals("aud-01_evd.report", part(c, "aud-01_evd").get("parts").get(0).get("id").asText());
        JsonNode ec2 = part(c, "aud-01_svc").get("parts").get(1);
        assertEquals("aud-01_svc.ec2", ec2.get("id").asText());
        assertEquals("shared", prop(ec2, "responsibility", Oscal.NS));

        assertTrue(links(c).contains("related #aud-02"));
        assertTrue(links(c).contains("related #aud-04"), "related through a former id resolves to the current one");
        assertTrue(links(c).contains("alternate ../controls/AUD-01/"), "the control's page, relative to oscal/");
    }

    @Test
    void withdrawnAndDeprecatedControlsAreMarked() {
        JsonNode catalog = catalog(Fixtures.auditContent(), false, Optional.empty());
        JsonNode withdrawn = control(catalog, "aud-03");
        assertEquals("withdrawn", prop(withdrawn, "status", null), "OSCAL's own status prop");
        assertTrue(links(withdrawn).contains("incorporated-into #aud-04"));
        JsonNode deprecated = control(catalog, "aud-02");
        assertEquals("deprecated", prop(deprecated, "status", Oscal.NS));
        assertEquals(null, prop(deprecated, "status", null));
        assertTrue(links(deprecated).contains("superseded-by #aud-04"));
    }

    @Test
    void areasAreGroupsAndTopicsSubGroups() {
        JsonNode catalog = catalog(Fixtures.auditContent(), true, Optional.empty());
        JsonNode groups = catalog.path("catalog").path("groups");
        assertEquals("identity", groups.get(0).get("id").asText());
        assertEquals("identity.people", groups.get(0).get("groups").get(0).get("id").asText());
        assertEquals("_1-governance", groups.get(1).get("id").asText(), "an area id starting with a digit");
        assertTrue(catalog.toString().contains("\"aud-05\""), "drafts with --drafts");
        assertFalse(catalog(Fixtures.auditContent(), false, Optional.empty()).toString().contains("\"aud-05\""),
                "no drafts without --drafts");
    }

    @Test
    void metadataComesFromTheContentNeverTheClock() {
        JsonNode m = catalog(Fixtures.auditContent(), false, Optional.empty()).path("catalog").path("metadata");
        assertEquals("Audit Features Standard", m.get("title").asText());
        assertEquals("2.1.0", m.get("version").asText());
        assertEquals("1.2.1", m.get("oscal-version").asText());
        assertEquals("2026-03-01T00:00:00Z", m.get("published").asText());
        assertEquals("2026-03-01T00:00:00Z", m.get("last-modified").asText(), "the effective date");
        JsonNode fromEpoch = Fixtures.tree(Exports.one(Exports.Format.OSCAL, Fixtures.input(Fixtures.auditContent(),
                false, Optional.empty(), Optional.of(Instant.ofEpochSecond(1_700_000_000L)))));
        assertEquals("2023-11-14T22:13:20Z", fromEpoch.path("catalog").path("metadata").path("last-modified").asText(),
                "SOURCE_DATE_EPOCH");
        assertEquals("GRC, Zürich office", m.path("parties").get(0).get("name").asText());
    }

    @Test
    void uuidsAreNameBased() {
        JsonNode a = catalog(Fixtures.auditContent(), false, Optional.empty());
        JsonNode b = catalog(Fixtures.auditContent(), true, Optional.of("https://x.example/"));
        assertEquals(a.path("catalog").path("uuid"), b.path("catalog").path("uuid"), "same standard and version");
        assertEquals('5', a.path("catalog").path("uuid").asText().charAt(14));
    }

    static JsonNode catalog(Path content, boolean drafts, Optional<String> baseUrl) {
        return Fixtures.tree(Exports.one(Exports.Format.OSCAL, Fixtures.input(content, drafts, baseUrl, Optional.empty())));
    }

    static JsonNode control(JsonNode catalog, String id) {
        return catalog.findParents("id").stream().filter(n -> n.get("id").asText().equals(id) && n.has("title")
                && n.has("props")).findFirst().orElseThrow(() -> new AssertionError("no control " + id));
    }

    private static JsonNode part(JsonNode control, String id) {
        for (JsonNode p : control.path("parts")) if (p.path("id").asText().equals(id)) return p;
        throw new AssertionError("no part " + id);
    }

    private static String prop(JsonNode node, String name, String ns) {
        for (JsonNode p : node.path("props")) {
            boolean nsMatches = ns == null ? !p.has("ns") : ns.equals(p.path("ns").asText());
            if (p.get("name").asText().equals(name) && nsMatches) return p.get("value").asText();
        }
        return null;
    }

    private static List<String> props(JsonNode node, String name) {
        List<String> out = new ArrayList<>();
        for (JsonNode p : node.path("props")) {
            if (p.get("name").asText().equals(name)) out.add(p.path("class").asText() + " " + p.get("value").asText());
        }
        return out;
    }

    private static List<String> links(JsonNode node) {
        List<String> out = new ArrayList<>();
        for (JsonNode l : node.path("links")) out.add(l.path("rel").asText() + " " + l.get("href").asText());
        return out;
    }
}
