package org.bulwark.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
}
