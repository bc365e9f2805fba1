package org.bulwark.render;

import static org.bulwark.render.Data.map;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bulwark.link.ControlSection;
import org.bulwark.link.Index;
import org.bulwark.link.Urls;
import org.bulwark.model.Applicability;
import org.bulwark.model.Area;
import org.bulwark.model.Citation;
import org.bulwark.model.Control;
import org.bulwark.model.Framework;
import org.bulwark.model.Layer;
import org.bulwark.model.LayerOwner;
import org.bulwark.model.Service;
import org.bulwark.model.Standard;
import org.bulwark.model.Term;

/**
 * The model of the print document: the whole standard, to print or save as PDF. Contents; each
 * area with its guidance and every listed control with all its sections; the services with
 * their layer tables; the glossary. Every anchor is scoped to what it belongs to ({@link
 * PrintAnchors}), so the document's anchors never collide.
 *
 * <p>A standard of up to {@link #VOLUME} controls is one page. A larger one is split into volumes
 * of that many controls, area by area ({@code print/}, {@code print/page/2/}, ...): a browser
 * takes minutes to lay out a few hundred controls for print, and never finishes ten thousand
 * (bench/README.md). The first volume opens with the title and the contents of them all; the
 * last closes with the services and the glossary.
 */
final class PrintPage {
    /** Controls per volume of the print document. */
    static final int VOLUME = 500;

    private PrintPage() {}

    /** The listed controls in the document's order: area by area, topic by topic, as the area pages list them. */
    static List<Control> ordered(Listing listing) {
        List<Control> out = new ArrayList<>();
        for (Listing.AreaListing a : listing.areas()) out.addAll(a.controls());
        return out;
    }

    /** How many volumes the document takes. */
    static int volumes(Listing listing) {
        return Pagination.count(ordered(listing).size(), VOLUME);
    }

    /** Links between volumes: the volume of each control, and the volume an area starts in. */
    private record Places(Map<String, Integer> controls, Map<String, Integer> areas, int last) {
        static Places of(Listing listing) {
            Map<String, Integer> controls = new HashMap<>();
            Map<String, Integer> areas = new HashMap<>();
            int last = volumes(listing);
            int n = 0;
            for (Listing.AreaListing a : listing.areas()) {
                // an area without controls after a full volume opens none of its own
                areas.put(a.area().id(), Math.min(last, n / VOLUME + 1));
                for (Control c : a.controls()) controls.put(c.id(), n++ / VOLUME + 1);
            }
            return new Places(controls, areas, last);
        }

        /** A link to an anchor of volume {@code volume}, from volume {@code here}: {@code url} is empty within one. */
        static Map<String, Object> link(int here, int volume, String anchor) {
            return map("url", volume == here ? "" : Pagination.url(Urls.print(), volume), "anchor", anchor);
        }
    }

    static Map<String, Object> model(PageContext context, Route route) {
        Standard s = context.index().content().standard();
        RenderedContent rendered = context.rendered();
        Listing listing = context.listing();
        List<Control> all = ordered(listing);
        Pagination volume = new Pagination(Urls.print(), route.number(), all.size(), VOLUME);
        Places places = Places.of(listing);
        int here = volume.number();
        PrintAnchors anchors = new PrintAnchors();
        Map<String, Object> m = context.base(route, s.title() + ", version " + s.version()
                + (volume.paged() ? ", volume " + here + " of " + volume.count() : ""));
        for (String a : List.of("contents", "areas", "services", "glossary")) anchors.reserve(a);
        m.put("volume", volume.model());
        m.put("volumeSize", VOLUME);
        m.put("summary", here == 1 ? anchors.scope(rendered.standardSummary().html(), "standard/") : "");
        List<Control> shown = volume.slice(all);
        java.util.Set<String> inVolume = new java.util.HashSet<>();
        shown.forEach(c -> inVolume.add(c.id()));
        List<Object> contents = new ArrayList<>();
        List<Object> areas = new ArrayList<>();
        for (Listing.AreaListing a : listing.areas()) {
            Area area = a.area();
            String anchor = PrintAnchors.area(area.id());
            List<Control> mine = a.controls().stream().filter(c -> inVolume.contains(c.id())).toList();
            List<Object> listed = new ArrayList<>();
            for (Control c : mine) listed.add(map("id", c.id(), "title", c.title(), "anchor", PrintAnchors.control(c.id())));
            int starts = places.areas().get(area.id());
            contents.add(map("title", area.title(), "count", a.controls().size(), "controls", listed,
                    "link", Places.link(here, starts, anchor)));
            boolean startsHere = starts == here;
            if (!startsHere && mine.isEmpty()) continue;
            String prefix = PrintAnchors.within(anchors.reserve(anchor));
            List<Object> controls = new ArrayList<>();
            for (Control c : mine) controls.add(control(context, anchors, places, here, c));
            areas.add(map("id", area.id(), "anchor", anchor, "title", area.title(), "continued", !startsHere,
                    "summary", startsHere ? anchors.scope(rendered.of(area.summary()).html(), prefix) : "",
                    "body", startsHere ? anchors.scope(rendered.of(area.body()).html(), prefix) : "",
                    "controls", controls));
        }
        m.put("contents", contents);
        m.put("areas", areas);
        m.put("count", all.size());
        m.put("areaCount", listing.areas().size());
        boolean last = here == places.last();
        m.put("closing", Places.link(here, places.last(), ""));
        m.put("services", last ? services(context, anchors, places, here) : List.of());
        List<Object> glossary = new ArrayList<>();
        List<Term> terms = new ArrayList<>(context.index().content().glossary());
        terms.sort((x, y) -> x.term().compareToIgnoreCase(y.term()));
        for (Term t : last ? terms : List.<Term>of()) {
            String anchor = anchors.reserve(PrintAnchors.term(Index.termAnchor(t.term())));
            String prefix = PrintAnchors.within(anchor);
            glossary.add(map("term", t.term(), "anchor", anchor,
                    "aliases", t.aliases(), "html", anchors.scope(rendered.of(t.definition()).html(), prefix)));
        }
        m.put("glossary", glossary);
        m.put("hasServices", !context.index().content().services().isEmpty());
        m.put("hasGlossary", !terms.isEmpty());
        return m;
    }

    /** One control with every section its page has, its anchors under {@code control/<ID>/}. */
    private static Map<String, Object> control(PageContext context, PrintAnchors anchors, Places places, int here,
                                               Control c) {
        RenderedContent rendered = context.rendered();
        String anchor = anchors.reserve(PrintAnchors.control(c.id()));
        String p = PrintAnchors.within(anchor);
        Map<String, Object> m = new LinkedHashMap<>(context.summary(c.id()));
        m.put("anchor", anchor);
        m.put("prefix", p);
        for (ControlSection section : ControlSection.values()) anchors.reserve(p + section.anchor());
        c.requirements().forEach(r -> anchors.reserve(p + "req-" + r.id()));
        c.evidence().forEach(e -> anchors.reserve(p + "evidence-" + e.id()));
        m.put("owner", c.owner().orElse(""));
        m.put("reviewed", c.reviewed().orElse(""));
        m.put("aliases", c.aliases().stream().map(r -> r.id()).toList());
        m.put("statement", anchors.scope(rendered.of(c.statement()).html(), p));
        List<Object> requirements = new ArrayList<>();
        c.requirements().forEach(r -> requirements.add(map("id", r.id(), "level", c.levelOf(r).keyword(),
                "html", anchors.scope(rendered.of(r.text()).html(), p))));
        m.put("requirements", requirements);
        m.put("rationale", anchors.scope(rendered.of(c.rationale()).html(), p));
        m.put("guidance", anchors.scope(rendered.of(c.guidance()).html(), p));
        List<Object> services = new ArrayList<>();
        for (Applicability a : c.services()) {
            Optional<Service> s = context.index().service(a.service().id());
            services.add(map("id", a.service().id(), "name", s.map(Service::name).orElse(a.service().id()),
                    "responsibility", a.responsibility().or(c::responsibility).map(x -> x.keyword()).orElse(""),
                    "provider", anchors.scope(rendered.of(a.provider()).html(), p),
                    "customer", anchors.scope(rendered.of(a.customer()).html(), p)));
        }
        m.put("services", services);
        List<Object> verification = new ArrayList<>();
        c.verification().forEach(v -> verification.add(map("methodTitle", v.method().title(),
                "ref", v.ref().orElse(""), "html", anchors.scope(rendered.of(v.description()).html(), p))));
        m.put("verification", verification);
        List<Object> evidence = new ArrayList<>();
        c.evidence().forEach(e -> evidence.add(map("id", e.id(),
                "html", anchors.scope(rendered.of(e.description()).html(), p))));
        m.put("evidence", evidence);
        List<Object> references = new ArrayList<>();
        for (Citation citation : c.references()) {
            Optional<Framework> fw = context.index().framework(citation.framework().id());
            if (fw.isEmpty()) continue;
            references.add(map("title", fw.get().title(),
                    "identifiers", citation.identifiers().stream().map(r -> r.id()).toList()));
        }
        m.put("references", references);
        List<Object> related = new ArrayList<>();
        for (var r : c.related()) {
            // a related control that is no longer listed (withdrawn) is named, not linked
            context.resolve(r.id()).ifPresent(x -> related.add(map("id", x.id(), "title", x.title(),
                    "link", x.listed() ? Places.link(here, places.controls().get(x.id()), PrintAnchors.control(x.id()))
                            : null)));
        }
        m.put("related", related);
        // the summary's successor is the id as written: here, the control it resolves to, or none
        m.put("successor", c.supersededBy().flatMap(r -> context.resolve(r.id())).map(Control::id).orElse(""));
        return m;
    }

    /** Each service: who owns each layer, what the customer must do there, the controls that apply. */
    private static List<Object> services(PageContext context, PrintAnchors anchors, Places places, int here) {
        RenderedContent rendered = context.rendered();
        List<Layer> layers = context.index().content().standard().layers();
        List<Object> out = new ArrayList<>();
        for (Service s : context.index().content().services()) {
            String anchor = anchors.reserve(PrintAnchors.service(s.id()));
            String p = PrintAnchors.within(anchor);
            List<Object> rows = new ArrayList<>();
            for (Layer l : layers) {
                for (LayerOwner lo : s.responsibilities()) {
                    if (!lo.layer().id().equals(l.id())) continue;
                    rows.add(map("title", l.title(), "owner", lo.owner().keyword(),
                            "notes", anchors.scope(rendered.of(lo.notes()).html(), p)));
                    break;
                }
            }
            List<Object> controls = new ArrayList<>();
            for (Control c : context.listing().service(s.id())) {
                controls.add(map("id", c.id(), "title", c.title(),
                        "link", Places.link(here, places.controls().get(c.id()), PrintAnchors.control(c.id()))));
            }
            out.add(map("id", s.id(), "anchor", anchor, "name", s.name(),
                    "category", s.category().label(), "summary", anchors.scope(rendered.of(s.summary()).html(), p),
                    "layers", rows, "guidance", anchors.scope(rendered.of(s.guidance()).html(), p),
                    "controls", controls));
        }
        return out;
    }
}
