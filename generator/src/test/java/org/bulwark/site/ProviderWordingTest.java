package org.bulwark.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.bulwark.Cli;
import org.bulwark.Sites;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The theme names a provider only as standard.yaml gives it: AWS in the default standard, as
 * before; "the provider" in a standard with services and no provider; nothing of providers,
 * services or shared responsibility in a standard without services.
 */
class ProviderWordingTest {
    @TempDir
    static Path tmp;
    static Path aws;
    static Path unnamed;
    static Path none;

    @BeforeAll
    static void build() throws IOException {
        aws = build(Sites.defaultContent(), "aws");
        Path content = tmp.resolve("unnamed-content");
        Sites.copy(Sites.site("minimal"), content);
        Path standard = content.resolve("standard.yaml");
        Files.writeString(standard, Files.readString(standard).replace("provider: AWS\n", ""));
        unnamed = build(content, "unnamed");
        none = build(Sites.site("shapes"), "none");
    }

    private static Path build(Path content, String name) {
        Path out = tmp.resolve(name);
        Cli run = Cli.run("build", "--strict", "--content", content.toString(), "--out", out.toString());
        assertEquals(0, run.exitCode(), run.all());
        return out;
    }

    private static Document page(Path site, String path) throws IOException {
        return Jsoup.parse(Files.readString(site.resolve(path)));
    }

    @Test
    void theDefaultStandardNamesAwsAsBefore() throws IOException {
        Document home = page(aws, "index.html");
        assertTrue(home.select("ul.find li").eachText().contains(
                "Pick the AWS service you use to see who secures which layer and which controls apply."));
        assertTrue(home.select("ul.counts li").eachText().stream().anyMatch(t -> t.matches("\\d+ services")));
        assertEquals("Services", home.selectFirst("#site-nav a[href=services/index.html]").text());
        Document services = page(aws, "services/index.html");
        assertTrue(services.selectFirst("p.lead").text().startsWith("AWS secures the cloud; you secure what you run in it."));
        assertTrue(services.selectFirst("p.legend").text().startsWith("provider AWS ·"));
        assertEquals("AWS's part", page(aws, "controls/IAM-01/index.html").select(".services-table th").get(2).text());
        assertTrue(page(aws, "services/s3/index.html").select(".part strong").eachText().contains("AWS's part:"));
    }

    @Test
    void withServicesButNoProviderTheThemeSaysTheProvider() throws IOException {
        Document home = page(unnamed, "index.html");
        assertTrue(home.select("ul.find li").eachText().contains(
                "Pick the service you use to see who secures which layer and which controls apply."), home.text());
        Document services = page(unnamed, "services/index.html");
        assertTrue(services.selectFirst("p.lead").text().startsWith("The provider secures the cloud;"));
        assertTrue(services.selectFirst("p.legend").text().startsWith("provider the provider ·"));
        assertEquals("The provider's part", page(unnamed, "controls/IAM-01/index.html").select(".services-table th").get(2).text());
        assertTrue(page(unnamed, "services/s3/index.html").select(".part strong").eachText().contains("The provider's part:"));
        for (Path f : pages(unnamed)) {
            String html = Files.readString(f);
            // the content's own words may name AWS; the theme's never do: no "'s part" or lead without a name
            assertFalse(html.contains(">'s part") || html.contains("> secures the cloud"), unnamed.relativize(f).toString());
        }
    }

    @Test
    void withoutServicesNothingSpeaksOfProvidersServicesOrSharedResponsibility() throws IOException {
        for (Path f : pages(none)) {
            Document d = Jsoup.parse(Files.readString(f));
            String text = d.text().toLowerCase(Locale.ROOT) + " " + d.select("[placeholder]").eachAttr("placeholder");
            String where = none.relativize(f).toString();
            for (String word : List.of("\\baws\\b", "provider", "secures the cloud", "\\b0 services", "shared responsibility",
                    "pick the", "\\blayers?\\b")) {
                assertFalse(java.util.regex.Pattern.compile(word).matcher(text).find(), where + " says '" + word + "'");
            }
            assertTrue(d.select("a[href*=services/]").isEmpty(), where);
        }
        assertNotNull(page(none, "index.html").selectFirst("ul.find"));
    }

    private static List<Path> pages(Path site) throws IOException {
        try (var files = Files.walk(site)) {
            return files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
    }
}
