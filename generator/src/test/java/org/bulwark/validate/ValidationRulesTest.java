package org.bulwark.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.bulwark.Cli;
import org.bulwark.Sites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rules whose inputs are better made in code than kept as files. */
class ValidationRulesTest {
    @TempDir
    Path tmp;

    private Path minimal() {
        Path content = tmp.resolve("content");
        Sites.copy(Sites.site("minimal"), content);
        return content;
    }

    @Test
    void anOversizedFileIsRefusedBeforeParsing() throws IOException {
        Path content = minimal();
        Files.writeString(content.resolve("pages/huge.md"), "---\ntitle: Huge\n---\n" + "x".repeat(600_000));
        Cli run = Cli.run("check", "--content", content.toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("pages/huge.md:1:1: error: file is 600020 bytes; the limit is 524288 [too-large]"),
                run.err());
    }

    @Test
    void warningsPassUnlessStrict() throws IOException {
        Path content = minimal();
        Files.writeString(content.resolve("pages/second.md"), "---\ntitle: Second\norder: 2\n---\nSee [[ID-MFA-1]].\n");
        assertEquals(0, Cli.run("check", "--content", content.toString()).exitCode());
        Cli strict = Cli.run("check", "--strict", "--content", content.toString());
        assertEquals(1, strict.exitCode());
        assertTrue(strict.err().contains("[alias-ref]"));
    }

    @Test
    void everyProblemOfARunIsReportedNotOnlyTheFirst() throws IOException {
        Path content = minimal();
        Files.writeString(content.resolve("pages/second.md"),
                "---\ntitle: Second\norder: 2\n---\n[[IAM-98]] and [[IAM-99]] and [[service:nope]]\n");
        Cli run = Cli.run("check", "--content", content.toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("second.md:5:1: error: unknown control 'IAM-98'"), run.err());
        assertTrue(run.err().contains("second.md:5:16: error: unknown control 'IAM-99'"), run.err());
        assertTrue(run.err().contains("second.md:5:31: error: unknown service 'nope'"), run.err());
        assertTrue(run.err().strip().endsWith("3 errors, 0 warnings"), run.err());
    }

    @Test
    void draftsMayBeReferencedWhenBuildingWithDrafts() throws IOException {
        Path content = minimal();
        Files.writeString(content.resolve("pages/second.md"), "---\ntitle: Second\norder: 2\n---\nSee [[DP-02]].\n");
        assertEquals(1, Cli.run("check", "--content", content.toString()).exitCode());
        assertEquals(0, Cli.run("check", "--drafts", "--content", content.toString()).exitCode());
    }

    @Test
    void diagnosticsCanBeGithubAnnotationsOrSarif() throws IOException {
        Path content = minimal();
        Files.writeString(content.resolve("pages/second.md"), "---\ntitle: Second\norder: 2\n---\n[[IAM-99]]\n");
        Cli github = Cli.run("check", "--format", "github", "--content", content.toString());
        assertTrue(github.err().contains("::error file=") && github.err().contains(",line=5,col=1,title=unknown-ref::"),
                github.err());
        Cli sarif = Cli.run("check", "--format", "sarif", "--content", content.toString());
        assertTrue(sarif.out().contains("\"version\" : \"2.1.0\"") && sarif.out().contains("\"startLine\" : 5"),
                sarif.out());
    }

    @Test
    void markdownMayLinkToEveryFileTheSiteWritesBesideItsPages() throws IOException {
        Path content = minimal();
        StringBuilder page = new StringBuilder("---\ntitle: Files\norder: 3\n---\n");
        for (org.bulwark.export.Exports.Format f : org.bulwark.export.Exports.Format.values()) {
            page.append("[").append(f.option()).append("](/").append(f.file()).append(")\n\n");
        }
        page.append("[manifest](/manifest.json) [search](/search-index.js)\n");
        Files.writeString(content.resolve("pages/files.md"), page);
        Cli run = Cli.run("check", "--strict", "--content", content.toString());
        assertEquals(0, run.exitCode(), run.all());
        Files.writeString(content.resolve("pages/files.md"), "---\ntitle: Files\n---\n[x](/controls.yaml)\n");
        assertTrue(Cli.run("check", "--content", content.toString()).err().contains("link to /controls.yaml: no such page"));
    }
}
