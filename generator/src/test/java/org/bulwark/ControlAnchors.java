package org.bulwark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.bulwark.link.ControlSection;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The auditors' promise (docs/auditors.md, "Anchors on every control page"): every section
 * anchor exists on every control page, withdrawn ones included, in the sections' order, however
 * little the control has.
 */
public final class ControlAnchors {
    private ControlAnchors() {}

    /** Checks every control page of a built site; returns how many it checked. */
    public static int assertOnEveryControlPage(Path site) {
        int checked = 0;
        try (Stream<Path> dirs = Files.list(site.resolve("controls"))) {
            for (Path dir : dirs.sorted().toList()) {
                Path file = dir.resolve("index.html");
                if (!Files.isRegularFile(file)) continue;
                Document page = Jsoup.parse(Files.readString(file));
                if (page.selectFirst("article.control") == null) continue; // a former id's redirect
                assertInOrder(page, site.relativize(file).toString());
                checked++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return checked;
    }

    /** Every section anchor of the page, each once, in the order of {@link ControlSection}. */
    public static void assertInOrder(Document page, String name) {
        List<String> expected = Arrays.stream(ControlSection.values()).map(ControlSection::anchor).toList();
        List<String> found = new ArrayList<>();
        for (Element e : page.getAllElements()) {
            if (expected.contains(e.id())) found.add(e.id());
        }
        assertEquals(expected, found, name);
    }
}
