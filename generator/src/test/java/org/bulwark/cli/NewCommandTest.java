package org.bulwark.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.bulwark.Cli;
import org.bulwark.Sites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code new} scaffolds files that the validator accepts as they are. */
class NewCommandTest {
    @TempDir
    Path tmp;

    @Test
    void scaffoldedFilesAreValid() throws IOException {
        Path content = tmp.resolve("content");
        Sites.copy(Sites.site("minimal"), content);
        Cli control = Cli.run("new", "control", "IAM-14", "--area", "identity", "--content", content.toString());
        assertEquals(0, control.exitCode(), control.all());
        assertTrue(Files.exists(content.resolve("controls/iam/IAM-14.yaml")));
        Cli dotted = Cli.run("new", "control", "PO.1.1", "--area", "identity", "--content", content.toString());
        assertEquals(0, dotted.exitCode(), dotted.all());
        assertTrue(Files.exists(content.resolve("controls/po/PO.1.1.yaml")));
        assertEquals(0, Cli.run("new", "service", "sqs", "--name", "Amazon SQS", "--content", content.toString()).exitCode());
        assertEquals(0, Cli.run("new", "page", "onboarding", "--content", content.toString()).exitCode());
        Cli check = Cli.run("check", "--strict", "--drafts", "--content", content.toString());
        assertEquals(0, check.exitCode(), check.all());
        assertTrue(Files.readString(content.resolve("services/sqs.yaml")).contains("layer: operating-system"));
    }

    @Test
    void refusesBadIdsUnknownAreasAndExistingFiles() {
        Path content = Sites.site("minimal");
        assertEquals(2, Cli.run("new", "control", "IAM 14", "--area", "identity", "--content", content.toString()).exitCode());
        Cli caseOnly = Cli.run("new", "control", "iam-01", "--area", "identity", "--content", content.toString());
        assertEquals(1, caseOnly.exitCode(), caseOnly.all());
        assertTrue(caseOnly.err().contains("IAM-01 already exists"), caseOnly.err());
        Cli unknown = Cli.run("new", "control", "IAM-14", "--area", "identiy", "--content", content.toString());
        assertEquals(2, unknown.exitCode());
        assertTrue(unknown.err().contains("did you mean 'identity'?"), unknown.err());
        assertEquals(1, Cli.run("new", "control", "IAM-01", "--area", "identity", "--content", content.toString()).exitCode());
        assertEquals(1, Cli.run("new", "page", "start", "--content", content.toString()).exitCode());
    }

    /** Issue 12: with no areas, new control listed none ("areas: "); now it says how to make one. */
    @Test
    void aStandardWithoutAreasSaysHowToMakeOne() throws IOException {
        Path content = tmp.resolve("content");
        Sites.copy(Sites.site("minimal"), content);
        try (var areas = Files.list(content.resolve("areas"))) {
            for (Path a : areas.toList()) Files.delete(a);
        }
        Cli run = Cli.run("new", "control", "IAM-14", "--area", "identity", "--content", content.toString());
        assertEquals(2, run.exitCode(), run.all());
        assertTrue(run.err().contains("the standard has no areas yet, so 'identity' is not one; create it first: "
                + "bulwark new area identity --title \"...\""), run.err());
        assertFalse(run.err().contains("areas: \n"), run.err());
    }

    /** Issue 12: there was no new area; areas were written by hand. */
    @Test
    void newAreaWritesAnAreaThatControlsCanJoin() throws IOException {
        Path content = tmp.resolve("content");
        Sites.copy(Sites.site("minimal"), content);
        Cli area = Cli.run("new", "area", "incident-response", "--title", "Incident \"response\"", "--content",
                content.toString());
        assertEquals(0, area.exitCode(), area.all());
        String text = Files.readString(content.resolve("areas/incident-response.md"));
        assertTrue(text.startsWith("---\ntitle: \"Incident \\\"response\\\"\"\norder: 3\n"), text);
        // a page and a service take the same quoting: a backslash or a quote typed in a title stays
        // itself (the check below reads them)
        Cli page = Cli.run("new", "page", "paths", "--title", "C:\\q \"quoted\"", "--content", content.toString());
        assertEquals(0, page.exitCode(), page.all());
        assertTrue(Files.readString(content.resolve("pages/paths.md")).startsWith(
                "---\ntitle: \"C:\\\\q \\\"quoted\\\"\"\n"), Files.readString(content.resolve("pages/paths.md")));
        Cli service = Cli.run("new", "service", "queue", "--name", "Queue \\ \"Q\"", "--content", content.toString());
        assertEquals(0, service.exitCode(), service.all());
        assertTrue(Files.readString(content.resolve("services/queue.yaml")).contains("name: \"Queue \\\\ \\\"Q\\\"\"\n"));
        Cli control = Cli.run("new", "control", "IR-01", "--area", "incident-response", "--content", content.toString());
        assertEquals(0, control.exitCode(), control.all());
        Cli check = Cli.run("check", "--strict", "--drafts", "--content", content.toString());
        assertEquals(0, check.exitCode(), check.all());
        assertTrue(check.out().contains("0 errors, 0 warnings"), check.out());
        assertEquals(1, Cli.run("new", "area", "incident-response", "--content", content.toString()).exitCode());
        assertEquals(2, Cli.run("new", "area", "Incident", "--content", content.toString()).exitCode());
        Cli unknown = Cli.run("new", "control", "IR-02", "--area", "nowhere", "--content", content.toString());
        assertTrue(unknown.err().contains("(bulwark new area ID --title TITLE makes another)"), unknown.err());
    }

    @Test
    void newFilesPointAtTheEditorSchemasWhenTheStandardHasThem() throws IOException {
        Path content = tmp.resolve("content");
        Sites.copy(Sites.site("minimal"), content);
        Cli.run("new", "control", "IAM-14", "--area", "identity", "--content", content.toString());
        assertTrue(Files.readString(content.resolve("controls/iam/IAM-14.yaml")).startsWith("id: IAM-14\n"),
                "no hint to a schema that is not there");
        assertEquals(0, Cli.run("schema", "--out", content.resolve(".bulwark/schemas").toString()).exitCode());
        Cli.run("new", "control", "IAM-15", "--area", "identity", "--content", content.toString());
        Cli.run("new", "service", "sqs", "--content", content.toString());
        assertTrue(Files.readString(content.resolve("controls/iam/IAM-15.yaml")).startsWith(
                "# yaml-language-server: $schema=../../.bulwark/schemas/control.schema.json\nid: IAM-15\n"));
        assertTrue(Files.readString(content.resolve("services/sqs.yaml")).startsWith(
                "# yaml-language-server: $schema=../.bulwark/schemas/service.schema.json\nid: sqs\n"));
        Cli check = Cli.run("check", "--strict", "--drafts", "--content", content.toString());
        assertEquals(0, check.exitCode(), check.all());
    }
}
