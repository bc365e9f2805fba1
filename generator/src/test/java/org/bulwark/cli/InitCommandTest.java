package org.bulwark.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.bulwark.Cli;
import org.bulwark.Sites;
import org.bulwark.load.ContentSchemas;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code init DIR}, then {@code check --strict}, then {@code build}: what a new user does first. */
class InitCommandTest {
    @TempDir
    Path tmp;

    @Test
    void aNewStandardChecksStrictAndBuilds() throws IOException {
        Path content = tmp.resolve("my-standard");
        Cli init = Cli.run("init", content.toString());
        assertEquals(0, init.exitCode(), init.all());
        assertTrue(init.out().startsWith("Created a new standard in "), init.out());
        assertTrue(Files.readString(content.resolve("standard.yaml")).matches("(?s).*\neffective: \\d{4}-\\d{2}-\\d{2} .*"),
                "dated, or build --strict warns that OSCAL would say 1970");
        Cli check = Cli.run("check", "--strict", "--content", content.toString());
        assertEquals(0, check.exitCode(), check.all());
        assertTrue(check.out().contains("0 errors, 0 warnings"), check.out());
        Path site = tmp.resolve("site");
        Cli build = Cli.run("build", "--strict", "--content", content.toString(), "--out", site.toString());
        assertEquals(0, build.exitCode(), build.all());
        assertEquals(List.of("application-security", "data-protection", "detection", "identity-and-access-management",
                "incident-response", "infrastructure-protection", "security-foundations"), list(site.resolve("areas")));
        assertTrue(Jsoup.parse(site.resolve("controls/SF-01/index.html").toFile(), "UTF-8").select("#req-a").size() == 1);
        assertTrue(Jsoup.parse(site.resolve("baseline/index.html").toFile(), "UTF-8").text().contains("SF-01"),
                "the example control is on the baseline checklist");
    }

    @Test
    void everyYamlFilePointsAtItsSchemaAndPassesIt() throws IOException {
        Path content = tmp.resolve("s");
        assertEquals(0, Cli.run("init", content.toString()).exitCode());
        assertEquals(ContentSchemas.schemas().keySet().stream().sorted().toList(),
                list(content.resolve(ContentSchemas.FOLDER)).stream().map(n -> n).toList());
        try (Stream<Path> walk = Files.walk(content)) {
            for (Path yaml : walk.filter(p -> p.toString().endsWith(".yaml")).toList()) {
                String first = Files.readAllLines(yaml).get(0);
                assertTrue(first.startsWith("# yaml-language-server: $schema="), yaml + ": " + first);
                Path schema = yaml.getParent().resolve(first.substring(first.indexOf('=') + 1)).normalize();
                assertTrue(Files.isRegularFile(schema), yaml + " points at " + schema);
            }
        }
        assertEquals(List.of(), org.bulwark.load.ContentSchemasProbe.problems(content));
    }

    /** The schema line is a comment: a mistake below it is reported at its own line, and .bulwark/ is not content. */
    @Test
    void theSchemaLineMovesNoLineNumber() throws IOException {
        Path content = tmp.resolve("s");
        assertEquals(0, Cli.run("init", content.toString()).exitCode());
        Path control = content.resolve("controls/security-foundations/SF-01.yaml");
        List<String> lines = Files.readAllLines(control);
        int line = lines.indexOf("severity: critical") + 1;
        Files.writeString(control, Files.readString(control).replace("severity: critical", "severity: critcal"));
        Cli check = Cli.run("check", "--content", content.toString());
        assertEquals(1, check.exitCode(), check.all());
        assertTrue(check.err().contains("SF-01.yaml:" + line + ":11: error: 'severity' must be one of critical, high, "
                + "medium, low, not 'critcal'"), line + "\n" + check.err());
        assertFalse(check.err().contains(".bulwark"), check.err());
    }

    @Test
    void refusesAFolderWithAnythingInIt() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("taken"));
        Files.writeString(dir.resolve("standard.yaml"), "mine");
        Cli run = Cli.run("init", dir.toString());
        assertEquals(2, run.exitCode(), run.all());
        assertTrue(run.err().contains("exists and is not empty"), run.err());
        assertEquals(List.of("standard.yaml"), list(dir));
        assertEquals("mine", Files.readString(dir.resolve("standard.yaml")));
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        assertEquals(0, Cli.run("init", empty.toString()).exitCode(), "an empty folder will do");
        assertFalse(list(tmp).stream().anyMatch(n -> n.startsWith(".")), "no staging folder left behind");
    }

    /** The template's index names every file of the template folder, so the jar ships them all. */
    @Test
    void theTemplateIndexListsEveryTemplateFile() throws IOException {
        Path template = Sites.repo().resolve("generator/src/main/resources/bulwark/init");
        List<String> onDisk;
        try (Stream<Path> walk = Files.walk(template)) {
            onDisk = walk.filter(Files::isRegularFile).map(p -> template.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> !p.equals("files.txt")).sorted().toList();
        }
        assertEquals(onDisk, InitCommand.resource("files.txt").lines().sorted().toList());
    }

    private static List<String> list(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
