package org.bulwark.render;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.bulwark.link.Dependency;
import org.bulwark.link.Index;
import org.bulwark.model.Applicability;
import org.bulwark.model.Area;
import org.bulwark.model.Control;
import org.bulwark.model.Evidence;
import org.bulwark.model.LayerOwner;
import org.bulwark.model.Page;
import org.bulwark.model.Requirement;
import org.bulwark.model.Service;
import org.bulwark.model.Term;
import org.bulwark.model.Verification;

/**
 * Every Markdown fragment of the standard rendered exactly once (in parallel), plus what the
 * cross-references make: the backlinks (which controls, areas, services and pages refer to each
 * control) and, for every entity, what its Markdown refers to (whose titles its rendered
 * fragments show).
 */
public final class RenderedContent {
    /** Who refers to a control: kind (control, area, service, page, term), id, title, url. */
    public record Backlink(String kind, String id, String title, String url) {

        /** The entity the backlink comes from. */
        public Dependency source() {
            return switch (kind) {
                case "control" -> Dependency.control(id);
                case "area" -> Dependency.area(id);
                case "service" -> Dependency.service(id);
                case "page" -> Dependency.page(id);
                default -> Dependency.term(id);
            };
        }
    }

    /** Filled in parallel while rendering, then only read: by identity of the Markdown value. */
    private final Map<Object, Fragment> lookup;
    private final Map<Object, Fragment> fragments;
    private final Map<String, java.util.Set<Backlink>> backlinks = new ConcurrentHashMap<>();
    /** Per entity (a control, area, ... or the standard), what its fragments' cross-references show. */
    private final Map<Dependency, java.util.Set<Dependency>> references = new ConcurrentHashMap<>();
    private final Fragment standardSummary;
    private final Fragment baselineIntro;

    public RenderedContent(Index index, List<Control> controls, FragmentRenderer md) {
        // about ten fragments per control: sized once (serve makes one of these per edit)
        lookup = new java.util.IdentityHashMap<>(controls.size() * 12 + 64);
        fragments = java.util.Collections.synchronizedMap(lookup);
        Dependency standard = Dependency.standard();
        standardSummary = refers(standard, put(index.content().standard().summary(),
                md.render(index.content().standard().summary(), "", 1, standard)));
        baselineIntro = refers(standard, put(index.content().standard().baseline().intro(),
                md.render(index.content().standard().baseline().intro(), "", 1, standard)));
        controls.parallelStream().forEach(c -> control(c, md));
        for (Area a : index.content().areas()) {
            Backlink self = new Backlink("area", a.id(), a.title(), org.bulwark.link.Urls.area(a.id()));
            refers(self.source(), put(a.summary(), md.render(a.summary(), "", 1, self.source())));
            Fragment body = md.render(a.body(), "", 1, self.source());
            put(a.body(), body);
            link(body, self);
        }
        index.content().services().parallelStream().forEach(s -> service(s, md));
        for (Page p : index.content().pages()) {
            Backlink self = new Backlink("page", p.id(), p.title(), org.bulwark.link.Urls.page(p.id()));
            refers(self.source(), put(p.summary(), md.render(p.summary(), "", 1, self.source())));
            Fragment body = md.render(p.body(), "", 1, self.source());
            put(p.body(), body);
            link(body, self);
        }
        for (Term t : index.content().glossary()) {
            Fragment f = md.render(t.definition(), "", 2, Dependency.term(Index.termAnchor(t.term())));
            put(t.definition(), f);
            link(f, new Backlink("term", Index.termAnchor(t.term()), t.term(),
                    org.bulwark.link.Urls.glossary() + "#" + Index.termAnchor(t.term())));
        }
        // rendering is done: reads from here on need no lock (the parallel streams joined above)
    }

    private void control(Control c, FragmentRenderer md) {
        Backlink self = new Backlink("control", c.id(), c.title(), org.bulwark.link.Urls.control(c.id()));
        Dependency owner = self.source();
        List<Fragment> all = new ArrayList<>();
        all.add(put(c.statement(), md.render(c.statement(), "statement-", 2, owner)));
        for (Requirement r : c.requirements()) all.add(put(r.text(), md.render(r.text(), "req-" + r.id() + "-", 3, owner)));
        all.add(put(c.rationale(), md.render(c.rationale(), "rationale-", 2, owner)));
        all.add(put(c.guidance(), md.render(c.guidance(), "guidance-", 2, owner)));
        for (Applicability a : c.services()) {
            all.add(put(a.provider(), md.render(a.provider(), "", 4, owner)));
            all.add(put(a.customer(), md.render(a.customer(), "", 4, owner)));
        }
        for (Verification v : c.verification()) all.add(put(v.description(), md.render(v.description(), "", 4, owner)));
        for (Evidence e : c.evidence()) all.add(put(e.description(), md.render(e.description(), "", 4, owner)));
        for (Fragment f : all) link(f, self);
        for (var r : c.related()) addBacklink(r.id(), self);
    }

    private void service(Service s, FragmentRenderer md) {
        Backlink self = new Backlink("service", s.id(), s.name(), org.bulwark.link.Urls.service(s.id()));
        Dependency owner = self.source();
        link(put(s.summary(), md.render(s.summary(), "", 1, owner)), self);
        for (LayerOwner lo : s.responsibilities()) link(put(lo.notes(), md.render(lo.notes(), "", 3, owner)), self);
        link(put(s.guidance(), md.render(s.guidance(), "guidance-", 1, owner)), self);
    }

    private Fragment put(Object markdown, Fragment f) {
        // every written field, even one that makes no HTML (a link definition alone): exports read its prose
        if (f != Fragment.EMPTY) fragments.put(markdown, f);
        return f;
    }

    /** Notes what a fragment of {@code source} refers to; the fragment itself, for chaining. */
    private Fragment refers(Dependency source, Fragment f) {
        if (!f.references().isEmpty()) {
            references.computeIfAbsent(source, k -> ConcurrentHashMap.newKeySet()).addAll(f.references());
        }
        return f;
    }

    private void link(Fragment f, Backlink from) {
        if (f.references().isEmpty()) return; // nearly every fragment
        refers(from.source(), f);
        for (String target : f.controls()) {
            if (!(from.kind().equals("control") && from.id().equals(target))) addBacklink(target, from);
        }
    }

    private void addBacklink(String target, Backlink from) {
        backlinks.computeIfAbsent(target, k -> ConcurrentHashMap.newKeySet()).add(from);
    }

    /** The rendered form of a Markdown value of the model (identity of the record). */
    public Fragment of(Object markdown) {
        Fragment f = lookup.get(markdown);
        return f == null ? Fragment.EMPTY : f;
    }

    public Fragment standardSummary() {
        return standardSummary;
    }

    public Fragment baselineIntro() {
        return baselineIntro;
    }

    /** Backlinks of a control, sorted by kind then id, deterministic whatever the thread order. */
    public List<Backlink> backlinks(String controlId) {
        Collection<Backlink> set = backlinks.getOrDefault(controlId, java.util.Set.of());
        TreeMap<String, Backlink> sorted = new TreeMap<>();
        for (Backlink b : set) sorted.put(kindOrder(b.kind()) + b.kind() + "\0" + b.id(), b);
        return List.copyOf(sorted.values());
    }

    /**
     * What the Markdown of {@code source} refers to: of one entity, or of every entity of a kind
     * ({@link Dependency#ALL}). A page showing an entity's fragments shows these things' titles.
     */
    public java.util.Set<Dependency> references(Dependency source) {
        if (!source.isAll()) return references.getOrDefault(source, java.util.Set.of());
        java.util.Set<Dependency> out = new java.util.HashSet<>();
        references.forEach((from, to) -> {
            if (from.kind() == source.kind()) out.addAll(to);
        });
        return out;
    }

    /** The entities whose Markdown refers to any of {@code targets} (by {@link Dependency#matches}). */
    public java.util.Set<Dependency> sourcesReferringTo(Collection<Dependency> targets) {
        java.util.Set<Dependency> out = new java.util.HashSet<>();
        if (targets.isEmpty()) return out;
        boolean anyAll = targets.stream().anyMatch(Dependency::isAll);
        references.forEach((from, to) -> {
            for (Dependency t : targets) {
                if (anyAll ? to.stream().anyMatch(t::matches) : to.contains(t)) {
                    out.add(from);
                    return;
                }
            }
        });
        return out;
    }

    /** The controls that any of {@code sources} refers to (what their "referenced by" lists show), by {@link Dependency#matches}. */
    public java.util.Set<String> referredBy(Collection<Dependency> sources) {
        java.util.Set<String> out = new java.util.HashSet<>();
        boolean anyAll = sources.stream().anyMatch(Dependency::isAll);
        java.util.Set<Dependency> concrete = java.util.Set.copyOf(sources);
        backlinks.forEach((control, from) -> {
            for (Backlink b : from) {
                Dependency source = b.source();
                if (anyAll ? sources.stream().anyMatch(source::matches) : concrete.contains(source)) {
                    out.add(control);
                    return;
                }
            }
        });
        return out;
    }

    /** Who refers to a control, by cross-reference or as related: the entities its backlinks come from. */
    public java.util.Set<Dependency> referrers(String controlId) {
        java.util.Set<Dependency> out = new java.util.HashSet<>();
        for (Backlink b : backlinks.getOrDefault(controlId, java.util.Set.of())) out.add(b.source());
        return out;
    }

    private static int kindOrder(String kind) {
        return switch (kind) {
            case "control" -> 0;
            case "area" -> 1;
            case "service" -> 2;
            case "page" -> 3;
            default -> 4;
        };
    }

}
