package org.bulwark.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Schema;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ControlsJsonTest {
    private static final Schema SCHEMA = Fixtures.schema(new java.io.ByteArrayInputStream(Exports.controlsSchema()));

    @Test
    void validAgainstItsSchema() {
        for (Path content : List.of(Fixtures.defaultContent(), Fixtures.auditContent())) {
            for (boolean drafts : new boolean[] {false, true}) {
                JsonNode json = json(content, drafts, Optional.empty());
                assertEquals("", Fixtures.errors(SCHEMA, json), content + (drafts ? " with drafts" : ""));
            }
        }
    }

    @Test
    void everyFieldOfAControl() {
        JsonNode c = control(json(Fixtures.auditContent(), false, Optional.empty()), "AUD-01");
        assertEquals("controls/AUD-01/", c.get("url").asText());
        assertEquals("active", c.get("status").asText());
        assertEquals(false, c.get("withdrawn").asBoolean());
        assertEquals("people", c.get("topic").asText());
        assertEquals("Identity team", c.get("owner").asText());
        assertEquals("2026-02-01", c.get("reviewed").asText());
        assertEquals("controls/AUD-01/#req-b-2", c.get("requirements").get(1).get("url").asText());
        assertEquals("controls/AUD-01/#evidence-report", c.get("evidence").get(0).get("url").asText());
        JsonNode ec2 = c.get("services").get(1);
        assertEquals("Amazon EC2", ec2.get("name").asText());
        assertEquals("shared", ec2.get("responsibility").asText());
        assertEquals("AWS secures the hypervisor.", ec2.get("provider").asText());
        assertEquals("customer", c.get("services").get(0).get("responsibility").asText(), "the control's own");
        assertEquals("security-hub", c.get("verification").get(0).get("method").asText());
        assertEquals("IAM.5", c.get("verification").get(0).get("ref").asText());
        assertEquals("frameworks/nist-800-53/#IA-2(1)",
                c.get("references").get(0).get("identifiers").get(0).get("url").asText());
        assertTrue(c.get("references").get(0).get("identifiers").get(0).get("source_url").asText()
                .endsWith("element=IA-2(1)"));
        assertEquals(List.of("AUD-02", "AUD-04"), strings(c.get("related")), "former ids resolved");
        assertEquals(List.of("OLD-1"), strings(c.get("aliases")));
        assertTrue(c.get("superseded_by").isNull());
    }

    @Test
    void crossReferencesBecomeReadableTextExceptInCode() {
        String guidance = control(json(Fixtures.auditContent(), false, Optional.empty()), "AUD-01").get("guidance").asText();
        assertTrue(guidance.startsWith("Every cross-reference form: AUD-04, AUD-04 evidence, AUD-04 (a),\n"
                + "AUD-04 evidence report, Amazon S3, Identity and access, Citing controls,\n"
                + "multi-factor authentication, NIST SP 800-53 Rev. 5, AC-2,\n"
                + "the successor control, the withdrawn AUD-03, and in code: `[[AUD-04]]`."), guidance);
        assertTrue(guidance.contains("```\n[[AUD-04]] stays as written in a code block\n```"), guidance);
    }

    @Test
    void withdrawnControlsStayMarkedButLeaveTheLists() {
        JsonNode json = json(Fixtures.auditContent(), false, Optional.empty());
        JsonNode c = control(json, "AUD-03");
        assertEquals(true, c.get("withdrawn").asBoolean());
        assertEquals("AUD-04", c.get("superseded_by").asText());
        assertEquals("AUD-03", json.get("aliases").get("OLD-3").asText());
        assertEquals("AUD-04", json.get("aliases").get("OLD-2").asText());
        assertEquals(List.of("AUD-01", "AUD-02", "AUD-04"), strings(json.get("areas").get(0).get("controls")));
        assertEquals(List.of("AUD-01", "AUD-02", "GOV-10"), strings(json.get("baseline").get("controls")));
    }

    @Test
    void crosswalksInNaturalOrder() {
        JsonNode nist = json(Fixtures.auditContent(), false, Optional.empty()).get("frameworks").get(0);
        List<String> ids = new ArrayList<>();
        nist.get("identifiers").forEach(i -> ids.add(i.get("id").asText()));
        assertEquals(List.of("AC-2", "AC-10", "IA-2", "IA-2(1)", "IA-5", "IA-5(1)", "PL-2"), ids);
        assertEquals(List.of("AUD-01", "AUD-04"), strings(nist.get("identifiers").get(0).get("controls")));
    }

    @Test
    void urlsAreAbsoluteWithABaseUrl() {
        JsonNode json = json(Fixtures.auditContent(), false, Optional.of("https://standards.example.com/sec/"));
        assertEquals("https://standards.example.com/sec/", json.get("standard").get("url").asText());
        assertEquals("https://standards.example.com/sec/controls/AUD-01/#evidence-report",
                control(json, "AUD-01").get("evidence").get(0).get("url").asText());
        assertEquals("https://standards.example.com/sec/controls.schema.json", json.get("$schema").asText());
        assertEquals("./", json(Fixtures.auditContent(), false, Optional.empty()).get("standard").get("url").asText());
    }

    @Test
    void servicesWithLayersAndControls() {
        JsonNode json = json(Fixtures.auditContent(), false, Optional.empty());
        JsonNode s3 = json.get("services").get(1);
        assertEquals("s3", s3.get("id").asText());
        assertEquals(3, s3.get("responsibilities").size());
        assertEquals("network", s3.get("responsibilities").get(1).get("layer").asText());
        assertEquals("VPC endpoints, see AUD-04.", s3.get("responsibilities").get(1).get("notes").asText());
        assertEquals(List.of("AUD-01"), strings(s3.get("controls")));
    }

    private static JsonNode json(Path content, boolean drafts, Optional<String> baseUrl) {
        return Fixtures.tree(Exports.one(Exports.Format.JSON, Fixtures.input(content, drafts, baseUrl, Optional.empty())));
    }

    private static JsonNode control(JsonNode json, String id) {
        for (JsonNode c : json.get("controls")) if (c.get("id").asText().equals(id)) return c;
        throw new AssertionError("no control " + id);
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    @Test
    void aFieldThatMakesNoHtmlStillKeepsItsText(@org.junit.jupiter.api.io.TempDir Path tmp) throws Exception {
        // a rationale holding only a link definition renders to no HTML; its text is still the author's
        Path content = tmp.resolve("content");
        org.bulwark.Sites.copy(Fixtures.auditContent(), content);
        Path aud02 = content.resolve("controls/aud/AUD-02.yaml");
        java.nio.file.Files.writeString(aud02, java.nio.file.Files.readString(aud02)
                + "rationale: \"[rotation]: https://docs.aws.amazon.com/IAM/\"\n");
        JsonNode c = control(json(content, false, Optional.empty()), "AUD-02");
        assertEquals("[rotation]: https://docs.aws.amazon.com/IAM/", c.get("rationale").asText());
    }
}
