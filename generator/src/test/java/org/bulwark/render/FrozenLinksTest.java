package org.bulwark.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.bulwark.diag.Diagnostics;
import org.bulwark.history.Releases;
import org.bulwark.site.SiteBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The links of a frozen release's page: its own pages get {@code releases/<version>/} in front;
 * links to what the current site has are kept; links to what it no longer has become their text.
 * The current site here is the history fixture's 1.1.0 (services s3 and ec2, pages start and
 * second, glossary terms "least privilege" and "MFA").
 */
class FrozenLinksTest {
    @TempDir
    static Path tmp;
    static CurrentSite current;

    @BeforeAll
    static void load() throws IOException {
        Path content = Releases.twoReleases(tmp.resolve("content"));
        Diagnostics d = new Diagnostics();
        SiteBuilder.Loaded loaded = SiteBuilder.load(content, false, d).orElseThrow();
        SiteBuilder.Resolved resolved = SiteBuilder.resolve(loaded, false, Optional.empty(), d);
        assertFalse(d.hasErrors(), () -> d.sorted().toString());
        current = new CurrentSite(resolved.routes(), loaded.index(), loaded.listing(), resolved.rendered());
    }

    private static String rewrite(String html) {
        return FrozenLinks.rewrite(html, new FrozenRelease("1.0.0", current.questions()));
    }

    @Test
    void aPageTheReleaseHasIsItsOwnCopy() {
        assertEquals("<a href=\"{{root}}releases/1.0.0/controls/IAM-04/#req-a\">IAM-04</a>",
                rewrite("<a href=\"{{root}}controls/IAM-04/#req-a\">IAM-04</a>"));
        assertEquals("<a href=\"{{root}}releases/1.0.0/\">Home</a> <a href=\"{{root}}releases/1.0.0/index.html\">x</a>",
                rewrite("<a href=\"{{root}}\">Home</a> <a href=\"{{root}}index.html\">x</a>"));
        assertEquals("<a href=\"{{root}}releases/1.0.0/areas/data/page/2/\">p</a>"
                        + "<a href=\"{{root}}releases/1.0.0/baseline/index.html\">b</a>"
                        + "<a href=\"{{root}}releases/1.0.0/controls.json\">j</a>",
                rewrite("<a href=\"{{root}}areas/data/page/2/\">p</a><a href=\"{{root}}baseline/index.html\">b</a>"
                        + "<a href=\"{{root}}controls.json\">j</a>"));
        // a redirect's target and refresh are the release's too
        assertEquals("<meta http-equiv=\"refresh\" content=\"0; url={{root}}releases/1.0.0/controls/IAM-01/\">",
                rewrite("<meta http-equiv=\"refresh\" content=\"0; url={{root}}controls/IAM-01/\">"));
    }

    @Test
    void whatTheCurrentSiteHasIsLinkedThere() {
        String kept = "<a href=\"{{root}}services/ec2/\">Amazon EC2</a> <a href=\"{{root}}glossary/#mfa\">MFA</a>"
                + " <a href=\"{{root}}pages/second/index.html\">Second</a> <a href=\"{{root}}controls.csv\">csv</a>";
        assertEquals(kept, rewrite(kept));
    }

    @Test
    void whatTheCurrentSiteNoLongerHasBecomesText() {
        assertEquals("<p>See Amazon <em>Gone</em> and the term.</p>",
                rewrite("<p>See <a href=\"{{root}}services/gone/\" title=\"Service: Gone\">Amazon <em>Gone</em></a>"
                        + " and <a href=\"{{root}}glossary/#no-such-term\">the term</a>.</p>"));
        assertEquals("Old page", rewrite("<a class=\"x\" href=\"{{root}}pages/old/\">Old page</a>"));
    }

    @Test
    void assetsScriptsFormsAndOtherReleasesAreKept() {
        String kept = "<link rel=\"stylesheet\" href=\"{{root}}assets/style.css\">"
                + "<script src=\"{{root}}assets/site.js\" defer></script>"
                + "<form action=\"{{root}}search/index.html\"></form>"
                + "<a href=\"{{root}}releases/0.9.0/controls/IAM-04/\">0.9.0</a>"
                + "<a href=\"../../../../controls/IAM-05/index.html\">written as it stands</a>";
        assertEquals(kept, rewrite(kept));
    }

    @Test
    void everyQuestionIsKeptWithItsAnswer() {
        FrozenRelease release = new FrozenRelease("1.0.0", current.questions());
        FrozenLinks.rewrite("<a href=\"{{root}}services/ec2/\">e</a><a href=\"{{root}}services/gone/\">g</a>", release);
        assertEquals("yes", release.current().answers().get("page services/ec2/"));
        assertEquals("", release.current().answers().get("page services/gone/"));
        assertEquals("IAM-05 renamed", release.current().control("IAM-04").map(c -> c.id() + " " + c.how()).orElseThrow());
        assertEquals("IAM-01 successor", release.current().control("IAM-03").map(c -> c.id() + " " + c.how())
                .orElseThrow(), "IAM-03 is withdrawn in 1.1.0: its successor");
        assertEquals(release.current().answers().size(), 4);
        assertEquals(true, current.answersAsBefore(release.current().answers()));
        // one answer that the site no longer gives is enough to render the release again
        for (String question : release.current().answers().keySet()) {
            java.util.Map<String, String> other = new java.util.TreeMap<>(release.current().answers());
            other.put(question, other.get(question).isEmpty() ? "yes" : "");
            assertEquals(false, current.answersAsBefore(other), question);
        }
    }
}
