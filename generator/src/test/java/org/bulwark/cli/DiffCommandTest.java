package org.bulwark.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.bulwark.Cli;
import org.bulwark.Sites;
import org.bulwark.history.Freezer;
import org.bulwark.history.Releases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code diff}: golden files of every format on the history fixture (every kind of change), and its options. */
class DiffCommandTest {
    @TempDir
    Path tmp;

    private static String golden(String file) throws IOException {
        return Files.readString(Sites.resource("history/" + file), StandardCharsets.UTF_8);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"text, expected.txt", "markdown, expected.md", "json, expected.json"})
    void everyFormatMatchesItsGoldenFile(String format, String file) throws IOException {
        Cli run = Cli.run("diff", "--from", Sites.resource("history/before").toString(),
                "--to", Sites.resource("history/after").toString(), "--format", format);
        assertEquals(0, run.exitCode(), run.all());
        assertEquals(golden(file), run.out());
    }

    @Test
    void byDefaultTheLatestReleaseIsComparedWithTheContent() throws IOException {
        Path content = tmp.resolve("content");
        Sites.copy(Sites.resource("history/before"), content);
        Freezer.freeze(content, "test-standard", "1.0.0");
        Releases.replaceContent(content, Sites.resource("history/after"));
        Cli run = Cli.run("diff", "--content", content.toString());
        assertEquals(0, run.exitCode(), run.all());
        String expected = golden("expected.txt");
        assertEquals("Test Standard: release 1.0.0 -> 1.1.0 (not released)", run.out().lines().findFirst().orElseThrow());
        assertEquals(expected.substring(expected.indexOf('\n')), run.out().substring(run.out().indexOf('\n')));

        Cli spelt = Cli.run("diff", "--content", content.toString(), "--from", "1.0", "--format", "json");
        assertEquals(0, spelt.exitCode(), spelt.all());
        assertTrue(spelt.out().contains("\"label\": \"release 1.0.0\""), "1.0 is release 1.0.0:\n" + spelt.out());
    }

    @Test
    void aReleaseComparedWithItselfHasNoChanges() throws IOException {
        Path content = Releases.twoReleases(tmp.resolve("content"));
        Cli run = Cli.run("diff", "--content", content.toString(), "--from", "1.1.0", "--to", "1.1.0");
        assertEquals(0, run.exitCode(), run.all());
        assertEquals("Test Standard: release 1.1.0 -> release 1.1.0\nno changes\n", run.out());
        Cli back = Cli.run("diff", "--content", content.toString(), "--from", "1.1.0", "--to", "1.0.0");
        assertEquals(0, back.exitCode(), back.all());
        assertTrue(back.out().startsWith("Test Standard: release 1.1.0 -> release 1.0.0\n1 added, 2 removed, 1 moved, 4 changed\n"),
                "a rename is known from the later version's aliases only:\n" + back.out());
    }

    @Test
    void badOptionsAreUsageErrors() throws IOException {
        Path content = tmp.resolve("content");
        Sites.copy(Sites.site("minimal"), content);
        Cli none = Cli.run("diff", "--content", content.toString());
        assertEquals(2, none.exitCode(), none.all());
        assertTrue(none.err().contains("has no releases yet"), none.err());

        Freezer.freeze(content, "test-standard", "2.1.0");
        Cli unknown = Cli.run("diff", "--content", content.toString(), "--from", "9.9");
        assertEquals(2, unknown.exitCode(), unknown.all());
        assertTrue(unknown.err().contains("--from 9.9: no release 9.9 in") && unknown.err().contains("(releases: 2.1.0)"),
                unknown.err());
        Cli format = Cli.run("diff", "--content", content.toString(), "--format", "html");
        assertEquals(2, format.exitCode(), format.all());
    }

    @Test
    void invalidContentIsReportedNotCompared() throws IOException {
        Path broken = tmp.resolve("broken");
        Sites.copy(Sites.site("minimal"), broken);
        Files.writeString(broken.resolve("controls/dp/DP-01.yaml"), "id: DP-01\ntitle: x\narea: nowhere\nstatement: x\n");
        Cli run = Cli.run("diff", "--from", Sites.resource("history/before").toString(), "--to", broken.toString());
        assertEquals(1, run.exitCode(), run.all());
        assertTrue(run.err().contains("DP-01.yaml:3:7: error: unknown area 'nowhere'"), run.err());
        assertEquals("", run.out());
    }
}
