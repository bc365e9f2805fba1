package org.bulwark.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.bulwark.Sites;
import org.bulwark.link.Index;
import org.bulwark.model.Citation;
import org.bulwark.model.Control;
import org.bulwark.model.Framework;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** controls.csv: read back, every cell is the content's, hostile cells included. */
class ControlsCsvTest {
    @TempDir
    Path tmp;

    /** A control whose every text cell would hurt a careless CSV writer or a spreadsheet. */
    private static final String HOSTILE = """
            id: AUD-07
            title: '=cmd|'' /C calc''!A0, "quoted", and more'
            area: identity
            level: advanced
            severity: high
            responsibility: shared
            owner: '@SUM(1+1) team, Zürich'
            reviewed: 2026-01-31
            statement: Every cell MUST survive.
            services:
              - ec2
              - s3
            evidence:
              - { id: first-item, description: One. }
              - { id: second-item, description: Two. }
            references:
              nist-800-53: ["=HYPERLINK(\\"http://evil.example\\")", "AC-2"]
              cis-aws: ["+1.1", "東京 1.2, \\"quoted\\""]
            """;

    private Path hostileContent() throws IOException {
        Path content = tmp.resolve("content");
        Sites.copy(Fixtures.auditContent(), content);
        Files.writeString(content.resolve("controls/aud/AUD-07.yaml"), HOSTILE, StandardCharsets.UTF_8);
        return content;
    }

    @Test
    void roundTripsCellByCellAgainstTheContent() throws IOException {
        ExportInput input = Fixtures.input(hostileContent(), false, Optional.empty(), Optional.empty());
        List<List<String>> rows = CsvReader.parse(Exports.one(Exports.Format.CONTROLS_CSV, input));
        List<Framework> frameworks = input.index().content().standard().frameworks();
        List<String> header = new ArrayList<>(List.of("id", "title", "area", "level", "severity", "responsibility",
                "status", "superseded_by", "owner", "reviewed", "version", "services"));
        frameworks.forEach(f -> header.add("references." + f.id()));
        header.addAll(List.of("evidence", "url"));
        assertEquals(header, rows.get(0));

        List<List<String>> expected = new ArrayList<>();
        for (Control c : input.published()) expected.add(expectedRow(input.index(), c, frameworks));
        assertEquals(expected.size(), rows.size() - 1, "one row per published control");
        for (int r = 0; r < expected.size(); r++) {
            for (int col = 0; col < header.size(); col++) {
                assertEquals(expected.get(r).get(col), rows.get(r + 1).get(col),
                        "row " + (r + 1) + " (" + expected.get(r).get(0) + "), column " + header.get(col));
            }
        }
    }

    @Test
    void hostileCellsAreDefusedAndKeptWhole() throws IOException {
        ExportInput input = Fixtures.input(hostileContent(), false, Optional.empty(), Optional.empty());
        List<List<String>> rows = CsvReader.parse(Exports.one(Exports.Format.CONTROLS_CSV, input));
        List<String> header = rows.get(0);
        List<String> row = rows.stream().filter(r -> r.get(0).equals("AUD-07")).findFirst().orElseThrow();
        assertEquals("'=cmd|' /C calc'!A0, \"quoted\", and more", row.get(header.indexOf("title")));
        assertEquals("'@SUM(1+1) team, Zürich", row.get(header.indexOf("owner")));
        assertEquals("'=HYPERLINK(\"http://evil.example\")\nAC-2", row.get(header.indexOf("references.nist-800-53")));
        assertEquals("'+1.1\n東京 1.2, \"quoted\"", row.get(header.indexOf("references.cis-aws")));
        assertEquals("Amazon EC2\nAmazon S3", row.get(header.indexOf("services")));
        assertEquals("first-item\nsecond-item", row.get(header.indexOf("evidence")));
    }

    @Test
    void everyPublishedControlWithdrawnOnesMarkedDraftsOnlyWithDrafts() {
        List<List<String>> rows = CsvReader.parse(Exports.one(Exports.Format.CONTROLS_CSV,
                Fixtures.input(Fixtures.auditContent())));
        List<String> header = rows.get(0);
        assertEquals(List.of("AUD-01", "AUD-02", "AUD-03", "AUD-04", "AUD-06", "GOV-10"),
                rows.subList(1, rows.size()).stream().map(r -> r.get(0)).toList());
        List<String> withdrawn = rows.get(3);
        assertEquals("withdrawn", withdrawn.get(header.indexOf("status")));
        assertEquals("AUD-04", withdrawn.get(header.indexOf("superseded_by")));
        assertEquals("deprecated", rows.get(2).get(header.indexOf("status")));
        assertEquals("controls/AUD-03/", withdrawn.get(header.indexOf("url")));

        List<List<String>> drafts = CsvReader.parse(Exports.one(Exports.Format.CONTROLS_CSV,
                Fixtures.input(Fixtures.auditContent(), true, Optional.of("https://standards.example.com/"),
                        Optional.empty())));
        List<String> draft = drafts.stream().filter(r -> r.get(0).equals("AUD-05")).findFirst().orElseThrow();
        assertEquals("draft", draft.get(header.indexOf("status")));
        assertEquals("https://standards.example.com/controls/AUD-05/", draft.get(header.indexOf("url")));
    }

    @Test
    void theDefaultStandardReadsBack() {
        List<List<String>> rows = CsvReader.parse(Exports.one(Exports.Format.CONTROLS_CSV,
                Fixtures.input(Fixtures.defaultContent())));
        assertTrue(rows.size() > 60, "every control of the default standard");
        rows.forEach(r -> assertEquals(rows.get(0).size(), r.size(), r::toString));
    }

    /** The row as the content says it, computed here without the export's code. */
    private static List<String> expectedRow(Index index, Control c, List<Framework> frameworks) {
        List<String> row = new ArrayList<>();
        row.add(c.id());
        row.add(c.title());
        row.add(index.area(c.area().id()).orElseThrow().title());
        row.add(c.level().keyword());
        row.add(c.severity().map(s -> s.keyword()).orElse(""));
        row.add(c.responsibility().map(s -> s.keyword()).orElse(""));
        row.add(c.status().keyword());
        row.add(c.supersededBy().map(s -> s.id()).orElse(""));
        row.add(c.owner().orElse(""));
        row.add(c.reviewed().orElse(""));
        row.add(index.content().standard().version());
        row.add(c.services().stream().map(a -> index.service(a.service().id()).orElseThrow().name())
                .collect(Collectors.joining("\n")));
        for (Framework f : frameworks) {
            row.add(c.references().stream().filter(x -> x.framework().id().equals(f.id()))
                    .map(Citation::identifiers).flatMap(List::stream).map(r -> r.id()).collect(Collectors.joining("\n")));
        }
        row.add(c.evidence().stream().map(e -> e.id()).collect(Collectors.joining("\n")));
        row.add("controls/" + c.id() + "/");
        return row.stream().map(ControlsCsvTest::defused).toList();
    }

    /** What a spreadsheet would run as a formula starts with an apostrophe (OWASP, CSV injection). */
    private static String defused(String cell) {
        return !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
    }
}
