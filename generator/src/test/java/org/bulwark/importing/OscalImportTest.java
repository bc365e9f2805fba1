package org.bulwark.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.bulwark.Cli;
import org.bulwark.Sites;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code import oscal} on NIST SP 800-53 (5.0.1, and the 5.1.1 moderate baseline) and on
 * catalogs of other shapes: every control kept, the result checks clean with --strict and
 * builds; bad input is reported where it is, and nothing is written.
 */
class OscalImportTest {
    static final String NIST = "oscal/NIST_SP-800-53_rev5.0.1_catalog.json.gz";
    static final String MODERATE = "oscal/NIST_SP-800-53_rev5_MODERATE-baseline-resolved-profile_catalog.json.gz";

    @TempDir
    Path tmp;

    @Test
    void nistSp80053KeepsEveryControlChecksStrictAndBuilds() throws IOException {
        Path content = tmp.resolve("nist");
        Cli run = Cli.run("import", "oscal", Sites.resource(NIST).toString(), "--out", content.toString());
        assertEquals(0, run.exitCode(), run.all());
        assertTrue(run.out().startsWith("Imported 1189 controls (182 withdrawn) in 20 areas from "), run.out());
        assertEquals("", run.err(), "NIST's labels are all valid ids");
        assertEquals(controlsIn(Sites.resource(NIST)), yamlFiles(content.resolve("controls")).size());
        assertEquals(1189, yamlFiles(content.resolve("controls")).size());

        String ac1 = read(content, "controls/access-control/AC-1.yaml");
        assertTrue(ac1.contains("statement: |\n  Meet requirements a to c below.\n"), ac1);
        assertTrue(ac1.contains("  - id: a\n    text: |\n      Develop, document, and disseminate to [Assignment: "
                + "organization-defined personnel or roles]:\n\n      - **1.** [Selection (one or more): Organization-level; "
                + "Mission/business process-level; System-level] access control policy that:\n        - **(a)** Addresses"), ac1);
        assertTrue(ac1.contains("related:\n  - IA-1\n  - PM-9\n"), ac1);
        String enhancement = read(content, "controls/access-control/AC-2(1).yaml");
        assertTrue(enhancement.startsWith("# yaml-language-server: $schema=../../.bulwark/schemas/control.schema.json\n"
                + "id: AC-2(1)\ntitle: Automated System Account Management\narea: access-control\n"), enhancement);
        assertTrue(enhancement.contains("references:\n  nist-special-publication-800-53-revision-5:\n    - AC-2(1)\n"));
        String withdrawn = read(content, "controls/access-control/AC-2(10).yaml");
        assertTrue(withdrawn.contains("status: withdrawn\nstatement: |\n  Withdrawn: incorporated into [[AC-2]].\n"), withdrawn);
        assertTrue(withdrawn.endsWith("superseded_by: AC-2\n"), withdrawn);
        String au2 = read(content, "controls/audit-and-accountability/AU-2.yaml");
        assertTrue(au2.contains("(subset of the event types defined in [[AU-2#req-a|AU-2a.]])"), "a link in a parameter");

        Path site = tmp.resolve("site");
        Cli build = Cli.run("build", "--strict", "--content", content.toString(), "--out", site.toString());
        assertEquals(0, build.exitCode(), build.all());
        assertTrue(build.out().contains("from 1007 controls"), build.out()); // 1189 less the 182 withdrawn
        Document page = Jsoup.parse(site.resolve("controls/AC-2(1)/index.html").toFile(), "UTF-8");
        assertTrue(page.text().contains("[Assignment: organization-defined automated mechanisms]"));
        assertFalse(Jsoup.parse(site.resolve("frameworks/nist-special-publication-800-53-revision-5/index.html")
                .toFile(), "UTF-8").select("[id=AC-2(1)]").isEmpty(), "the cross-walk leads back to the source");
    }

    @Test
    void importsAreByteForByteTheSame() throws IOException {
        Path fixture = Sites.resource("oscal/fixtures/shapes.json");
        assertEquals(0, Cli.run("import", "oscal", fixture.toString(), "--out", tmp.resolve("a").toString()).exitCode());
        assertEquals(0, Cli.run("import", "oscal", fixture.toString(), "--out", tmp.resolve("b").toString()).exitCode());
        assertEquals(tree(tmp.resolve("a")), tree(tmp.resolve("b")));
    }

    @Test
    void theModerateBaselineOfOscal112ChecksStrict() throws IOException {
        Path content = tmp.resolve("moderate");
        Cli run = Cli.run("import", "oscal", Sites.resource(MODERATE).toString(), "--out", content.toString());
        assertEquals(0, run.exitCode(), run.all());
        assertEquals(287, yamlFiles(content.resolve("controls")).size());
        assertEquals(controlsIn(Sites.resource(MODERATE)), yamlFiles(content.resolve("controls")).size());
        String ac2 = read(content, "controls/access-control/AC-2.yaml");
        assertTrue(ac2.contains("Require [Assignment: organization-defined prerequisites and criteria] for group"), ac2);
        assertFalse(ac2.contains("assessment"), "assessment objectives and methods are not guidance");
        Cli check = Cli.run("check", "--strict", "--content", content.toString());
        assertEquals(0, check.exitCode(), check.all());
    }

    /** Dotted ids, three levels of groups, parts without a statement, ungrouped controls, ids that will not do. */
    @Test
    void catalogsOfOtherShapes() throws IOException {
        Path content = tmp.resolve("shapes");
        Cli run = Cli.run("import", "oscal", Sites.resource("oscal/fixtures/shapes.json").toString(), "--out",
                content.toString());
        assertEquals(0, run.exitCode(), run.all());
        assertEquals(List.of(
                "shapes.json:68:23: warning: label 'c c' of an item of po.1.1 is not a valid requirement id (1-64 letters, "
                        + "digits and - . _ ( ), starting with a letter or digit (like IAM-01, OSPS-AC-01.01, PO.1.1, "
                        + "AC-2(1))); imported as c [derived-id]",
                "shapes.json:99:19: warning: label 'PO 1.2 enhancement' of control 'po.1.2.1' is not a valid control id "
                        + "(1-64 letters, digits and - . _ ( ), starting with a letter or digit (like IAM-01, OSPS-AC-01.01, "
                        + "PO.1.1, AC-2(1))); imported as po.1.2.1 [derived-id]",
                "shapes.json:139:11: warning: control 'ps.1.2' has no statement; its title is its statement [no-statement]",
                "shapes.json:157:11: warning: label 'ps.1.1' of control 'ps.1.5' is the id of another control already (ids "
                        + "may not differ in case only); imported as ps.1.5 [derived-id]"), diagnostics(run, "shapes.json"));
        assertTrue(run.out().contains("Imported 10 controls (2 withdrawn) in 3 areas"), run.out());
        assertEquals(List.of("areas/other-controls.md", "areas/prepare-the-organization.md",
                "areas/protect-the-software.md", "controls/other-controls/x-1.yaml",
                "controls/prepare-the-organization/PO.1.1.yaml", "controls/prepare-the-organization/PO.1.2.yaml",
                "controls/prepare-the-organization/PO.1.3.yaml", "controls/prepare-the-organization/po.1.2.1.yaml",
                "controls/protect-the-software/PS.1.1.yaml", "controls/protect-the-software/PS.1.2.yaml",
                "controls/protect-the-software/PS.1.3.yaml", "controls/protect-the-software/PS.1.4.yaml",
                "controls/protect-the-software/ps.1.5.yaml", "standard.yaml"),
                tree(content).keySet().stream().filter(p -> !p.startsWith(".bulwark/")).toList());

        String area = read(content, "areas/prepare-the-organization.md");
        assertTrue(area.startsWith("---\ntitle: Prepare the Organization\norder: 1\ntopics:\n  - id: define-security-requirements\n"
                + "    title: Define Security Requirements\n  - id: third-level-group\n"
                + "    title: Define Security Requirements / Third Level Group\n---\n"
                + "Get people, processes and technology ready.\n"), area);
        assertTrue(read(content, "controls/prepare-the-organization/PO.1.3.yaml").contains("topic: third-level-group\n"));
        String po11 = read(content, "controls/prepare-the-organization/PO.1.1.yaml");
        assertTrue(po11.contains("""
                statement: |
                  Identify the security requirements from [Assignment: organization-defined sources of requirements]:
                requirements:
                  - id: a
                    text: |
                      [Selection (one or more): laws; [Assignment: organization-defined other obligations]] are written down;

                      - **1.** by whom;
                      - **2.** where.
                  - id: b
                    text: |
                      Reviewed [Selection: yearly; monthly] and [Assignment: organization-defined frequency], see [[PO.1.2]].
                  - id: c
                    text: |
                      Planned every sprint.
                guidance: |
                  See [the guide](https://example.org/guide) and requirement [[PO.1.2#req-a|PO.1.2a]].
                references:
                  example-development-framework:
                    - PO.1.1
                related:
                  - PO.1.2
                  - PS.1.1
                """), po11);
        String ps11 = read(content, "controls/protect-the-software/PS.1.1.yaml");
        assertTrue(ps11.contains("statement: |\n  Keep all code in repositories with access control.\nguidance: |\n"
                + "  Use branch protection.\n\n  **Example.** A protected main branch.\n"), "an overview is the statement");
        String ps13 = read(content, "controls/protect-the-software/PS.1.3.yaml");
        assertTrue(ps13.contains("Withdrawn: moved to PS.1.4.") && ps13.endsWith("superseded_by: PS.1.1\n"),
                "a successor that is withdrawn too is followed to the one that is not: " + ps13);
        String standard = read(content, "standard.yaml");
        assertTrue(standard.contains("owner: Example Standards Body\neffective: \"2022-02-03\"\n"), standard);
        assertTrue(read(content, "controls/prepare-the-organization/po.1.2.1.yaml")
                .contains("    - PO 1.2 enhancement\n"), "the source's label is cited even where it is no id");

        Cli build = Cli.run("build", "--strict", "--content", content.toString(), "--out", tmp.resolve("site").toString());
        assertEquals(0, build.exitCode(), build.all());
        assertEquals(List.of(), org.bulwark.load.ContentSchemasProbe.problems(content), "the files fit the editor schemas");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "not-json.json|not-json.json:4:38: error: not valid JSON: Unexpected character ('}' (code 125)): was expecting "
                    + "double-quote to start field name [not-json]",
            "profile.json|profile.json:1:1: error: not an OSCAL catalog (no 'catalog' object): this is an OSCAL profile; "
                    + "resolve it to a catalog first (for example with oscal-cli's 'profile resolve') [not-a-catalog]",
            "version-2.json|version-2.json:4:112: error: OSCAL version '2.0.0' is not 1.x; Bulwark reads OSCAL 1.x catalogs "
                    + "[not-a-catalog]",
            "invalid.json|invalid.json:15:11: error: not a valid OSCAL 1.1.2 catalog: /catalog/groups/0/controls/1: "
                    + "required property 'title' not found [oscal-schema]"
                    + " && invalid.json:16:57: error: not a valid OSCAL 1.1.2 catalog: /catalog/groups/0/controls/2/parts/0: "
                    + "required property 'name' not found [oscal-schema]"})
    void badInputIsReportedWhereItIsAndNothingIsWritten(String fixture, String expected) {
        Path out = tmp.resolve("out");
        Cli run = Cli.run("import", "oscal", Sites.resource("oscal/fixtures/" + fixture).toString(), "--out", out.toString());
        assertEquals(1, run.exitCode(), run.all());
        assertEquals(List.of(expected.split(" && ")), diagnostics(run, fixture));
        assertTrue(run.err().contains("; nothing was written"), run.err());
        assertFalse(run.all().contains("Exception"), run.all());
        assertFalse(Files.exists(out));
    }

    @Test
    void aBrokenGzipFileIsNotJson() throws IOException {
        Path gz = tmp.resolve("catalog.json.gz");
        Files.write(gz, new byte[] {0x1f, (byte) 0x8b, 8, 0, 1, 2, 3});
        Cli run = Cli.run("import", "oscal", gz.toString(), "--out", tmp.resolve("out").toString());
        assertEquals(1, run.exitCode(), run.all());
        assertTrue(run.err().contains("catalog.json.gz: error: the file starts like gzip but is not valid gzip data"),
                run.err());
        assertFalse(Files.exists(tmp.resolve("out")));
    }

    @Test
    void aFolderWithAnythingInItIsNeverTouched() throws IOException {
        Path out = Files.createDirectories(tmp.resolve("out"));
        Files.writeString(out.resolve("notes.txt"), "mine");
        String fixture = Sites.resource("oscal/fixtures/shapes.json").toString();
        Cli run = Cli.run("import", "oscal", fixture, "--out", out.toString());
        assertEquals(2, run.exitCode(), run.all());
        assertTrue(run.err().contains("exists and is not empty"), run.err());
        try (Stream<Path> s = Files.list(out)) {
            assertEquals(List.of(out.resolve("notes.txt")), s.toList());
        }
        Cli missing = Cli.run("import", "oscal", tmp.resolve("nope.json").toString(), "--out", tmp.resolve("o").toString());
        assertEquals(2, missing.exitCode());
        assertTrue(missing.err().contains("no such file: "), missing.err());
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        assertEquals(0, Cli.run("import", "oscal", fixture, "--out", empty.toString()).exitCode(), "an empty folder will do");
        try (Stream<Path> s = Files.list(tmp)) {
            assertTrue(s.noneMatch(p -> p.getFileName().toString().startsWith(".")), "no staging folder left behind");
        }
    }

    // --- helpers ---------------------------------------------------------------------------

    /** The diagnostics lines of a run, from the file's name on (the path before it depends on the machine). */
    static List<String> diagnostics(Cli run, String fileName) {
        return run.err().lines().filter(l -> l.contains(": error: ") || l.contains(": warning: "))
                .map(l -> l.substring(l.indexOf(fileName))).toList();
    }

    static int controlsIn(Path gz) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(gz))) {
            return count(new ObjectMapper().readTree(in).path("catalog"));
        }
    }

    private static int count(JsonNode holder) {
        int n = 0;
        for (JsonNode c : holder.path("controls")) n += 1 + count(c);
        for (JsonNode g : holder.path("groups")) n += count(g);
        return n;
    }

    static List<Path> yamlFiles(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(p -> p.toString().endsWith(".yaml")).toList();
        }
    }

    static String read(Path content, String file) throws IOException {
        return Files.readString(content.resolve(file), StandardCharsets.UTF_8);
    }

    /** Every file of a folder, by relative path, with its text. */
    static Map<String, String> tree(Path dir) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                out.put(dir.relativize(p).toString().replace('\\', '/'), Files.readString(p));
            }
        }
        return out;
    }
}
