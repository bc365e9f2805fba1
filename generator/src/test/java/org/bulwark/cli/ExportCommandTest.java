package org.bulwark.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.bulwark.Cli;
import org.bulwark.Sites;
import org.bulwark.export.Exports;
import org.bulwark.export.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ExportCommandTest {
    @TempDir
    Path tmp;

    @Test
    void writesTheExportToStandardOutputAsBytes() {
        for (Exports.Format f : Exports.Format.values()) {
            ByteArrayOutputStream stdout = new ByteArrayOutputStream();
            CommandLine cli = new CommandLine(new ExportCommand(stdout));
            cli.setErr(new PrintWriter(new StringWriter()));
            int code = cli.execute("--format", f.option(), "--content", Fixtures.auditContent().toString());
            assertEquals(0, code, f.option());
            assertArrayEquals(Exports.one(f, Fixtures.input(Fixtures.auditContent())), stdout.toByteArray(), f.option());
        }
    }

    @Test
    void prettyIndentsTheSameDocument() throws IOException {
        for (Exports.Format f : List.of(Exports.Format.JSON, Exports.Format.OSCAL, Exports.Format.OSCAL_PROFILE)) {
            ByteArrayOutputStream stdout = new ByteArrayOutputStream();
            CommandLine cli = new CommandLine(new ExportCommand(stdout));
            cli.setErr(new PrintWriter(new StringWriter()));
            assertEquals(0, cli.execute("--format", f.option(), "--pretty", "--content",
                    Fixtures.auditContent().toString()), f.option());
            byte[] compact = Exports.one(f, Fixtures.input(Fixtures.auditContent()));
            String pretty = stdout.toString(java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(pretty.startsWith("{\n  \""), f.option() + ": " + pretty.substring(0, 20));
            assertTrue(pretty.endsWith("\n}\n"), f.option());
            com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
            assertEquals(json.readTree(compact), json.readTree(pretty), f.option() + ": the same document");
            assertTrue(pretty.length() > compact.length * 1.3, f.option() + ": indented");
        }
        Cli csv = Cli.run("export", "--format", "csv", "--pretty", "--content", Fixtures.auditContent().toString());
        assertEquals(2, csv.exitCode(), csv.all());
        assertTrue(csv.err().contains("--pretty indents JSON; --format csv is not JSON"), csv.err());
    }

    @Test
    void invalidContentExitsWithOneAndPrintsWhatCheckPrints() throws IOException {
        Path content = tmp.resolve("content");
        Sites.copy(Fixtures.auditContent(), content);
        Files.writeString(content.resolve("pages/citing.md"), "---\ntitle: Citing\n---\nSee [[AUD-99]].\n");
        Path out = tmp.resolve("controls.json");
        Cli export = Cli.run("export", "--format", "json", "--content", content.toString(), "--out", out.toString());
        assertEquals(1, export.exitCode(), export.all());
        assertTrue(export.err().contains("citing.md:4:5: error: unknown control 'AUD-99'"), export.err());
        assertFalse(export.all().contains("Exception"), "no stack trace");
        assertFalse(Files.exists(out), "nothing written");
        Cli check = Cli.run("check", "--content", content.toString());
        assertEquals(diagnostics(check.err()), diagnostics(export.err()));
    }

    private static List<String> diagnostics(String err) {
        return err.lines().filter(l -> l.contains(": error: ") || l.contains(": warning: ")).toList();
    }

    @Test
    void badUsageExitsWithTwo() {
        String content = Fixtures.auditContent().toString();
        assertEquals(2, Cli.run("export", "--content", content).exitCode(), "--format is required");
        Cli typo = Cli.run("export", "--format", "oscl", "--content", content);
        assertEquals(2, typo.exitCode());
        assertTrue(typo.err().contains("did you mean 'oscal'?"), typo.err());
        assertEquals(2, Cli.run("export", "--format", "json", "--base-url", "ftp://x", "--content", content).exitCode());
    }

    @Test
    void anUnwritableOutputExitsWithThree() throws IOException {
        Path file = Files.writeString(tmp.resolve("a-file"), "not a folder");
        Cli run = Cli.run("export", "--format", "csv", "--content", Fixtures.auditContent().toString(),
                "--out", file.resolve("baseline.csv").toString());
        assertEquals(3, run.exitCode(), run.all());
        assertTrue(run.err().contains("bulwark: cannot write " + file.resolve("baseline.csv")), run.err());
    }

    @Test
    void hasHelp() {
        Cli run = Cli.run("export", "--help");
        assertEquals(0, run.exitCode());
        assertTrue(run.out().contains("Usage: bulwark export"), run.out());
    }
}
