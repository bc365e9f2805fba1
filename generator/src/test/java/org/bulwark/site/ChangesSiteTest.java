package org.bulwark.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.bulwark.Cli;
import org.bulwark.history.Releases;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What changed, as the site shows it: {@code /changes/}, {@code /releases/} and each control's
 * {@code #history}, on the history fixture released as 1.0.0 and 1.1.0 (every kind of change),
 * with the content moved on since to 1.2.0: IAM-01 out of the baseline, its statement reworded
 * with raw HTML in it.
 */
class ChangesSiteTest {
    @TempDir
    static Path tmp;
    static Path site;
    static Document changes;

    @BeforeAll
    static void build() throws IOException {
        Path content = Releases.twoReleases(tmp.resolve("content"));
        Releases.version(content, "1.2.0");
        FrozenPagesTest.edit(content.resolve("controls/iam/IAM-01.yaml"), "level: baseline", "level: advanced");
        FrozenPagesTest.edit(content.resolve("controls/iam/IAM-01.yaml"), "MUST sign in with MFA.",
                "MUST sign in with <b>phishing-resistant</b> MFA.");
        site = tmp.resolve("site");
        Cli run = SiteBuildTest.build(content, site);
        assertEquals(0, run.exitCode(), run.all());
        changes = FrozenPagesTest.page(site, "changes/");
    }

    private static Element version(String anchor) {
        Element v = changes.getElementById(anchor);
        assertNotNull(v, "#" + anchor);
        return v;
    }

    /** The entry of a control under a group of a version. */
    private static Element entry(String anchor, String group, String id) {
        Element heading = changes.getElementById(anchor + "-" + group);
        assertNotNull(heading, "#" + anchor + "-" + group);
        Element list = heading.nextElementSibling();
        Element e = list.selectFirst("li.change[data-control=" + id + "]");
        assertNotNull(e, id + " under " + group + " of " + anchor);
        return e;
    }

    /** The item of an entry that starts with {@code phrase}. */
    private static Element item(Element entry, String phrase) {
        return entry.select(".change-items > li").stream().filter(li -> li.ownText().startsWith(phrase)).findFirst()
                .orElseThrow(() -> new AssertionError(phrase + " in " + entry.text()));
    }

    /** The deleted or inserted runs of a compared text, without the markers for screen readers. */
    private static List<String> runs(Element item, String tag) {
        return item.select(".diff > " + tag).stream().map(e -> {
            Element copy = e.clone();
            copy.select(".visually-hidden").remove();
            return copy.wholeText();
        }).toList();
    }

    @Test
    void versionsAreNewestFirstEachWithItsAnchorAndCounts() {
        List<String> ids = changes.select("section.release-changes").stream().map(Element::id).toList();
        assertEquals(List.of("unreleased", "1.1.0", "1.0.0"), ids);
        assertEquals("Since 1.1.0: 1.2.0, not yet released", version("unreleased").selectFirst("h2").ownText());
        assertEquals(List.of("1 added", "1 withdrawn", "1 deprecated", "1 renamed", "1 moved", "1 changed"),
                version("1.1.0").select(".change-counts li").eachText());
        assertEquals(List.of("1 changed"), version("unreleased").select(".change-counts li").eachText());
        assertTrue(version("1.0.0").text().contains("the first release"));
        assertEquals(6, entriesOf("1.0.0", "added").size(), "the first release adds every control it publishes");
        // the menu and the table of contents lead here
        assertTrue(changes.select(".toc a").eachAttr("href").containsAll(List.of("#unreleased", "#1.1.0", "#1.0.0")));
    }

    private static Elements entriesOf(String anchor, String group) {
        return changes.getElementById(anchor + "-" + group).nextElementSibling().select("li.change");
    }

    @Test
    void changesAreGroupedByKind() {
        assertEquals(List.of("1.1.0-added", "1.1.0-withdrawn", "1.1.0-deprecated", "1.1.0-renamed", "1.1.0-moved",
                "1.1.0-standing", "1.1.0-services", "1.1.0-text", "1.1.0-checks"),
                version("1.1.0").select("h3").eachAttr("id"));
        assertTrue(entry("1.1.0", "added", "DP-04").selectFirst(".change-head").text().startsWith("DP-04 Back up every data store"));
        assertTrue(item(entry("1.1.0", "withdrawn", "IAM-03"), "Withdrawn").text().contains("successor IAM-01"));
        assertTrue(item(entry("1.1.0", "deprecated", "IAM-02"), "Deprecated").text().contains("successor IAM-01"));
        assertTrue(entry("1.1.0", "renamed", "IAM-05").selectFirst(".change-head").text().contains("(was IAM-04)"));
        item(entry("1.1.0", "moved", "DP-03"), "Moved to area data");
        item(entry("1.1.0", "moved", "DP-03"), "Moved to topic classification");
        Element standing = entry("1.1.0", "standing", "DP-01");
        for (String p : List.of("Moved into the baseline", "Severity high → critical", "Responsibility shared → customer",
                "Owner none → Data team", "Requirement d level (the control's) → advanced")) {
            item(standing, p);
        }
        item(entry("1.1.0", "services", "DP-01"), "Service ec2 dropped");
        item(entry("1.1.0", "services", "DP-03"), "Service s3 added");
        item(entry("1.1.0", "checks", "DP-01"), "Cites nist-800-53 SC-13");
        item(entry("unreleased", "standing", "IAM-01"), "Moved out of the baseline (now advanced)");
    }

    @Test
    void textsAreComparedWordByWordWithInsAndDelExactlyWhereWordsChanged() {
        Element dp01 = entry("1.1.0", "text", "DP-01");
        Element statement = item(dp01, "Statement reworded");
        assertEquals(List.of(" with a KMS key the account controls"), runs(statement, "ins"));
        assertEquals(List.of(), runs(statement, "del"));
        Element title = item(dp01, "Retitled");
        assertEquals(List.of(" with KMS keys"), runs(title, "ins"));
        Element reqA = item(dp01, "Requirement a reworded");
        assertEquals(List.of(" with SSE-KMS"), runs(reqA, "ins"));
        Element rationale = item(dp01, "Rationale reworded");
        assertEquals(List.of("or a copied snapshot "), runs(rationale, "ins"));
        Element evidence = item(dp01, "Evidence bucket-settings reworded");
        assertEquals(List.of("Screenshot of "), runs(evidence, "del"));
        assertEquals(List.of("Export of the ", " setting of every bucket"), runs(evidence, "ins"));
        assertEquals("Export of the default encryption setting of every bucket.",
                evidence.selectFirst(".diff").wholeText().replaceAll("\\[(deleted|inserted): |\\]", "")
                        .replace("Screenshot of ", ""));
        // an added or removed item is one run
        assertEquals(List.of("Key policies name the roles that may decrypt."), runs(item(dp01, "Requirement c added"), "ins"));
        assertEquals(List.of("Volumes are encrypted when they are created."), runs(item(dp01, "Requirement b removed"), "del"));
        assertEquals(List.of("The list of keys in use."), runs(item(dp01, "Evidence key-list removed"), "del"));
        // the guidance: one word
        Element guidance = item(dp01, "Guidance revised");
        assertEquals(List.of("rule"), runs(guidance, "del"));
        assertEquals(List.of("rules"), runs(guidance, "ins"));
        // screen readers are told which is which; struck-through and underlined come from the stylesheet
        assertEquals("[deleted: ", evidence.selectFirst("del > .visually-hidden").text() + " ");
        assertEquals("[inserted: ", evidence.selectFirst("ins > .visually-hidden").text() + " ");
    }

    @Test
    void textIsShownAsWrittenNeverAsHtml() {
        Element statement = item(entry("unreleased", "text", "IAM-01"), "Statement reworded");
        assertEquals(List.of("<b>phishing-resistant</b> "), runs(statement, "ins"));
        assertNull(statement.selectFirst(".diff b"), "raw HTML in a text is shown, not rendered");
    }

    @Test
    void eachEntryLinksThePageBeforeAndThePageAfter() {
        assertEquals(List.of("releases/1.0.0/controls/DP-01/index.html", "releases/1.1.0/controls/DP-01/index.html"),
                links(entry("1.1.0", "text", "DP-01")));
        assertEquals(List.of("releases/1.0.0/controls/IAM-04/index.html", "releases/1.1.0/controls/IAM-05/index.html"),
                links(entry("1.1.0", "renamed", "IAM-05")));
        assertEquals(List.of("releases/1.1.0/controls/DP-04/index.html"), links(entry("1.1.0", "added", "DP-04")));
        // changes not yet released lead to the current page
        assertEquals(List.of("releases/1.1.0/controls/IAM-01/index.html", "controls/IAM-01/index.html"),
                links(entry("unreleased", "standing", "IAM-01")));
        for (String url : List.of("releases/1.0.0/controls/IAM-04/", "releases/1.1.0/controls/IAM-05/")) {
            assertTrue(Files.isRegularFile(site.resolve(url + "index.html")), url);
        }
    }

    private static List<String> links(Element entry) {
        return entry.select(".change-pages a").stream().map(a -> FrozenPagesTest.target(site, "changes/", a)).toList();
    }

    @Test
    void aControlPageTellsItsHistoryLinkingEachFrozenPage() {
        Document iam05 = FrozenPagesTest.page(site, "controls/IAM-05/");
        Elements items = iam05.select("#history ol.history > li");
        assertEquals(List.of("Version 1.1.0 (effective 2026-06-01): renamed from IAM-04.",
                "Version 1.0.0 (effective 2026-01-15): first published as IAM-04."),
                items.stream().map(li -> li.text().replaceAll(" Everything that changed in .*", "")).toList());
        assertEquals(List.of("releases/1.1.0/controls/IAM-05/index.html", "releases/1.0.0/controls/IAM-04/index.html"),
                items.stream().map(li -> FrozenPagesTest.target(site, "controls/IAM-05/", li.selectFirst("a"))).toList());
        assertEquals("changes/index.html", FrozenPagesTest.target(site, "controls/IAM-05/", items.get(0).select("a").get(1)));
        // not yet released: no frozen page to link
        Document iam01 = FrozenPagesTest.page(site, "controls/IAM-01/");
        Element first = iam01.selectFirst("#history ol.history > li");
        assertTrue(first.text().startsWith("Version 1.2.0 not yet released"), first.text());
        assertTrue(first.text().contains("moved out of the baseline (now advanced); statement reworded"), first.text());
        // the tombstone of a withdrawn control has its history too
        Document iam03 = FrozenPagesTest.page(site, "controls/IAM-03/");
        assertTrue(iam03.selectFirst("#history").text().contains("Version 1.1.0 (effective 2026-06-01): withdrawn (successor IAM-01)"),
                iam03.selectFirst("#history").text());
        // a frozen page knows the history up to its own release
        Document frozen = FrozenPagesTest.page(site, "releases/1.0.0/controls/IAM-04/");
        assertEquals(List.of("Version 1.0.0 (effective 2026-01-15): first published."),
                frozen.select("#history ol.history > li").stream()
                        .map(li -> li.text().replaceAll(" Everything that changed in .*", "")).toList());
    }

    @Test
    void theCitationOffersTheVersionedPermalink() {
        Element cite = FrozenPagesTest.page(site, "controls/IAM-05/").getElementById("cite");
        assertEquals("Test Standard, IAM-05 “Review access every quarter”, version 1.1.0 (effective 2026-06-01): "
                + "/releases/1.1.0/controls/IAM-05/", cite.getElementById("cite-version").text());
        assertTrue(cite.text().contains("keeps this text as released in version 1.1.0"), cite.text());
        Element changed = FrozenPagesTest.page(site, "controls/IAM-01/").getElementById("cite");
        assertTrue(changed.text().contains("this page shows changes made since, not yet released"), changed.text());
        assertNotNull(FrozenPagesTest.page(site, "controls/DP-04/").getElementById("cite-version"),
                "DP-04 came in 1.1.0: it has a permalink");
    }

    @Test
    void theReleasesPageListsEveryReleaseAndTheContentNotYetReleased() {
        Document releases = FrozenPagesTest.page(site, "releases/");
        Elements rows = releases.select("table.releases tbody tr");
        assertEquals(List.of("1.2.0 not yet released", "1.1.0", "1.0.0"), rows.stream().map(r -> r.child(0).text()).toList());
        assertEquals(List.of("2026-06-01", "6", "2", "1 added, 1 withdrawn, 1 deprecated, 1 renamed, 1 moved, 1 changed since 1.0.0",
                "controls.json of 1.1.0"), rows.get(1).select("td").eachText());
        assertEquals(List.of("releases/1.1.0/index.html", "changes/index.html", "releases/1.1.0/controls.json"),
                rows.get(1).select("a").stream().map(a -> FrozenPagesTest.target(site, "releases/", a)).toList());
        assertEquals(List.of("index.html", "changes/index.html", "controls.json"),
                rows.get(0).select("a").stream().map(a -> FrozenPagesTest.target(site, "releases/", a)).toList());
        assertEquals("#1.1.0", rows.get(1).select("a").get(1).attr("href").replaceAll("^[^#]*", ""));
    }
}
