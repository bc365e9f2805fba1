package org.bulwark.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.bulwark.diag.Diagnostics;
import org.bulwark.link.Dependency;
import org.bulwark.site.SiteBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The listing of a standard, and what an edit changes of it: the listings (which controls an
 * area or service lists, in which order) and cross-walks a change moves, not those it only
 * rewords, so that only the pages they order are rendered again.
 */
class ListingTest {
    @TempDir
    static Path tmp;
    static SiteBuilder.Loaded before;

    @BeforeAll
    static void load() throws IOException {
        before = load(RoutesTest.writePaged(tmp.resolve("before")));
    }

    private static SiteBuilder.Loaded load(Path content) {
        return SiteBuilder.load(content, false, new Diagnostics()).orElseThrow();
    }

    /** The standard with one control's file edited. */
    private static SiteBuilder.Loaded edited(String name, String control, UnaryOperator<String> edit) throws IOException {
        Path dir = RoutesTest.writePaged(tmp.resolve(name));
        Path file = dir.resolve("controls/" + control + ".yaml");
        Files.writeString(file, edit.apply(Files.readString(file)));
        return load(dir);
    }

    private static Set<Dependency> changes(SiteBuilder.Loaded after) {
        Set<Dependency> out = new java.util.LinkedHashSet<>(after.listing().changedListings(before.listing()));
        out.addAll(after.crosswalk().changedCrosswalks(before.crosswalk()));
        return out;
    }

    @Test
    void anAreaListsItsControlsTopicByTopicAndKnowsWhereEachIs() {
        Listing.AreaListing identity = before.listing().area("identity");
        assertEquals(104, identity.controls().size(), "105 controls, one withdrawn");
        assertEquals(2, identity.pages());
        assertEquals(List.of("people", Listing.OTHER_TOPIC), identity.topics().stream().map(Listing.TopicListing::id).toList());
        assertEquals("IAM-002", identity.controls().get(0).id(), "topic by topic: the people first");
        assertEquals(Optional.of("areas/identity/#topic-people"), identity.topics().get(0).url());
        assertEquals(Optional.of("areas/identity/#topic-other"), identity.topics().get(1).url());
        var last = identity.controls().get(103);
        assertEquals("areas/identity/page/2/#topic-other", before.listing().listedAt(last));
        // a withdrawn control is listed nowhere: links to it go where its topic starts
        var withdrawn = before.index().control("IAM-003").orElseThrow();
        assertEquals("areas/identity/", before.listing().listedAt(withdrawn));
        assertEquals(List.of("IAM-003"), before.listing().predecessors("IAM-004").stream().map(c -> c.id()).toList());
        assertEquals(List.of("start", "more"), before.listing().readingPath().stream().map(p -> p.id()).toList());
    }

    @Test
    void rewordingAControlMovesNoListing() throws IOException {
        SiteBuilder.Loaded after = edited("title", "IAM-002", s -> s.replace("title: Control 2", "title: Control two"));
        assertNotEquals(before.index().control("IAM-002"), after.index().control("IAM-002"));
        assertEquals(Set.of(), changes(after));
    }

    @Test
    void anotherTopicMovesItsAreasListing() throws IOException {
        assertEquals(Set.of(Dependency.areaListing("identity")),
                changes(edited("topic", "IAM-002", s -> s.replace("topic: people\n", ""))));
    }

    @Test
    void aWithdrawnControlLeavesItsAreasItsServicesAndItsCrosswalks() throws IOException {
        assertEquals(Set.of(Dependency.areaListing("identity"), Dependency.serviceListing("s3"),
                Dependency.crosswalk("nist-800-53")),
                changes(edited("withdrawn", "IAM-010", s -> s + "status: withdrawn\n")));
    }

    @Test
    void anotherCitationChangesTheCrosswalkOnly() throws IOException {
        assertEquals(Set.of(Dependency.crosswalk("nist-800-53")),
                changes(edited("cites", "IAM-010", s -> s.replace("\"AC-2\"", "\"AC-3\""))));
    }
}
