package org.bulwark.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.bulwark.Cli;
import org.bulwark.Sites;
import org.bulwark.history.Freezer;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The corpus of broken standards: each case under src/test/resources/corpus/NAME is the
 * minimal test standard with one defect (files/ laid over it, delete naming files to remove,
 * args adding options). `releases` names versions to freeze first, one a line: the minimal
 * standard is released as each (its standard.yaml saying that version), so the case's files and
 * deletions can then break the releases or the ledger; `version` sets standard.yaml's version
 * after that. `check` must exit 1, print exactly the diagnostics in `expected`, and never a
 * stack trace.
 */
class CorpusTest {
    @TempDir
    Path tmp;

    static Stream<String> cases() throws IOException {
        try (Stream<Path> list = Files.list(Sites.resource("corpus"))) {
            return list.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void eachDefectIsReportedAtItsFileLineAndColumn(String name) throws IOException {
        Path caseDir = Sites.resource("corpus/" + name);
        Path content = tmp.resolve("content");
        Sites.copy(Sites.site("minimal"), content);
        if (Files.exists(caseDir.resolve("releases"))) {
            for (String v : Files.readAllLines(caseDir.resolve("releases"))) {
                if (v.isBlank()) continue;
                setVersion(content, v.strip());
                Freezer.freeze(content, "test-standard", v.strip());
            }
        }
        if (Files.exists(caseDir.resolve("version"))) setVersion(content, Files.readString(caseDir.resolve("version")).strip());
        if (Files.isDirectory(caseDir.resolve("files"))) Sites.copy(caseDir.resolve("files"), content);
        if (Files.exists(caseDir.resolve("delete"))) {
            for (String f : Files.readAllLines(caseDir.resolve("delete"))) {
                if (!f.isBlank()) Files.delete(content.resolve(f.strip()));
            }
        }
        List<String> args = new java.util.ArrayList<>(List.of("check", "--content", content.toString()));
        if (Files.exists(caseDir.resolve("args"))) {
            args.addAll(Arrays.asList(Files.readString(caseDir.resolve("args")).strip().split("\\s+")));
        }
        Cli run = Cli.run(args.toArray(String[]::new));

        String prefix = content.toString() + "/";
        List<String> diagnostics = run.err().lines()
                .filter(l -> l.contains(": error: ") || l.contains(": warning: "))
                .map(l -> l.replace(prefix, "content/"))
                .toList();
        List<String> expected = Files.readAllLines(caseDir.resolve("expected"), StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank()).toList();
        assertEquals(expected, diagnostics, "diagnostics of " + name + "\n" + run.all());
        assertEquals(1, run.exitCode(), run.all());
        assertFalse(run.all().contains("\tat ") || run.all().contains("Exception"), "no stack trace:\n" + run.all());
    }

    private static void setVersion(Path content, String version) throws IOException {
        Path standard = content.resolve("standard.yaml");
        Files.writeString(standard, Files.readString(standard).replaceFirst("(?m)^version: .*$", "version: \"" + version + "\""));
    }
}
