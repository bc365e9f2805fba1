package org.bulwark.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bulwark.Cli;
import org.bulwark.Sites;
import org.bulwark.history.Freezer;
import org.bulwark.history.Releases;
import org.bulwark.load.Folders;
import org.bulwark.render.ThemeFiles;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A release's frozen output is reused by the next build into the same folder only while
 * everything it depends on is unchanged; whether reused or rendered, the site is byte for byte
 * the one a build into an empty folder writes.
 */
class FrozenCacheTest {
    private static final String REUSED = "frozen output reused from the last build: 1.0.0";
    private static final String PAGE = "releases/1.0.0/controls/IAM-01/";

    @TempDir
    Path tmp;
    Path content;
    Path site;
    int fresh;

    @BeforeEach
    void releaseAndMoveOn() throws IOException {
        content = FrozenPagesTest.movedOn(tmp.resolve("content"));
        site = tmp.resolve("site");
    }

    /** Builds into the site folder (the last build's output there may be reused); returns what it printed. */
    private String build(String... more) {
        List<String> args = new ArrayList<>(List.of("--verbose"));
        args.addAll(List.of(more));
        Cli run = SiteBuildTest.build(content, site, args.toArray(String[]::new));
        assertEquals(0, run.exitCode(), run.all());
        return run.all();
    }

    /** The same build into a new, empty folder: nothing to reuse. The two must be the same bytes. */
    private void sameAsAFreshBuild(String... more) throws IOException {
        Path other = tmp.resolve("fresh-" + fresh++);
        Cli run = SiteBuildTest.build(content, other, more);
        assertEquals(0, run.exitCode(), run.all());
        assertFalse(run.all().contains(REUSED));
        Map<String, String> reusedOrNot = SiteBuildTest.tree(site);
        assertEquals(SiteBuildTest.tree(other), reusedOrNot);
        assertTrue(reusedOrNot.containsKey(FrozenCache.FILE) && reusedOrNot.containsKey(PAGE + "index.html"));
    }

    private String frozenPage() throws IOException {
        return Files.readString(site.resolve(PAGE + "index.html"));
    }

    @Test
    void aRebuildReusesTheReleasesOutputAndWritesTheSameBytes() throws IOException {
        assertFalse(build().contains(REUSED), "nothing to reuse in an empty folder");
        String before = frozenPage();
        assertTrue(build().contains(REUSED));
        assertEquals(before, frozenPage());
        sameAsAFreshBuild();
        // what a release does not show may change: its output is still reused
        FrozenPagesTest.edit(content.resolve("controls/dp/DP-01.yaml"), "Data at rest MUST be encrypted",
                "Data at rest MUST always be encrypted");
        assertTrue(build().contains(REUSED));
        assertTrue(Files.readString(site.resolve("controls/DP-01/index.html")).contains("MUST always be encrypted"));
        sameAsAFreshBuild();
    }

    @Test
    void aNewThemeRendersTheReleasesAgain() throws IOException {
        Path theme = tmp.resolve("theme");
        Files.createDirectories(theme);
        String layout = new String(ThemeFiles.builtInFile("_layout.ftlh").orElseThrow(), StandardCharsets.UTF_8);
        Files.writeString(theme.resolve("_layout.ftlh"), layout.replace("<head>", "<head>\n<meta name=\"theme\" content=\"one\">"));
        build("--templates", theme.toString());
        assertTrue(frozenPage().contains("content=\"one\""));
        Files.writeString(theme.resolve("_layout.ftlh"), layout.replace("<head>", "<head>\n<meta name=\"theme\" content=\"two\">"));
        assertFalse(build("--templates", theme.toString()).contains(REUSED));
        assertTrue(frozenPage().contains("content=\"two\""));
        sameAsAFreshBuild("--templates", theme.toString());
        // an asset of the theme counts too, though no frozen page is rendered from it
        Files.createDirectories(theme.resolve("assets"));
        Files.writeString(theme.resolve("assets/extra.css"), "p { margin: 0; }\n");
        assertFalse(build("--templates", theme.toString()).contains(REUSED));
    }

    @Test
    void anotherBaseUrlRendersTheReleasesAgain() throws IOException {
        build();
        assertFalse(frozenPage().contains("rel=\"canonical\""));
        assertFalse(build("--base-url", "https://standards.example.com/").contains(REUSED));
        assertTrue(frozenPage().contains("<link rel=\"canonical\" href=\"https://standards.example.com/" + PAGE + "\">"),
                "a frozen page is its own canonical page");
        sameAsAFreshBuild("--base-url", "https://standards.example.com/");
    }

    @Test
    void aNewCurrentVersionRendersTheBannersAgain() throws IOException {
        build();
        assertTrue(frozenPage().contains("The current version is 1.1.0."));
        Releases.version(content, "1.2.0");
        assertFalse(build().contains(REUSED));
        assertTrue(frozenPage().contains("The current version is 1.2.0."));
        sameAsAFreshBuild();
    }

    @Test
    void aReleaseFrozenAgainRendersAgain() throws IOException {
        build();
        assertTrue(frozenPage().contains("Every human identity MUST sign in with MFA."));
        // 1.0.0 made again from other content (before anyone published it): its release.json changes
        Path again = tmp.resolve("again");
        Sites.copy(Sites.resource("history/before"), again);
        FrozenPagesTest.edit(again.resolve("controls/iam/IAM-01.yaml"), "MUST sign in with MFA.",
                "MUST sign in with phishing-resistant MFA.");
        Freezer.freeze(again, "test-standard", "1.0.0");
        Folders.delete(content.resolve("releases/1.0.0"));
        Sites.copy(again.resolve("releases/1.0.0"), content.resolve("releases/1.0.0"));
        assertFalse(build().contains(REUSED));
        assertTrue(frozenPage().contains("MUST sign in with phishing-resistant MFA."));
        sameAsAFreshBuild();
    }

    @Test
    void whatTheCurrentSiteNoLongerHasRendersTheReleaseAgain() throws IOException {
        build();
        Document before = FrozenPagesTest.page(site, PAGE);
        assertTrue(before.select("#services a").stream().anyMatch(a -> a.text().equals("Amazon EC2")));
        FrozenPagesTest.dropEc2SecondAndMfa(content);
        assertFalse(build().contains(REUSED), "the current site answers a frozen page's question otherwise");
        Document after = FrozenPagesTest.page(site, PAGE);
        assertTrue(after.select("#services a").stream().noneMatch(a -> a.text().equals("Amazon EC2")));
        assertTrue(after.select("#services th").stream().anyMatch(th -> th.text().equals("Amazon EC2")));
        sameAsAFreshBuild();
    }

    @Test
    void aFrozenFileEditedInTheOutputIsRenderedAgain() throws IOException {
        build();
        String good = frozenPage();
        Path file = site.resolve(PAGE + "index.html");
        Files.writeString(file, good.replace("Every human identity", "Every single human identity"));
        assertFalse(build().contains(REUSED), "a file changed since the record: nothing of its release is reused");
        assertEquals(good, frozenPage());
        // the same size, a later time: still caught
        Files.writeString(file, good.replace("Every human identity", "Every humane identity").replace("MFA.", "MFA"));
        assertNotEquals(good, frozenPage());
        assertFalse(build().contains(REUSED));
        assertEquals(good, frozenPage());
        sameAsAFreshBuild();
    }

    @Test
    void aFileAddedToAReleasesFolderIsNotCarriedOver() throws IOException {
        build();
        Files.writeString(site.resolve("releases/1.0.0/stray.html"), "<p>not Bulwark's</p>");
        assertFalse(build().contains(REUSED));
        assertFalse(Files.exists(site.resolve("releases/1.0.0/stray.html")));
        sameAsAFreshBuild();
    }

    @Test
    void aFailedBuildLeavesThePreviousSiteAndItsReleasesAsTheyWere() throws IOException {
        build();
        Map<String, String> before = SiteBuildTest.tree(site);
        FrozenPagesTest.edit(content.resolve("pages/start.md"), "Welcome.", "Welcome. [[NOPE-1]]");
        Cli failed = SiteBuildTest.build(content, site);
        assertEquals(1, failed.exitCode(), failed.all());
        assertEquals(before, SiteBuildTest.tree(site));
        try (var siblings = Files.list(tmp)) {
            assertEquals(List.of("content", "site"), siblings.map(p -> p.getFileName().toString()).sorted().toList(),
                    "no staging folder left behind");
        }
    }
}
