package org.bulwark.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.bulwark.Cli;
import org.bulwark.Sites;
import org.bulwark.history.Freezer;
import org.bulwark.history.Releases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReleaseCommandTest {
    @TempDir
    Path tmp;

    private Path minimal(String version) {
        Path content = tmp.resolve("content");
        Sites.copy(Sites.site("minimal"), content);
        Releases.version(content, version);
        return content;
    }

    private static List<String> files(Path dir) throws IOException {
        if (!Files.exists(dir)) return List.of();
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.map(p -> dir.relativize(p).toString()).sorted().toList();
        }
    }

    @Test
    void freezesTheContentWithTheHashOfEveryFile() throws IOException {
        Path content = minimal("1.0.0");
        Cli run = Cli.run("release", "--content", content.toString());
        assertEquals(0, run.exitCode(), run.all());
        assertTrue(run.out().startsWith("Released Test Standard 1.0.0 (effective 2026-01-15) -> "), run.out());
        assertTrue(run.out().contains("First release: 3 controls (1 withdrawn besides)."), run.out());

        Path release = content.resolve("releases/1.0.0");
        JsonNode manifest = new ObjectMapper().readTree(release.resolve("release.json").toFile());
        assertEquals("test-standard", manifest.get("standard").asText());
        assertEquals("1.0.0", manifest.get("version").asText());
        List<String> listed = new ArrayList<>();
        manifest.get("files").fields().forEachRemaining(e -> listed.add(e.getKey()));
        List<String> copied = files(release).stream().filter(f -> f.endsWith(".yaml") || f.endsWith(".md")).toList();
        assertEquals(copied, listed, "every file, and nothing of releases/");
        for (String f : listed) {
            byte[] bytes = Files.readAllBytes(content.resolve(f));
            assertArrayEquals(bytes, Files.readAllBytes(release.resolve(f)), f);
            assertEquals(Sites.sha256(bytes), manifest.get("files").get(f).asText(), f);
        }
        assertEquals(List.of("", "1.0.0"), files(content.resolve("releases")).stream()
                .filter(f -> !f.contains("/")).toList(), "no staging folder left beside it");

        Cli check = Cli.run("check", "--strict", "--content", content.toString());
        assertEquals(0, check.exitCode(), "released content checks clean:\n" + check.all());
    }

    @Test
    void theSameContentReleasedTwiceGivesTheSameBytes() throws IOException {
        Path a = tmp.resolve("a");
        Path b = tmp.resolve("b");
        Sites.copy(Sites.site("minimal"), a);
        Sites.copy(Sites.site("minimal"), b);
        Freezer.freeze(a, "test-standard", "2.1.0");
        Freezer.freeze(b, "test-standard", "2.1.0");
        assertArrayEquals(Files.readAllBytes(a.resolve("releases/2.1.0/release.json")),
                Files.readAllBytes(b.resolve("releases/2.1.0/release.json")));
    }

    @Test
    void refusesAVersionThatExistsOrDoesNotSortAfterTheLatest() throws IOException {
        Path content = minimal("1.0.0");
        assertEquals(0, Cli.run("release", "--content", content.toString()).exitCode());
        List<String> before = files(content.resolve("releases"));

        Cli again = Cli.run("release", "--content", content.toString());
        assertEquals(1, again.exitCode(), again.all());
        assertTrue(again.err().contains("standard.yaml:3:10: error: version 1.0.0 is already released (releases/1.0.0): "
                + "set a later version in standard.yaml (for example 1.0.1) and release again [release-exists]"), again.err());

        Releases.version(content, "1.0");
        Cli spelt = Cli.run("release", "--content", content.toString());
        assertEquals(1, spelt.exitCode(), spelt.all());

        Releases.version(content, "0.9.0");
        Cli lower = Cli.run("release", "--content", content.toString());
        assertEquals(1, lower.exitCode(), lower.all());
        assertTrue(lower.err().contains("[version-order]"), lower.err());
        assertTrue(lower.err().contains("nothing released"), lower.err());
        assertEquals(before, files(content.resolve("releases")), "nothing written");
    }

    @Test
    void invalidContentOrContentWithWarningsIsNotReleased() throws IOException {
        Path content = minimal("1.0.0");
        Path dp01 = content.resolve("controls/dp/DP-01.yaml");
        String good = Files.readString(dp01);
        Files.writeString(dp01, good.replace("area: data", "area: nowhere"));
        Cli invalid = Cli.run("release", "--content", content.toString());
        assertEquals(1, invalid.exitCode(), invalid.all());
        assertFalse(Files.exists(content.resolve("releases")), "writes nothing");

        Files.writeString(dp01, good);
        Sites.copy(Sites.resource("corpus/alias-xref-strict/files"), content);
        Cli warned = Cli.run("release", "--content", content.toString());
        assertEquals(1, warned.exitCode(), warned.all());
        assertTrue(warned.err().contains("[alias-ref]") && warned.err().contains("a release must pass `check --strict`"),
                warned.err());
        assertFalse(Files.exists(content.resolve("releases")), "writes nothing");
    }

    @Test
    void printsWhatChangedSinceThePreviousRelease() throws IOException {
        Path content = tmp.resolve("content");
        Sites.copy(Sites.resource("history/before"), content);
        assertEquals(0, Cli.run("release", "--content", content.toString()).exitCode());
        Releases.replaceContent(content, Sites.resource("history/after"));
        Cli run = Cli.run("release", "--content", content.toString());
        assertEquals(0, run.exitCode(), run.all());
        assertTrue(run.out().contains("""
                Changes since 1.0.0: 1 added, 1 withdrawn, 1 deprecated, 1 renamed, 1 moved, 1 changed
                  changed DP-01: retitled; moved into the baseline;"""), run.out());
        assertTrue(run.out().contains("  renamed IAM-05: renamed from IAM-04\n"), run.out());
        assertTrue(run.out().contains("  added DP-04: Back up every data store\n"), run.out());
    }

    @Test
    void warningsInAFrozenReleaseAreNotReportedButItsErrorsAre() throws IOException {
        Path content = minimal("1.0.0");
        // a release made by hand with a warning in it (release itself refuses to freeze one)
        Sites.copy(Sites.resource("corpus/alias-xref-strict/files"), content);
        Freezer.freeze(content, "test-standard", "1.0.0");
        Files.copy(Sites.site("minimal").resolve("pages/second.md"), content.resolve("pages/second.md"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Releases.version(content, "1.1.0");
        Cli strict = Cli.run("check", "--strict", "--content", content.toString());
        assertEquals(0, strict.exitCode(), strict.all());
        assertFalse(strict.all().contains(": warning: "), strict.all());

        // an error that would break its pages (a reference to nothing) is one
        Path content2 = tmp.resolve("content2");
        Sites.copy(Sites.site("minimal"), content2);
        Files.writeString(content2.resolve("pages/second.md"), "---\ntitle: Second\n---\nSee [[IAM-99]].\n");
        Freezer.freeze(content2, "test-standard", "2.1.0");
        Files.copy(Sites.site("minimal").resolve("pages/second.md"), content2.resolve("pages/second.md"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Releases.version(content2, "2.2.0");
        Cli broken = Cli.run("check", "--content", content2.toString());
        assertEquals(1, broken.exitCode(), broken.all());
        assertTrue(broken.err().contains("releases/2.1.0/pages/second.md:4:5: error: unknown control 'IAM-99'"), broken.err());
    }

    @Test
    void badUsageExitsTwo() {
        assertEquals(2, Cli.run("release", "--bogus").exitCode());
    }
}
