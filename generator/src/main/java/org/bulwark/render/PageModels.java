package org.bulwark.render;

import static org.bulwark.render.Data.map;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bulwark.link.Crosswalk;
import org.bulwark.link.Index;
import org.bulwark.link.Urls;
import org.bulwark.model.Applicability;
import org.bulwark.model.Area;
import org.bulwark.model.Citation;
import org.bulwark.model.Control;
import org.bulwark.model.Framework;
import org.bulwark.model.Layer;
import org.bulwark.model.LayerOwner;
import org.bulwark.model.Page;
import org.bulwark.model.Responsibility;
import org.bulwark.model.Service;
import org.bulwark.model.Standard;
import org.bulwark.model.Status;
import org.bulwark.model.Term;
import org.bulwark.model.Topic;

/**
 * The template model of every page, as plain data. Per-control summaries are built once and
 * shared by the pages that list them; no page gets more than it shows.
 */
public final class PageModels {
    private final Index index;
    private final RenderedContent rendered;
    private final Crosswalk crosswalk;
    private final List<Control> published;
    private final Optional<String> baseUrl;
    private final Map<String, Map<String, Object>> summaries = new LinkedHashMap<>();
    private final Map<String, Object> site;
    private final List<Control> listed;
    private final Map<String, List<Control>> predecessors = new LinkedHashMap<>();
    private final Map<String, List<Control>> byService = new LinkedHashMap<>();
    private final Map<String, List<Control>> byArea = new LinkedHashMap<>();
    /** An area's listed controls in page order, and the topic each is listed under: made once. */
    private final Map<String, List<Control>> areaOrder = new java.util.HashMap<>();
    private final Map<String, String> listedTopic = new java.util.HashMap<>();
    /** Per "area/topic", how many listed controls; per area, how many of them are baseline: counted once. */
    private final Map<String, Integer> topicSize = new java.util.HashMap<>();
    private final Map<String, Long> baselineIn = new java.util.HashMap<>();
    private final int pageSize = Pagination.PAGE_SIZE;
    /** Where a control, or the start of a topic ("area/topic"), is listed: an area page and #topic-... */
    private final Map<String, String> listedAt = new java.util.HashMap<>();

    /** Identifiers cited by more controls than this get a page of their own, linked from the cross-walk. */
    public static final int INLINE_CITATIONS = 20;

    public PageModels(Index index, RenderedContent rendered, Crosswalk crosswalk, List<Control> published,
                      Optional<String> baseUrl) {
        this.index = index;
        this.rendered = rendered;
        this.crosswalk = crosswalk;
        this.published = published;
        this.baseUrl = baseUrl;
        for (Control c : published) summaries.put(c.id(), summary(c));
        this.listed = published.stream().filter(Control::listed).toList();
        for (Control c : published) {
            c.supersededBy().ifPresent(s -> predecessors.computeIfAbsent(s.id(), k -> new ArrayList<>()).add(c));
        }
        for (Control c : listed) {
            c.services().forEach(a -> byService.computeIfAbsent(a.service().id(), k -> new ArrayList<>()).add(c));
            byArea.computeIfAbsent(c.area().id(), k -> new ArrayList<>()).add(c);
        }
        for (Area a : index.content().areas()) {
            for (Control c : byArea.getOrDefault(a.id(), List.of())) listedTopic.put(c.id(), topicOf(a, c));
            areaOrder.put(a.id(), order(a));
            for (Control c : areaControls(a)) {
                topicSize.merge(a.id() + "/" + topic(c), 1, Integer::sum);
                if (c.isBaseline()) baselineIn.merge(a.id(), 1L, Long::sum);
            }
            locateListings(a);
        }
        this.site = siteModel();
    }

    /** Which page of its area lists each control, and where each topic starts, for links to them. */
    private void locateListings(Area a) {
        List<Control> controls = areaControls(a);
        boolean paged = Pagination.count(controls.size(), pageSize) > 1;
        for (Topic t : a.topics()) listedAt.put(a.id() + "/" + t.id(), Urls.area(a.id()) + (paged ? "" : "#topic-" + t.id()));
        for (int i = controls.size() - 1; i >= 0; i--) {
            String at = Pagination.url(Urls.area(a.id()), i / pageSize + 1) + "#topic-" + topic(controls.get(i));
            listedAt.put(controls.get(i).id(), at);
            listedAt.put(a.id() + "/" + topic(controls.get(i)), at);
        }
    }

    public List<Control> published() {
        return published;
    }

    public List<Control> listed() {
        return listed;
    }

    private Map<String, Object> siteModel() {
        Standard s = index.content().standard();
        List<Object> areas = new ArrayList<>();
        for (Area a : index.content().areas()) areas.add(map("id", a.id(), "title", a.title(), "url", Urls.area(a.id())));
        List<Object> nav = new ArrayList<>();
        for (Page p : readingPath()) nav.add(map("id", p.id(), "title", p.title(), "url", Urls.page(p.id())));
        List<Object> otherPages = new ArrayList<>();
        for (Page p : index.content().pages()) {
            if (p.nav() && !readingPath().contains(p)) {
                otherPages.add(map("id", p.id(), "title", p.title(), "url", Urls.page(p.id())));
            }
        }
        return map("id", s.id(), "title", s.title(), "version", s.version(), "owner", s.owner(),
                "effective", s.effective(), "provider", s.provider(), "areas", areas, "readingPath", nav,
                "pages", otherPages, "baselineTitle", s.baseline().title(),
                "hasGlossary", !index.content().glossary().isEmpty(),
                "baseUrl", baseUrl.orElse(""));
    }

    /** Pages in reading order: start from pages nobody names as next, follow next. */
    public List<Page> readingPath() {
        List<Page> pages = index.content().pages();
        java.util.Set<String> targets = new java.util.HashSet<>();
        for (Page p : pages) p.next().ifPresent(n -> targets.add(n.id()));
        List<Page> out = new ArrayList<>();
        for (Page start : pages) {
            if (targets.contains(start.id()) || start.next().isEmpty()) continue;
            for (Page p = start; p != null && !out.contains(p); p = p.next().flatMap(n -> index.page(n.id())).orElse(null)) {
                out.add(p);
            }
        }
        return out;
    }

    public Map<String, Object> base(String kind, String url, String title) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("site", site);
        m.put("kind", kind);
        m.put("url", url);
        m.put("title", title);
        m.put("root", Fragment.ROOT);
        m.put("rootDir", Urls.rootFrom(url));
        m.put("canonical", baseUrl.map(b -> b + url).orElse(""));
        return m;
    }

    // ---- controls --------------------------------------------------------------------------

    private Map<String, Object> summary(Control c) {
        Area area = index.area(c.area().id()).orElse(null);
        String topic = c.topic().flatMap(t -> area == null ? Optional.<Topic>empty() : area.topic(t.id()))
                .map(Topic::title).orElse("");
        List<String> services = c.services().stream().map(a -> a.service().id()).sorted().toList();
        return map("id", c.id(), "title", c.title(), "url", Urls.control(c.id()),
                "area", c.area().id(), "areaTitle", area == null ? c.area().id() : area.title(),
                "topic", c.topic().map(t -> t.id()).orElse(""), "topicTitle", topic,
                "level", c.level().keyword(), "severity", c.severity().map(x -> x.keyword()).orElse(""),
                "responsibility", c.responsibility().map(x -> x.keyword()).orElse(""),
                "status", c.status().keyword(), "services", services,
                "statement", rendered.of(c.statement()).html(),
                "successor", c.supersededBy().map(r -> r.id()).orElse(""));
    }

    public Map<String, Object> summaryOf(String id) {
        return summaries.get(id);
    }

    public Map<String, Object> control(Control c) {
        Map<String, Object> m = base(c.status() == Status.WITHDRAWN ? "withdrawn" : "control", Urls.control(c.id()),
                c.id() + ": " + c.title());
        m.put("control", summaries.get(c.id()));
        Area area = index.area(c.area().id()).orElse(null);
        m.put("breadcrumbs", List.of(map("title", area == null ? c.area().id() : area.title(),
                "url", Urls.area(c.area().id()))));
        m.put("topicUrl", listedAt.getOrDefault(c.id(), listedAt.getOrDefault(c.area().id() + "/"
                + c.topic().map(t -> t.id()).orElse(""), Urls.area(c.area().id()))));
        m.put("owner", c.owner().orElse(""));
        m.put("reviewed", c.reviewed().orElse(""));
        m.put("rationale", rendered.of(c.rationale()).html());
        Fragment guidance = rendered.of(c.guidance());
        m.put("guidance", guidance.html());
        m.put("guidanceToc", headings(guidance));
        List<Object> reqs = new ArrayList<>();
        c.requirements().forEach(r -> reqs.add(map("id", r.id(), "html", rendered.of(r.text()).html())));
        m.put("requirements", reqs);
        List<Object> services = new ArrayList<>();
        for (Applicability a : c.services()) {
            Service s = index.service(a.service().id()).orElse(null);
            services.add(map("id", a.service().id(), "name", s == null ? a.service().id() : s.name(),
                    "url", Urls.service(a.service().id()),
                    "responsibility", a.responsibility().or(c::responsibility).map(x -> x.keyword()).orElse(""),
                    "provider", rendered.of(a.provider()).html(), "customer", rendered.of(a.customer()).html()));
        }
        m.put("services", services);
        List<Object> verification = new ArrayList<>();
        c.verification().forEach(v -> verification.add(map("method", v.method().keyword(),
                "methodTitle", v.method().title(), "ref", v.ref().orElse(""),
                "html", rendered.of(v.description()).html())));
        m.put("verification", verification);
        List<Object> evidence = new ArrayList<>();
        c.evidence().forEach(e -> evidence.add(map("id", e.id(), "html", rendered.of(e.description()).html())));
        m.put("evidence", evidence);
        m.put("references", citations(c.references()));
        m.put("related", controlList(c.related().stream().map(r -> resolve(r.id())).flatMap(Optional::stream).toList()));
        m.put("aliases", c.aliases().stream().map(r -> r.id()).toList());
        c.supersededBy().flatMap(r -> resolve(r.id())).ifPresent(s -> m.put("successor", summaries.get(s.id())));
        m.put("predecessors", controlList(predecessors.getOrDefault(c.id(), List.of())));
        List<Object> backlinks = new ArrayList<>();
        for (RenderedContent.Backlink b : rendered.backlinks(c.id())) {
            if (b.kind().equals("control") && !summaries.containsKey(b.id())) continue;
            backlinks.add(map("kind", b.kind(), "id", b.id(), "title", b.title(), "url", b.url()));
        }
        m.put("referencedBy", backlinks);
        m.put("citeUrl", baseUrl.map(b -> b + Urls.control(c.id())).orElse(""));
        return m;
    }

    private Optional<Control> resolve(String id) {
        Optional<Control> c = index.control(id).or(() -> index.controlByAlias(id));
        return c.filter(x -> summaries.containsKey(x.id()));
    }

    private List<Object> controlList(List<Control> controls) {
        List<Object> out = new ArrayList<>();
        for (Control c : controls) out.add(summaries.get(c.id()));
        return out;
    }

    private List<Object> citations(List<Citation> citations) {
        List<Object> out = new ArrayList<>();
        for (Citation citation : citations) {
            Optional<Framework> fw = index.framework(citation.framework().id());
            if (fw.isEmpty()) continue;
            var cited = crosswalk.identifiers(fw.get().id());
            List<Object> ids = new ArrayList<>();
            for (var r : citation.identifiers()) {
                ids.add(map("id", r.id(), "url", cited.containsKey(r.id())
                        ? Crosswalk.url(fw.get().id(), r.id()) : "",
                        "external", fw.get().urlFor(r.id()).orElse("")));
            }
            out.add(map("id", fw.get().id(), "title", fw.get().title(), "url", Urls.framework(fw.get().id()),
                    "identifiers", ids));
        }
        return out;
    }

    private static List<Object> headings(Fragment f) {
        List<Object> out = new ArrayList<>();
        for (Fragment.Heading h : f.headings()) out.add(map("level", h.level(), "id", h.id(), "text", h.text()));
        return out;
    }

    public Map<String, Object> redirect(String alias, Control target) {
        Map<String, Object> m = base("redirect", Urls.control(alias), alias + " is now " + target.id());
        m.put("alias", alias);
        m.put("control", summaries.get(target.id()));
        m.put("canonical", baseUrl.map(b -> b + Urls.control(target.id())).orElse(""));
        return m;
    }

    public Map<String, Object> catalogue() {
        Map<String, Object> m = base("controls", Urls.controls(), "All controls");
        m.put("controls", controlList(listed()));
        List<Object> services = new ArrayList<>();
        index.content().services().forEach(s -> services.add(map("id", s.id(), "name", s.name())));
        m.put("services", services);
        return m;
    }

    // ---- areas, home, baseline ---------------------------------------------------------------

    /** An area's listed controls in the order its pages show them: topic by topic, then the rest. */
    private List<Control> areaControls(Area a) {
        return areaOrder.getOrDefault(a.id(), List.of());
    }

    private List<Control> order(Area a) {
        List<Control> all = byArea.getOrDefault(a.id(), List.of());
        List<Control> out = new ArrayList<>(all.size());
        for (Topic t : a.topics()) {
            for (Control c : all) if (topic(c).equals(t.id())) out.add(c);
        }
        for (Control c : all) if (topic(c).equals(OTHER_TOPIC)) out.add(c);
        return List.copyOf(out);
    }

    /** The topic a listed control is listed under on its area's page. */
    private String topic(Control c) {
        return listedTopic.get(c.id());
    }

    private static final String OTHER_TOPIC = "other";

    /** The topic a control is listed under on its area's page: its own, or "other". */
    private static String topicOf(Area a, Control c) {
        return c.topic().flatMap(t -> a.topic(t.id())).map(Topic::id).orElse(OTHER_TOPIC);
    }

    public int areaPages(Area a) {
        return Pagination.count(areaControls(a).size(), pageSize);
    }

    public Map<String, Object> area(Area a) {
        return area(a, 1);
    }

    /**
     * Page {@code number} of an area. Page 1 is the area itself (summary, guidance, topics);
     * later pages continue its list of controls, each under its topic's heading.
     */
    public Map<String, Object> area(Area a, int number) {
        List<Control> controls = areaControls(a);
        Pagination pages = new Pagination(Urls.area(a.id()), number, controls.size(), pageSize);
        Map<String, Object> m = base("area", pages.url(), a.title() + pageSuffix(pages));
        m.put("area", map("id", a.id(), "title", a.title(), "summary", rendered.of(a.summary()).html()));
        if (number == 1) {
            Fragment body = rendered.of(a.body());
            m.put("body", body.html());
            m.put("toc", headings(body));
        } else {
            m.put("body", "");
            m.put("toc", List.of());
            m.put("breadcrumbs", List.of(map("title", a.title(), "url", Urls.area(a.id()))));
            m.put("crumb", crumb(pages));
        }
        List<Object> topics = new ArrayList<>();
        List<Object> topicIndex = new ArrayList<>();
        List<Control> shown = pages.slice(controls);
        List<String> topicIds = new ArrayList<>(a.topics().stream().map(Topic::id).toList());
        List<String> titles = new ArrayList<>(a.topics().stream().map(Topic::title).toList());
        topicIds.add(OTHER_TOPIC);
        titles.add("Other controls");
        int start = 0;
        for (int t = 0; t < topicIds.size(); t++) {
            String id = topicIds.get(t);
            int size = topicSize.getOrDefault(a.id() + "/" + id, 0);
            boolean other = id.equals(OTHER_TOPIC);
            List<Control> here = shown.stream().filter(c -> topic(c).equals(id)).toList();
            boolean onPage = !here.isEmpty() || (!pages.paged() && !other);
            if (onPage) {
                topics.add(map("id", id, "title", titles.get(t), "count", size, "controls", controlList(here),
                        "continued", start < pages.from()));
            }
            if (size > 0 || !other) {
                topicIndex.add(map("id", id, "title", titles.get(t), "count", size,
                        "url", size == 0 ? "" : listedAt.get(a.id() + "/" + id)));
            }
            start += size;
        }
        m.put("topics", topics);
        m.put("topicIndex", pages.paged() && number == 1 ? topicIndex : List.of());
        m.put("count", controls.size());
        m.put("baselineCount", baselineIn.getOrDefault(a.id(), 0L));
        m.put("references", areaReferences(a));
        m.put("pager", pages.model());
        return m;
    }

    /** ", page 2 of 9" in the title of every page but the first. */
    private static String pageSuffix(Pagination pages) {
        return pages.number() == 1 ? "" : ", page " + pages.number() + " of " + pages.count();
    }

    private static String crumb(Pagination pages) {
        return "Page " + pages.number() + " of " + pages.count();
    }

    private List<Object> areaReferences(Area a) {
        List<Object> out = new ArrayList<>();
        for (Citation citation : a.references()) {
            index.framework(citation.framework().id()).ifPresent(fw -> {
                var cited = crosswalk.identifiers(fw.id());
                List<Object> ids = new ArrayList<>();
                for (var r : citation.identifiers()) {
                    ids.add(map("id", r.id(), "url", cited.containsKey(r.id()) ? Crosswalk.url(fw.id(), r.id())
                            : "", "external", fw.urlFor(r.id()).orElse("")));
                }
                out.add(map("id", fw.id(), "title", fw.title(), "url", Urls.framework(fw.id()), "identifiers", ids));
            });
        }
        return out;
    }

    public Map<String, Object> home() {
        Map<String, Object> m = base("home", Urls.home(), index.content().standard().title());
        m.put("summary", rendered.standardSummary().html());
        List<Control> listed = listed();
        List<Object> areas = new ArrayList<>();
        for (Area a : index.content().areas()) {
            long count = listed.stream().filter(c -> c.area().id().equals(a.id())).count();
            long baseline = listed.stream().filter(c -> c.area().id().equals(a.id()) && c.isBaseline()).count();
            areas.add(map("id", a.id(), "title", a.title(), "url", Urls.area(a.id()),
                    "summary", rendered.of(a.summary()).html(), "count", count, "baselineCount", baseline));
        }
        m.put("areas", areas);
        m.put("counts", map("controls", listed.size(), "baseline", listed.stream().filter(Control::isBaseline).count(),
                "services", index.content().services().size(), "areas", index.content().areas().size(),
                "terms", index.content().glossary().size()));
        List<Page> path = readingPath();
        if (!path.isEmpty()) m.put("start", map("title", path.get(0).title(), "url", Urls.page(path.get(0).id())));
        return m;
    }

    public Map<String, Object> baseline() {
        Standard s = index.content().standard();
        Map<String, Object> m = base("baseline", Urls.baseline(), s.baseline().title());
        m.put("intro", rendered.baselineIntro().html());
        List<Object> groups = new ArrayList<>();
        int total = 0;
        for (Area a : index.content().areas()) {
            List<Object> items = new ArrayList<>();
            for (Control c : listed()) {
                if (!c.isBaseline() || !c.area().id().equals(a.id())) continue;
                List<Object> verification = new ArrayList<>();
                c.verification().forEach(v -> verification.add(map("methodTitle", v.method().title(),
                        "ref", v.ref().orElse(""))));
                Map<String, Object> item = new LinkedHashMap<>(summaries.get(c.id()));
                item.put("verification", verification);
                items.add(item);
            }
            total += items.size();
            if (!items.isEmpty()) groups.add(map("id", a.id(), "title", a.title(), "url", Urls.area(a.id()), "items", items));
        }
        m.put("groups", groups);
        m.put("total", total);
        return m;
    }

    // ---- services --------------------------------------------------------------------------

    public Map<String, Object> services() {
        Map<String, Object> m = base("services", Urls.services(), "Shared responsibility by service");
        List<Object> layers = new ArrayList<>();
        for (Layer l : index.content().standard().layers()) layers.add(map("id", l.id(), "title", l.title()));
        m.put("layers", layers);
        List<Object> rows = new ArrayList<>();
        for (Service s : index.content().services()) {
            List<Object> cells = new ArrayList<>();
            for (Layer l : index.content().standard().layers()) {
                String owner = s.responsibilities().stream().filter(r -> r.layer().id().equals(l.id()))
                        .findFirst().map(r -> r.owner().keyword()).orElse("");
                cells.add(map("layer", l.id(), "owner", owner));
            }
            rows.add(map("id", s.id(), "name", s.name(), "url", Urls.service(s.id()), "category", s.category().keyword(),
                    "cells", cells, "controls", controlsFor(s).size()));
        }
        m.put("services", rows);
        return m;
    }

    private List<Control> controlsFor(Service s) {
        return byService.getOrDefault(s.id(), List.of());
    }

    public int servicePages(Service s) {
        return Pagination.count(controlsFor(s).size(), pageSize);
    }

    public Map<String, Object> service(Service s) {
        return service(s, 1);
    }

    /** Page {@code number} of a service: page 1 has its layers and guidance; every page a part of its controls. */
    public Map<String, Object> service(Service s, int number) {
        List<Control> all = controlsFor(s);
        Pagination pages = new Pagination(Urls.service(s.id()), number, all.size(), pageSize);
        Map<String, Object> m = base("service", pages.url(), s.name() + pageSuffix(pages));
        List<Object> crumbs = new ArrayList<>(List.of(map("title", "Services", "url", Urls.services())));
        if (number > 1) {
            crumbs.add(map("title", s.name(), "url", Urls.service(s.id())));
            m.put("crumb", crumb(pages));
        }
        m.put("breadcrumbs", crumbs);
        m.put("service", map("id", s.id(), "name", s.name(), "category", s.category().keyword(),
                "categoryTitle", s.category().label(), "summary", rendered.of(s.summary()).html()));
        List<Object> layers = new ArrayList<>();
        Fragment guidance = rendered.of(s.guidance());
        if (number == 1) {
            for (Layer l : index.content().standard().layers()) {
                s.responsibilities().stream().filter(r -> r.layer().id().equals(l.id())).findFirst().ifPresent(r ->
                        layers.add(map("id", l.id(), "title", l.title(), "owner", r.owner().keyword(),
                                "notes", rendered.of(r.notes()).html())));
            }
        }
        m.put("layers", layers);
        m.put("guidance", number == 1 ? guidance.html() : "");
        m.put("toc", number == 1 ? headings(guidance) : List.of());
        List<Object> controls = new ArrayList<>();
        for (Control c : pages.slice(all)) {
            Applicability a = c.services().stream().filter(x -> x.service().id().equals(s.id())).findFirst().get();
            Map<String, Object> row = new LinkedHashMap<>(summaries.get(c.id()));
            row.put("splitResponsibility", a.responsibility().or(c::responsibility).map(Responsibility::keyword).orElse(""));
            row.put("customer", rendered.of(a.customer()).html());
            row.put("provider", rendered.of(a.provider()).html());
            controls.add(row);
        }
        m.put("controls", controls);
        m.put("count", all.size());
        m.put("pager", pages.model());
        return m;
    }

    // ---- frameworks, pages, glossary, search, 404 -------------------------------------------

    public Map<String, Object> frameworks() {
        Map<String, Object> m = base("frameworks", Urls.frameworks(), "Framework cross-walks");
        List<Object> list = new ArrayList<>();
        for (Framework f : index.content().standard().frameworks()) {
            list.add(map("id", f.id(), "title", f.title(), "url", Urls.framework(f.id()),
                    "count", crosswalk.identifiers(f.id()).size()));
        }
        m.put("frameworks", list);
        return m;
    }

    /**
     * One row per cited identifier, its anchor the identifier. Few citing controls are listed in
     * the row; many get a page of their own, linked from the row, so the cross-walk stays small
     * however many controls cite one identifier.
     */
    public Map<String, Object> framework(Framework f) {
        Map<String, Object> m = base("framework", Urls.framework(f.id()), f.title());
        m.put("breadcrumbs", List.of(map("title", "Frameworks", "url", Urls.frameworks())));
        m.put("framework", map("id", f.id(), "title", f.title()));
        List<Object> ids = new ArrayList<>();
        crosswalk.identifiers(f.id()).forEach((id, controls) -> ids.add(map("id", id, "anchor", Crosswalk.anchor(id),
                "external", f.urlFor(id).orElse(""), "count", controls.size(),
                "url", ownPage(controls) ? Urls.identifier(f.id(), id) : "",
                "controls", ownPage(controls) ? List.of() : controlList(controls))));
        m.put("identifiers", ids);
        m.put("inlineCitations", INLINE_CITATIONS);
        m.put("hasIdentifierPages", !identifierPages(f).isEmpty());
        return m;
    }

    private static boolean ownPage(List<Control> citing) {
        return citing.size() > INLINE_CITATIONS;
    }

    /** The identifiers of a framework that have a page of their own, with its number of pages. */
    public Map<String, Integer> identifierPages(Framework f) {
        Map<String, Integer> out = new LinkedHashMap<>();
        crosswalk.identifiers(f.id()).forEach((id, controls) -> {
            if (ownPage(controls)) out.put(id, Pagination.count(controls.size(), pageSize));
        });
        return out;
    }

    /** Page {@code number} of the controls citing one identifier of a framework. */
    public Map<String, Object> identifier(Framework f, String id, int number) {
        List<Control> citing = crosswalk.identifiers(f.id()).getOrDefault(id, List.of());
        Pagination pages = new Pagination(Urls.identifier(f.id(), id), number, citing.size(), pageSize);
        Map<String, Object> m = base("identifier", pages.url(), id + " · " + f.title() + pageSuffix(pages));
        m.put("breadcrumbs", List.of(map("title", "Frameworks", "url", Urls.frameworks()),
                map("title", f.title(), "url", Urls.framework(f.id()))));
        m.put("crumb", number == 1 ? id : id + ", " + crumb(pages).toLowerCase(java.util.Locale.ROOT));
        m.put("framework", map("id", f.id(), "title", f.title(), "url", Urls.framework(f.id())));
        m.put("identifier", map("id", id, "external", f.urlFor(id).orElse(""),
                "crosswalkUrl", Crosswalk.url(f.id(), id)));
        m.put("controls", controlList(pages.slice(citing)));
        m.put("count", citing.size());
        m.put("pager", pages.model());
        return m;
    }

    public Map<String, Object> page(Page p) {
        Map<String, Object> m = base("page", Urls.page(p.id()), p.title());
        Fragment body = rendered.of(p.body());
        m.put("page", map("id", p.id(), "title", p.title(), "summary", rendered.of(p.summary()).html()));
        m.put("body", body.html());
        m.put("toc", headings(body));
        p.next().flatMap(n -> index.page(n.id())).ifPresent(n -> m.put("next", map("title", n.title(),
                "url", Urls.page(n.id()))));
        index.content().pages().stream().filter(o -> o.next().map(n -> n.id().equals(p.id())).orElse(false))
                .findFirst().ifPresent(prev -> m.put("previous", map("title", prev.title(), "url", Urls.page(prev.id()))));
        return m;
    }

    public Map<String, Object> glossary() {
        Map<String, Object> m = base("glossary", Urls.glossary(), "Glossary");
        List<Term> terms = new ArrayList<>(index.content().glossary());
        terms.sort((a, b) -> a.term().compareToIgnoreCase(b.term()));
        List<Object> list = new ArrayList<>();
        for (Term t : terms) {
            list.add(map("term", t.term(), "anchor", Index.termAnchor(t.term()), "html", rendered.of(t.definition()).html(),
                    "aliases", t.aliases()));
        }
        m.put("terms", list);
        return m;
    }

    public Map<String, Object> search() {
        return base("search", Urls.search(), "Search");
    }

    /** The 404 page is served at any depth, so its links start from the site's base path. */
    public Map<String, Object> notFound() {
        Map<String, Object> m = base("404", "404.html", "Page not found");
        String root = baseUrl.map(b -> java.net.URI.create(b).getPath()).filter(p -> !p.isEmpty()).orElse("/");
        m.put("rootDir", root.endsWith("/") ? root : root + "/");
        return m;
    }
}
