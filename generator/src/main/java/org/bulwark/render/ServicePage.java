package org.bulwark.render;

import static org.bulwark.render.Data.map;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bulwark.link.ServicePart;
import org.bulwark.link.Urls;
import org.bulwark.model.Applicability;
import org.bulwark.model.Control;
import org.bulwark.model.Layer;
import org.bulwark.model.Service;

/** The model of the services overview (who secures which layer of each service) and of a service's pages. */
final class ServicePage {
    private ServicePage() {}

    static Map<String, Object> overview(PageContext context, Route route) {
        Map<String, Object> m = context.base(route, "Shared responsibility by service");
        List<Layer> layerList = context.index().content().standard().layers();
        List<Object> layers = new ArrayList<>();
        for (Layer l : layerList) layers.add(map("id", l.id(), "title", l.title()));
        m.put("layers", layers);
        List<Object> rows = new ArrayList<>();
        for (Service s : context.index().content().services()) {
            List<Object> cells = new ArrayList<>();
            for (Layer l : layerList) {
                String owner = s.responsibilities().stream().filter(r -> r.layer().id().equals(l.id()))
                        .findFirst().map(r -> r.owner().keyword()).orElse("");
                cells.add(map("layer", l.id(), "owner", owner));
            }
            rows.add(map("id", s.id(), "name", s.name(), "url", Urls.service(s.id()), "category", s.category().keyword(),
                    "cells", cells, "controls", context.listing().service(s.id()).size()));
        }
        m.put("services", rows);
        return m;
    }

    /** Page {@code route.number()} of a service: page 1 has its layers and guidance; every page a part of its controls. */
    static Map<String, Object> model(PageContext context, Route route, Service s) {
        RenderedContent rendered = context.rendered();
        List<Control> all = context.listing().service(s.id());
        int number = route.number();
        Pagination pages = new Pagination(Urls.service(s.id()), number, all.size(), Pagination.PAGE_SIZE);
        Map<String, Object> m = context.base(route, s.name() + PageContext.pageSuffix(pages));
        List<Object> crumbs = new ArrayList<>(List.of(map("title", "Services", "url", Urls.services())));
        if (number > 1) {
            crumbs.add(map("title", s.name(), "url", Urls.service(s.id())));
            m.put("crumb", PageContext.crumb(pages));
        }
        m.put("breadcrumbs", crumbs);
        m.put("service", map("id", s.id(), "name", s.name(), "category", s.category().keyword(),
                "categoryTitle", s.category().label(), "summary", rendered.of(s.summary()).html()));
        List<Object> layers = new ArrayList<>();
        Fragment guidance = rendered.of(s.guidance());
        if (number == 1) {
            for (Layer l : context.index().content().standard().layers()) {
                s.responsibilities().stream().filter(r -> r.layer().id().equals(l.id())).findFirst().ifPresent(r ->
                        layers.add(map("id", l.id(), "title", l.title(), "owner", r.owner().keyword(),
                                "notes", rendered.of(r.notes()).html())));
            }
        }
        m.put("layers", layers);
        m.put("guidance", number == 1 ? guidance.html() : "");
        m.put("toc", number == 1 ? PageContext.headings(guidance) : List.of());
        List<Object> controls = new ArrayList<>();
        for (Control c : pages.slice(all)) {
            Applicability a = c.services().stream().filter(x -> x.service().id().equals(s.id())).findFirst().get();
            ServicePart part = new ServicePart(c, a);
            Map<String, Object> row = new LinkedHashMap<>(context.summary(c.id()));
            // never only badges: without a customer text of its own, the control's statement is the part
            row.put("customer", rendered.of(part.customer()).html());
            row.put("wholeControl", part.wholeControl());
            row.put("provider", rendered.of(part.provider()).html());
            controls.add(row);
        }
        m.put("controls", controls);
        m.put("count", all.size());
        m.put("pager", pages.model());
        return m;
    }
}
