package org.bulwark.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Schema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.bulwark.Cli;
import org.bulwark.history.Releases;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The exports of a standard with releases: its history in controls.json, OSCAL revisions, one controls.json per release. */
class ReleaseExportsTest {
    private static final Schema CONTROLS = Fixtures.schema(new java.io.ByteArrayInputStream(Exports.controlsSchema()));

    @TempDir
    Path tmp;
    Path content;

    /** Releases 1.0.0 and 1.1.0, and a 1.2.0 in the making that moved IAM-01 out of the baseline. */
    @BeforeEach
    void standardWithHistory() throws IOException {
        content = Releases.twoReleases(tmp.resolve("content"));
        Releases.version(content, "1.2.0");
        Path iam01 = content.resolve("controls/iam/IAM-01.yaml");
        Files.writeString(iam01, Files.readString(iam01).replace("level: baseline", "level: advanced"));
    }

    private static JsonNode control(JsonNode json, String id) {
        for (JsonNode c : json.get("controls")) if (c.get("id").asText().equals(id)) return c;
        throw new AssertionError("no control " + id);
    }

    private static List<String> history(JsonNode control) {
        List<String> out = new ArrayList<>();
        for (JsonNode e : control.get("history")) {
            out.add(e.get("version").asText() + " " + e.get("id").asText() + " " + e.get("change").asText() + " "
                    + e.get("released").asBoolean() + " " + e.get("url").asText());
        }
        return out;
    }

    @Test
    void controlsJsonListsTheReleasesAndEachControlsHistory() {
        JsonNode json = Fixtures.tree(Exports.one(Exports.Format.JSON, Fixtures.input(content)));
        assertEquals("", Fixtures.errors(CONTROLS, json));
        JsonNode releases = json.get("releases");
        assertEquals(2, releases.size());
        assertEquals("1.0.0", releases.get(0).get("version").asText());
        assertEquals("releases/1.0.0/", releases.get(0).get("url").asText());
        assertEquals("releases/1.0.0/controls.json", releases.get(0).get("controls_json").asText());
        assertTrue(releases.get(0).get("previous").isNull());
        assertEquals(6, releases.get(0).get("counts").get("added").asInt());
        assertEquals("1.0.0", releases.get(1).get("previous").asText());
        assertEquals(1, releases.get(1).get("counts").get("renamed").asInt());
        assertEquals("1.2.0", json.get("unreleased").get("version").asText());
        assertEquals(1, json.get("unreleased").get("counts").get("changed").asInt());

        assertEquals(List.of("1.0.0 IAM-04 added true releases/1.0.0/controls/IAM-04/",
                "1.1.0 IAM-05 renamed true releases/1.1.0/controls/IAM-05/"), history(control(json, "IAM-05")));
        assertEquals(List.of("1.0.0 IAM-01 added true releases/1.0.0/controls/IAM-01/",
                "1.2.0 IAM-01 changed false controls/IAM-01/"), history(control(json, "IAM-01")));
        assertEquals("moved out of the baseline (now advanced)",
                control(json, "IAM-01").get("history").get(1).get("summary").asText());
    }

    @Test
    void theOscalCatalogListsTheReleasesAsRevisionsLatestFirst() {
        JsonNode catalog = Fixtures.tree(Exports.one(Exports.Format.OSCAL, Fixtures.input(content)));
        assertEquals("", Fixtures.errors(Fixtures.schema(Fixtures.oscalCatalogSchema()), catalog));
        JsonNode revisions = catalog.get("catalog").get("metadata").get("revisions");
        assertEquals(List.of("1.2.0", "1.1.0", "1.0.0"), List.of(revisions.get(0).get("version").asText(),
                revisions.get(1).get("version").asText(), revisions.get(2).get("version").asText()));
        assertEquals("unreleased", revisions.get(0).get("props").get(0).get("value").asText());
        assertEquals("released", revisions.get(1).get("props").get(0).get("value").asText());
        assertEquals("../releases/1.1.0/controls.json", revisions.get(1).get("links").get(0).get("href").asText());
        assertEquals("2026-06-01T00:00:00Z", revisions.get(1).get("published").asText());
        assertEquals("Changes since 1.0.0: 1 added, 1 withdrawn, 1 deprecated, 1 renamed, 1 moved, 1 changed.",
                revisions.get(1).get("remarks").asText());
        assertEquals("First release: 6 controls.", revisions.get(2).get("remarks").asText());
    }

    @Test
    void eachReleaseHasItsOwnControlsJsonInTheSiteAndTheManifest() throws IOException {
        Path site = tmp.resolve("site");
        Cli run = Cli.run("build", "--content", content.toString(), "--out", site.toString(), "--strict");
        assertEquals(0, run.exitCode(), run.all());
        for (String version : List.of("1.0.0", "1.1.0")) {
            JsonNode frozen = Fixtures.JSON.readTree(site.resolve("releases/" + version + "/controls.json").toFile());
            assertEquals("", Fixtures.errors(CONTROLS, frozen), version);
            assertEquals(version, frozen.get("standard").get("version").asText());
            assertTrue(frozen.get("unreleased").isNull());
            assertEquals("releases/" + version + "/controls/IAM-01/", control(frozen, "IAM-01").get("url").asText());
            assertEquals("releases/" + version + "/", frozen.get("standard").get("url").asText());
            assertEquals("services/s3/", control(frozen, "IAM-01").get("services").get(1).get("url").asText(),
                    "a release has no services pages of its own");
            assertEquals("controls.schema.json", frozen.get("$schema").asText());
        }
        JsonNode first = Fixtures.JSON.readTree(site.resolve("releases/1.0.0/controls.json").toFile());
        assertEquals(1, first.get("releases").size(), "a release knows only the releases up to itself");
        assertEquals(List.of("1.0.0 IAM-04 added true releases/1.0.0/controls/IAM-04/"), history(control(first, "IAM-04")));

        String manifest = Files.readString(site.resolve("manifest.json"));
        assertTrue(manifest.contains("\"path\" : \"releases/1.0.0/controls.json\""), manifest);
        assertTrue(manifest.contains("\"path\" : \"releases/1.1.0/controls.json\""), manifest);

        Path again = tmp.resolve("again");
        assertEquals(0, Cli.run("build", "--content", content.toString(), "--out", again.toString()).exitCode());
        assertEquals(tree(site), tree(again), "byte-identical");
    }

    private static java.util.Map<String, String> tree(Path root) throws IOException {
        java.util.Map<String, String> files = new java.util.TreeMap<>();
        try (java.util.stream.Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(p).toString(), org.bulwark.Sites.sha256(Files.readAllBytes(p)));
            }
        }
        return files;
    }
}
