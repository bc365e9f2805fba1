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
        }
        this.site = siteModel();
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
        String topic = c.topic().flatMap(t -> area == null ? Optional.<Topic>empty()
                : area.topics().stream().filter(x -> x.id().equals(t.id())).findFirst()).map(Topic::title).orElse("");
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
                        ? Urls.framework(fw.get().id()) + "#" + r.id() : "",
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

    public Map<String, Object> area(Area a) {
        Map<String, Object> m = base("area", Urls.area(a.id()), a.title());
        m.put("area", map("id", a.id(), "title", a.title(), "summary", rendered.of(a.summary()).html()));
        Fragment body = rendered.of(a.body());
        m.put("body", body.html());
        m.put("toc", headings(body));
        List<Control> controls = listed().stream().filter(c -> c.area().id().equals(a.id())).toList();
        List<Object> topics = new ArrayList<>();
        for (Topic t : a.topics()) {
            List<Control> in = controls.stream().filter(c -> c.topic().map(x -> x.id().equals(t.id())).orElse(false)).toList();
            topics.add(map("id", t.id(), "title", t.title(), "controls", controlList(in)));
        }
        List<Control> loose = controls.stream().filter(c -> c.topic().isEmpty()
                || a.topics().stream().noneMatch(t -> t.id().equals(c.topic().get().id()))).toList();
        if (!loose.isEmpty()) topics.add(map("id", "other", "title", "Other controls", "controls", controlList(loose)));
        m.put("topics", topics);
        m.put("count", controls.size());
        m.put("baselineCount", controls.stream().filter(Control::isBaseline).count());
        m.put("references", areaReferences(a));
        return m;
    }

    private List<Object> areaReferences(Area a) {
        List<Object> out = new ArrayList<>();
        for (Citation citation : a.references()) {
            index.framework(citation.framework().id()).ifPresent(fw -> {
                var cited = crosswalk.identifiers(fw.id());
                List<Object> ids = new ArrayList<>();
                for (var r : citation.identifiers()) {
                    ids.add(map("id", r.id(), "url", cited.containsKey(r.id()) ? Urls.framework(fw.id()) + "#" + r.id()
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

    public Map<String, Object> service(Service s) {
        Map<String, Object> m = base("service", Urls.service(s.id()), s.name());
        m.put("breadcrumbs", List.of(map("title", "Services", "url", Urls.services())));
        m.put("service", map("id", s.id(), "name", s.name(), "category", s.category().keyword(),
                "categoryTitle", s.category().label(), "summary", rendered.of(s.summary()).html()));
        List<Object> layers = new ArrayList<>();
        for (Layer l : index.content().standard().layers()) {
            s.responsibilities().stream().filter(r -> r.layer().id().equals(l.id())).findFirst().ifPresent(r ->
                    layers.add(map("id", l.id(), "title", l.title(), "owner", r.owner().keyword(),
                            "notes", rendered.of(r.notes()).html())));
        }
        m.put("layers", layers);
        Fragment guidance = rendered.of(s.guidance());
        m.put("guidance", guidance.html());
        m.put("toc", headings(guidance));
        List<Object> controls = new ArrayList<>();
        for (Control c : controlsFor(s)) {
            Applicability a = c.services().stream().filter(x -> x.service().id().equals(s.id())).findFirst().get();
            Map<String, Object> row = new LinkedHashMap<>(summaries.get(c.id()));
            row.put("splitResponsibility", a.responsibility().or(c::responsibility).map(Responsibility::keyword).orElse(""));
            row.put("customer", rendered.of(a.customer()).html());
            row.put("provider", rendered.of(a.provider()).html());
            controls.add(row);
        }
        m.put("controls", controls);
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

    public Map<String, Object> framework(Framework f) {
        Map<String, Object> m = base("framework", Urls.framework(f.id()), f.title());
        m.put("breadcrumbs", List.of(map("title", "Frameworks", "url", Urls.frameworks())));
        m.put("framework", map("id", f.id(), "title", f.title()));
        List<Object> ids = new ArrayList<>();
        crosswalk.identifiers(f.id()).forEach((id, controls) -> ids.add(map("id", id,
                "external", f.urlFor(id).orElse(""), "controls", controlList(controls))));
        m.put("identifiers", ids);
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
