package org.bulwark.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.bulwark.Cli;
import org.bulwark.Sites;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code import csv}: a spreadsheet saved as CSV (a byte-order mark, CR LF, cells over several
 * lines, comma-separated identifiers) becomes a standard that checks clean and builds; every
 * cell or map entry that cannot be used is an error at its line and column, and nothing is written.
 */
class CsvImportTest {
    @TempDir
    Path tmp;

    static final String MAP = """
            standard: { id: acme, title: ACME Cloud Standard, version: 0.1.0 }
            columns:
              id: Control ID
              area: Domain
              title: Title
              statement: Requirement
              level: Level
              reviewed: Reviewed
              related: See also
              references.nist-800-53: NIST
            values:
              level: { L1: baseline, L2: standard, L3: advanced }
            """;

    @Test
    void aSpreadsheetBecomesAStandardThatChecksStrictAndBuilds() throws IOException {
        Path content = tmp.resolve("acme");
        Cli run = Cli.run("import", "csv", Sites.resource("csv/controls.csv").toString(), "--map",
                Sites.resource("csv/map.yaml").toString(), "--out", content.toString());
        assertEquals(0, run.exitCode(), run.all());
        assertTrue(run.out().startsWith("Imported 4 controls (1 withdrawn) in 2 areas from "), run.out());
        String iam01 = Files.readString(content.resolve("controls/identity-access/IAM-01.yaml"));
        assertEquals("""
                # yaml-language-server: $schema=../../.bulwark/schemas/control.schema.json
                id: IAM-01
                title: Require MFA for every human sign-in
                area: identity-access
                topic: human-identities
                level: baseline
                severity: critical
                statement: |
                  Every human identity MUST sign in with MFA.
                  No exceptions.
                guidance: |
                  Use a hardware key:

                  - for admins
                  - for everyone else
                references:
                  nist-800-53:
                    - IA-2(1)
                    - IA-2(2)
                  iso-27001:
                    - A.8.5
                related:
                  - IAM-02
                  - DP-1.1
                aliases:
                  - ID-MFA-1
                """, iam01);
        String dp = Files.readString(content.resolve("controls/data-protection/DP-1.1.yaml"));
        assertTrue(dp.contains("level: advanced\n"), "values are matched in any case (l3): " + dp);
        assertTrue(dp.contains("  iso-27001:\n    - A.8.24\n    - A.5.33\n"), "identifiers one per line in a cell: " + dp);
        assertTrue(Files.readString(content.resolve("controls/data-protection/DP-0.yaml"))
                .endsWith("status: withdrawn\nstatement: |\n  Encrypt.\nsuperseded_by: DP-1.1\n"));
        assertTrue(Files.readString(content.resolve("areas/identity-access.md")).startsWith(
                "---\ntitle: \"Identity & Access\"\norder: 1\ntopics:\n  - id: human-identities\n"));
        assertTrue(Files.readString(content.resolve("standard.yaml")).contains("""
                frameworks:
                  - id: nist-800-53
                    title: NIST SP 800-53 Rev. 5
                  - id: iso-27001
                    title: iso-27001
                """), "a framework the map does not name gets its id as title");

        Path site = tmp.resolve("site");
        Cli build = Cli.run("build", "--strict", "--content", content.toString(), "--out", site.toString());
        assertEquals(0, build.exitCode(), build.all());
        assertTrue(Jsoup.parse(site.resolve("controls/IAM-01/index.html").toFile(), "UTF-8").text()
                .contains("No exceptions."));
        assertEquals(List.of(), org.bulwark.load.ContentSchemasProbe.problems(content), "the files fit the editor schemas");
    }

    @Test
    void everyCellThatCannotBeMappedIsAnErrorAtItsLineAndColumn() throws IOException {
        Path csv = write("bad.csv", """
                Control ID,Domain,Title,Requirement,Level,Reviewed,See also,NIST
                IAM-01,Identity,"Title over
                two lines",Do it.,L4,2026-01-01,,IA-2
                ,Identity,No id,Do it.,L1,,,
                IAM-01,Identity,Again,Do it.,L1,,,
                IAM 03,Identity,Bad id,Do it.,L1,,,
                IAM-04,Identity,,Do it.,L1,,,
                IAM-05,Identity,Bad date,Do it.,L1,1 May 2026,IAM-99,
                IAM-06,Identity,Ragged,Do it.,L1
                IAM-07,,No area,Do it.,L1,,,
                IAM-08,Identity,"Never closed,Do it.,L1,,,
                """);
        Cli run = importCsv(csv, write("map.yaml", MAP));
        assertEquals(1, run.exitCode(), run.all());
        assertEquals(List.of(
                "bad.csv:3:5: error: unknown level 'L4' in column 'Level': expected baseline, standard, advanced, or a "
                        + "translation under values.level in the map [bad-value]",
                "bad.csv:4:1: error: empty id in column 'Control ID' (every control needs one) [missing-value]",
                "bad.csv:5:1: error: duplicate id 'IAM-01' (first at line 2) [duplicate-id]",
                "bad.csv:6:1: error: invalid control id 'IAM 03' in column 'Control ID': must be 1-64 letters, digits and "
                        + "- . _ ( ), starting with a letter or digit (like IAM-01, OSPS-AC-01.01, PO.1.1, AC-2(1)) [bad-id]",
                "bad.csv:7:3: error: empty title in column 'Title' (every control needs one) [missing-value]",
                "bad.csv:8:6: error: '1 May 2026' is not an ISO date (YYYY-MM-DD) [bad-date]",
                "bad.csv:8:7: error: 'IAM-99' in column 'See also' is no control's id (did you mean 'IAM-01'?) [unknown-ref]",
                "bad.csv:9:6: error: this row has 5 fields, the header has 8 [ragged-row]",
                "bad.csv:10:2: error: empty area in column 'Domain' (every control needs one) [missing-value]",
                "bad.csv:11:3: error: not valid CSV: the quoted cell in column 3 is never closed (a missing \" ?) [csv-syntax]"),
                diagnostics(run));
        assertTrue(run.err().endsWith("10 errors, 0 warnings; nothing was written\n"), run.err());
        assertFalse(Files.exists(tmp.resolve("out")));
    }

    /** The loader's rule for framework identifiers, whole: what the import writes, check accepts. */
    @Test
    void anIdentifierCheckWouldRefuseIsAnErrorAtItsCell() throws IOException {
        Path csv = write("ids.csv", "Control ID,Domain,Title,Requirement,Level,Reviewed,See also,NIST\n"
                + "IAM-01,Identity,T,Do it.,L1,,,\"IA-2, IA-5\u2028(1)\"\n");
        Cli run = importCsv(csv, write("map.yaml", MAP));
        assertEquals(1, run.exitCode(), run.all());
        assertEquals(List.of("ids.csv:2:8: error: identifier 'IA-5\u2028(1)' in column 'NIST' holds a line break or "
                + "control character; an identifier is one line of text [bad-id]"), diagnostics(run));
        assertFalse(Files.exists(tmp.resolve("out")));
    }

    @Test
    void mistakesInTheMapAreReportedAtTheirLine() throws IOException {
        Path csv = write("ok.csv", "Control ID,Domain,Title,Requirement\nA-1,Identity,T,S\n");
        Path map = write("map.yaml", """
                standard: { id: Acme, title: ACME, version: 1.0, ownr: me }
                columns:
                  id: Control ID
                  area: Domain
                  titel: Title
                  statement: Requirment
                  references.NIST: NIST
                values:
                  level: { L1: baseline }
                colums: {}
                """);
        Cli run = importCsv(csv, map);
        assertEquals(1, run.exitCode(), run.all());
        assertEquals(List.of(
                "map.yaml:1:17: error: invalid standard id 'Acme': must be lower-case words joined by hyphens "
                        + "([a-z0-9]+(-[a-z0-9]+)*) [bad-id]",
                "map.yaml:1:45: error: 'version' must be a string, but YAML reads 1.0 as the number 1.0: quote it (\"1.0\") "
                        + "[not-a-string]",
                "map.yaml:1:50: error: unknown key 'ownr' in 'standard' (did you mean 'owner'?) [unknown-key]",
                "map.yaml:2:1: error: 'columns' maps no column to 'title' (every control needs one) [missing-field]",
                "map.yaml:5:3: error: unknown field 'titel' in 'columns' (did you mean 'title'?); the fields are id, title, "
                        + "area, topic, level, severity, responsibility, status, owner, reviewed, statement, rationale, "
                        + "guidance, related, aliases, superseded_by, references.FRAMEWORK-ID [unknown-key]",
                "map.yaml:7:3: error: invalid framework id 'NIST' in 'references.NIST': must be lower-case words joined by "
                        + "hyphens ([a-z0-9]+(-[a-z0-9]+)*) [bad-id]",
                "map.yaml:9:3: error: 'values' translates 'level', which 'columns' does not map [unknown-key]",
                "map.yaml:10:1: error: unknown key 'colums' in the column map (did you mean 'columns'?) [unknown-key]"),
                diagnostics(run));
    }

    @Test
    void aMappedColumnMissingFromTheHeaderIsReportedInTheMap() throws IOException {
        Path csv = write("ok.csv", "Control ID,Domain,Title,Requirements\nA-1,Identity,T,S\n");
        Path map = write("map.yaml", """
                standard: { id: acme, title: ACME, version: "1" }
                columns:
                  id: Control ID
                  area: Domain
                  title: Title
                  statement: Requirement
                """);
        Cli run = importCsv(csv, map);
        assertEquals(1, run.exitCode(), run.all());
        assertEquals(List.of("map.yaml:6:14: error: column 'Requirement' (for 'statement') is not in the header of ok.csv "
                + "(did you mean 'Requirements'?) [missing-column]"), diagnostics(run));
    }

    @Test
    void aFileThatIsNotUtf8IsReportedAtTheFirstBadByte() throws IOException {
        Path csv = tmp.resolve("latin1.csv");
        Files.write(csv, "Control ID,Domain,Title,Requirement\nA-1,S\u00e9curit\u00e9,T,S\n"
                .getBytes(StandardCharsets.ISO_8859_1));
        Cli run = importCsv(csv, write("map.yaml", MAP.replace("  level: Level\n  reviewed: Reviewed\n  related: See also\n"
                + "  references.nist-800-53: NIST\nvalues:\n  level: { L1: baseline, L2: standard, L3: advanced }\n", "")));
        assertEquals(1, run.exitCode(), run.all());
        assertEquals(List.of("latin1.csv:2:6: error: file is not valid UTF-8 text [not-utf8]"), diagnostics(run));
    }

    @Test
    void anOutFolderWithAnythingInItIsRefused() throws IOException {
        Path out = Files.createDirectories(tmp.resolve("out"));
        Files.writeString(out.resolve("standard.yaml"), "mine");
        Cli run = Cli.run("import", "csv", Sites.resource("csv/controls.csv").toString(), "--map",
                Sites.resource("csv/map.yaml").toString(), "--out", out.toString());
        assertEquals(2, run.exitCode(), run.all());
        assertEquals("mine", Files.readString(out.resolve("standard.yaml")));
        Cli noMap = Cli.run("import", "csv", Sites.resource("csv/controls.csv").toString(), "--map",
                tmp.resolve("none.yaml").toString(), "--out", tmp.resolve("new").toString());
        assertEquals(2, noMap.exitCode(), noMap.all());
        assertTrue(noMap.err().contains("--map no such file: "), noMap.err());
    }

    private Cli importCsv(Path csv, Path map) {
        return Cli.run("import", "csv", csv.toString(), "--map", map.toString(), "--out", tmp.resolve("out").toString());
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(tmp.resolve(name), text, StandardCharsets.UTF_8);
    }

    /** The diagnostics, each from its file's name on. */
    private List<String> diagnostics(Cli run) {
        String prefix = tmp.toString() + "/";
        return run.err().lines().filter(l -> l.contains(": error: ") || l.contains(": warning: "))
                .map(l -> l.replace(prefix, "")).toList();
    }
}
