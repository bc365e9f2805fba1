package org.bulwark.render;

import static org.bulwark.render.Data.map;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.bulwark.link.ControlSection;
import org.bulwark.link.Urls;
import org.bulwark.model.Applicability;
import org.bulwark.model.Area;
import org.bulwark.model.Control;
import org.bulwark.model.Service;

/** The model of a control's page (or a withdrawn control's tombstone), and of a former id's redirect. */
final class ControlPage {
    private ControlPage() {}

    static Map<String, Object> model(PageContext context, Route route, Control c) {
        RenderedContent rendered = context.rendered();
        Map<String, Object> m = context.base(route, c.id() + ": " + c.title());
        m.put("control", context.summary(c.id()));
        Area area = context.index().area(c.area().id()).orElse(null);
        m.put("breadcrumbs", List.of(map("title", area == null ? c.area().id() : area.title(),
                "url", Urls.area(c.area().id()))));
        m.put("topicUrl", context.listing().listedAt(c));
        m.put("owner", c.owner().orElse(""));
        m.put("reviewed", c.reviewed().orElse(""));
        String rationale = rendered.of(c.rationale()).html();
        m.put("rationale", rationale);
        Fragment guidance = rendered.of(c.guidance());
        m.put("guidance", guidance.html());
        List<Object> reqs = new ArrayList<>();
        // a requirement raised above its control's level says so; the others share the control's
        c.requirements().forEach(r -> reqs.add(map("id", r.id(), "html", rendered.of(r.text()).html(),
                "level", c.levelOf(r) == c.level() ? "" : c.levelOf(r).keyword())));
        m.put("requirements", reqs);
        List<Object> services = new ArrayList<>();
        for (Applicability a : c.services()) {
            Service s = context.index().service(a.service().id()).orElse(null);
            services.add(map("id", a.service().id(), "name", s == null ? a.service().id() : s.name(),
                    "url", Urls.service(a.service().id()),
                    "responsibility", a.responsibility().or(c::responsibility).map(x -> x.keyword()).orElse(""),
                    "provider", rendered.of(a.provider()).html(), "customer", rendered.of(a.customer()).html()));
        }
        m.put("services", services);
        List<Object> verification = new ArrayList<>();
        c.verification().forEach(v -> verification.add(map("method", v.method().keyword(),
                "methodTitle", v.method().title(), "ref", v.ref().orElse(""),
                // a framework's identifier links to its cross-walk row, any other ref to the verification index
                "refUrl", context.verificationUrl(c, v),
                "html", rendered.of(v.description()).html())));
        m.put("verification", verification);
        List<Object> evidence = new ArrayList<>();
        c.evidence().forEach(e -> evidence.add(map("id", e.id(), "html", rendered.of(e.description()).html())));
        m.put("evidence", evidence);
        List<Object> references = context.citations(c.references());
        m.put("references", references);
        List<Object> related = context.summaries(c.related().stream().map(r -> context.resolve(r.id()))
                .flatMap(Optional::stream).toList());
        m.put("related", related);
        m.put("aliases", c.aliases().stream().map(r -> r.id()).toList());
        c.supersededBy().flatMap(r -> context.resolve(r.id())).ifPresent(s -> m.put("successor", context.summary(s.id())));
        List<Object> predecessors = context.summaries(context.listing().predecessors(c.id()));
        m.put("predecessors", predecessors);
        List<Object> backlinks = new ArrayList<>();
        for (RenderedContent.Backlink b : rendered.backlinks(c.id())) {
            if (b.kind().equals("control") && !context.isPublished(b.id())) continue;
            backlinks.add(map("kind", b.kind(), "id", b.id(), "title", b.title(), "url", b.url()));
        }
        m.put("referencedBy", backlinks);
        // the published URL with --base-url, else the path in the site: a citation always says where
        String url = context.absolute(Urls.control(c.id()));
        m.put("citeUrl", url.isEmpty() ? "/" + context.sitePath(Urls.control(c.id())) : url);
        ControlHistory.model(context, c, m);
        Set<ControlSection> has = EnumSet.of(ControlSection.STATEMENT, ControlSection.CITE);
        if (!reqs.isEmpty()) has.add(ControlSection.REQUIREMENTS);
        if (!rationale.isEmpty()) has.add(ControlSection.RATIONALE);
        if (!guidance.isEmpty()) has.add(ControlSection.GUIDANCE);
        if (!services.isEmpty()) has.add(ControlSection.SERVICES);
        if (!verification.isEmpty()) has.add(ControlSection.VERIFICATION);
        if (!evidence.isEmpty()) has.add(ControlSection.EVIDENCE);
        if (!references.isEmpty()) has.add(ControlSection.REFERENCES);
        if (!related.isEmpty() || !predecessors.isEmpty()) has.add(ControlSection.RELATED);
        if (!backlinks.isEmpty()) has.add(ControlSection.REFERENCED_BY);
        // a standard without releases has no history to show: the page keeps the anchor alone
        if (m.containsKey("history")) has.add(ControlSection.HISTORY);
        sections(m, has, guidance);
        return m;
    }

    /**
     * The page's sections from {@link ControlSection}: their headings ({@code sectionTitle}), the
     * table of contents ({@code sections}: the sections the control has, with the guidance's top
     * headings under Guidance), the anchors of the sections it has nothing for ({@code
     * placeholders}), and what the page holds in their place ({@code absent}), so a cited link
     * never loses its target and every anchor stays in the sections' order.
     *
     * <p>{@code absent} maps the first anchor of each run of empty sections to what stands there:
     * the anchors of the run and a quiet line. Consecutive empty sections that auditors look for
     * (verification, evidence, references) share one line, "No verification method or evidence
     * items recorded."; any other empty section leaves only its anchor, and no line.
     */
    private static void sections(Map<String, Object> m, Set<ControlSection> has, Fragment guidance) {
        Map<String, Object> titles = new LinkedHashMap<>();
        for (ControlSection s : ControlSection.values()) titles.put(s.anchor(), s.title());
        m.put("sectionTitle", titles);
        List<Object> toc = new ArrayList<>();
        List<Object> placeholders = new ArrayList<>();
        Map<String, Object> absent = new LinkedHashMap<>();
        List<ControlSection> run = new ArrayList<>();
        for (ControlSection s : ControlSection.values()) {
            boolean quiet = !has.contains(s) && !s.absent().isEmpty();
            if (!quiet && !run.isEmpty()) {
                absent.put(run.get(0).anchor(), note(run));
                run = new ArrayList<>();
            }
            if (quiet) {
                run.add(s);
            } else if (!has.contains(s)) {
                absent.put(s.anchor(), map("anchors", List.of(s.anchor()), "note", ""));
            }
            if (!has.contains(s)) placeholders.add(s.anchor());
            if (!has.contains(s) || s == ControlSection.REQUIREMENTS) continue; // requirements are part of the statement
            toc.add(map("level", 2, "id", s.anchor(), "text", s.title()));
            if (s == ControlSection.GUIDANCE) toc.addAll(topHeadings(guidance));
        }
        if (!run.isEmpty()) absent.put(run.get(0).anchor(), note(run));
        m.put("sections", toc);
        m.put("placeholders", placeholders);
        m.put("absent", absent);
    }

    /** One quiet line for a run of empty sections: "No verification method, evidence items or framework references recorded." */
    private static Map<String, Object> note(List<ControlSection> run) {
        List<String> what = run.stream().map(ControlSection::absent).toList();
        String list = what.size() == 1 ? what.get(0)
                : String.join(", ", what.subList(0, what.size() - 1)) + " or " + what.get(what.size() - 1);
        return map("anchors", run.stream().map(ControlSection::anchor).toList(), "note", "No " + list + " recorded.");
    }

    /** The guidance's top headings, whatever level the author chose, as entries under Guidance. */
    private static List<Object> topHeadings(Fragment guidance) {
        int top = 7;
        for (Fragment.Heading h : guidance.headings()) top = Math.min(top, h.level());
        List<Object> out = new ArrayList<>();
        for (Fragment.Heading h : guidance.headings()) {
            if (h.level() == top) out.add(map("level", 3, "id", h.id(), "text", h.text()));
        }
        return out;
    }

    /** A former id's page: the control it now names, and a canonical link to its page. */
    static Map<String, Object> redirect(PageContext context, Route route, String alias, Control target) {
        Map<String, Object> m = context.base(route, alias + " is now " + target.id());
        m.put("alias", alias);
        m.put("control", context.summary(target.id()));
        m.put("canonical", context.absolute(Urls.control(target.id())));
        return m;
    }
}
