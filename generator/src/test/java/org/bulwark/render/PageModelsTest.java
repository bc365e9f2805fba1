package org.bulwark.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bulwark.diag.Diagnostics;
import org.bulwark.export.Fixtures;
import org.bulwark.link.ControlSection;
import org.bulwark.model.Keyword;
import org.bulwark.model.Level;
import org.bulwark.model.Responsibility;
import org.bulwark.model.Severity;
import org.bulwark.site.SiteBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The model builders of the page kinds, on the audit standard: what templates get instead of writing it themselves. */
class PageModelsTest {
    static Routes routes;
    static PageContext context;

    @BeforeAll
    static void load() {
        Diagnostics diagnostics = new Diagnostics();
        SiteBuilder.Loaded loaded = SiteBuilder.load(Fixtures.auditContent(), false, diagnostics).orElseThrow();
        SiteBuilder.Resolved resolved = SiteBuilder.resolve(loaded, false, Optional.empty(), diagnostics);
        routes = resolved.routes();
        context = new PageContext(loaded.index(), loaded.listing(), resolved.rendered(), loaded.crosswalk(), Optional.empty());
    }

    private static Map<String, Object> model(String url) {
        return routes.at(url).orElseThrow().model(context);
    }

    @SuppressWarnings("unchecked")
    private static <T> T get(Map<String, Object> m, String key) {
        return (T) m.get(key);
    }

    private static List<String> ids(List<Map<String, Object>> entries) {
        return entries.stream().map(e -> (String) e.get("id")).toList();
    }

    @Test
    void aControlsTableOfContentsHasTheSectionsItHasWithTheGuidanceHeadings() {
        Map<String, Object> m = model("controls/AUD-01/");
        List<String> toc = ids(get(m, "sections"));
        assertEquals(List.of("statement", "rationale", "guidance", "services", "verification", "evidence",
                "references", "related", "referenced-by", "cite"), toc);
        // every section but its history: a standard without releases keeps only that anchor
        assertEquals(List.of("history"), get(m, "placeholders"), "AUD-01 has every other section");
        Map<String, Object> titles = get(m, "sectionTitle");
        for (ControlSection s : ControlSection.values()) assertEquals(s.title(), titles.get(s.anchor()));
        // a control without rationale, guidance, services, verification or related controls still holds
        // their anchors; the table of contents lists only what it has
        Map<String, Object> bare = model("controls/AUD-02/");
        assertEquals(List.of("requirements", "rationale", "guidance", "services", "verification", "related", "history"),
                get(bare, "placeholders"));
        assertEquals(List.of("statement", "evidence", "references", "referenced-by", "cite"), ids(get(bare, "sections")));
        // in their place: only the anchor, or one quiet line for what auditors look for
        Map<String, Map<String, Object>> absent = get(bare, "absent");
        assertEquals(List.of("requirements", "rationale", "guidance", "services", "verification", "related", "history"),
                List.copyOf(absent.keySet()));
        assertEquals(Map.of("anchors", List.of("verification"), "note", "No verification method recorded."),
                absent.get("verification"));
        assertEquals(Map.of("anchors", List.of("related"), "note", ""), absent.get("related"));
        assertEquals(Map.of("anchors", List.of("history"), "note", ""), absent.get("history"));
        assertEquals(List.of("history"), List.copyOf(PageModelsTest.<Map<String, Object>>get(m, "absent").keySet()));
    }

    @Test
    void theHeaderPutsAVBeforeAVersionNumberOnly() {
        assertEquals("v1.0.0", PageContext.versionLabel("1.0.0"));
        assertEquals("v2", PageContext.versionLabel("2"));
        assertEquals("main-b834f71", PageContext.versionLabel("main-b834f71"));
        assertEquals("v2025.02.25", PageContext.versionLabel("v2025.02.25"));
        assertEquals("draft", PageContext.versionLabel("draft"));
    }

    @Test
    void anIdsFamilyIsItUpToItsLastSeparator() {
        assertEquals("IAM", PageContext.family("IAM-01"));
        assertEquals("OSPS-AC", PageContext.family("OSPS-AC-01"));
        assertEquals("PO.1", PageContext.family("PO.1.1"));
        assertEquals("AC-2", PageContext.family("AC-2(1)"));
        assertEquals("GV.OC", PageContext.family("GV.OC-01"));
        assertEquals("a", PageContext.family("a"));
        assertEquals("", PageContext.family(""));
    }

    private static List<String> keywords(Keyword[] values) {
        return Arrays.stream(values).map(Keyword::keyword).toList();
    }

    @Test
    void theCatalogueOffersEveryValueOfEachFilter() {
        Map<String, Object> filters = get(model("controls/"), "filters");
        assertEquals(keywords(Level.values()), filters.get("levels"));
        assertEquals(keywords(Severity.values()), filters.get("severities"));
        assertEquals(new HashSet<>(keywords(Responsibility.values())), new HashSet<>(get(filters, "responsibilities")));
        assertEquals(List.of("customer", "shared", "provider"), filters.get("responsibilities"));
        assertEquals(List.of("active", "deprecated"), filters.get("statuses"));
    }

    @Test
    void theSearchPageOffersTheKindsTheIndexHolds() {
        List<Map<String, Object>> types = get(model("search/"), "searchTypes");
        // a cross-walk row is shown with the frameworks: no choice of its own
        assertEquals(Arrays.stream(SearchIndex.Type.values()).filter(t -> t.group() == t).map(SearchIndex.Type::id)
                .toList(), types.stream().map(t -> t.get("type")).toList());
        assertEquals("Glossary", types.get(4).get("title"));
    }

    @Test
    void everyPageModelHasItsRouteAndItsWayBack() {
        for (Route r : routes.pages()) {
            Map<String, Object> m = r.model(context);
            assertEquals(r.kind().modelName(), m.get("kind"), r.url());
            assertEquals(r.url(), m.get("url"));
            assertEquals(r.root(), m.get("rootDir"));
            assertTrue(m.get("title") instanceof String t && !t.isEmpty(), r.url());
        }
    }
}
