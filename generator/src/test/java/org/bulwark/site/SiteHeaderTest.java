package org.bulwark.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.bulwark.Cli;
import org.bulwark.Sites;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the header and the window's title say of the standard: its version as written, its title once. */
class SiteHeaderTest {
    @TempDir
    Path tmp;

    private Path build(String version) throws IOException {
        Path content = tmp.resolve("content-" + version);
        Sites.copy(Sites.site("minimal"), content);
        Path standard = content.resolve("standard.yaml");
        Files.writeString(standard, Files.readString(standard).replace("version: 2.1.0", "version: " + version));
        Path out = tmp.resolve("site-" + version);
        Cli run = Cli.run("build", "--content", content.toString(), "--out", out.toString());
        assertEquals(0, run.exitCode(), run.all());
        return out;
    }

    private static Document page(Path site, String path) throws IOException {
        return Jsoup.parse(Files.readString(site.resolve(path)));
    }

    @Test
    void aVersionNumberGetsAVAndAnyOtherVersionIsShownAsWritten() throws IOException {
        assertEquals("v2.1.0", page(build("2.1.0"), "index.html").selectFirst("header .version").text());
        assertEquals("main-b834f71", page(build("main-b834f71"), "index.html").selectFirst("header .version").text());
        assertEquals("v2025.02.25", page(build("v2025.02.25"), "controls/index.html").selectFirst("header .version").text());
    }

    @Test
    void theHomePagesTitleNamesTheStandardOnceAndOtherPagesAfterTheirOwn() throws IOException {
        Path site = build("2.1.0");
        assertEquals("Test Standard", page(site, "index.html").title());
        assertEquals("All controls · Test Standard", page(site, "controls/index.html").title());
        assertEquals("IAM-01: Require MFA for every human sign-in · Test Standard", page(site, "controls/IAM-01/index.html").title());
    }
}
