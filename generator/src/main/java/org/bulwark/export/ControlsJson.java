package org.bulwark.export;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.bulwark.history.Changes;
import org.bulwark.history.History;
import org.bulwark.history.Release;
import org.bulwark.link.Index;
import org.bulwark.link.Urls;
import org.bulwark.model.Applicability;
import org.bulwark.model.Area;
import org.bulwark.model.Citation;
import org.bulwark.model.Control;
import org.bulwark.model.Evidence;
import org.bulwark.model.Framework;
import org.bulwark.model.Keyword;
import org.bulwark.model.Layer;
import org.bulwark.model.LayerOwner;
import org.bulwark.model.Markdown;
import org.bulwark.model.Ref;
import org.bulwark.model.Requirement;
import org.bulwark.model.Service;
import org.bulwark.model.Standard;
import org.bulwark.model.Term;
import org.bulwark.model.Topic;
import org.bulwark.model.Verification;

/**
 * {@code controls.json}: the whole standard, resolved, for GRC tools and scripts. Its shape is
 * {@code controls.schema.json} (written beside it): every key is always present, {@code null}
 * where the content leaves it out; Markdown fields carry the author's Markdown with
 * cross-references as readable text; URLs are absolute with {@code --base-url}, else relative
 * to the site root.
 */
final class ControlsJson {
    static final String FILE = "controls.json";
    static final String SCHEMA_FILE = "controls.schema.json";
    static final int FORMAT_VERSION = 1;

    private final ExportInput input;
    private final Index index;
    private final Prose prose;
    private final Set<String> publishedIds;
    /** Service id -> the listed controls that apply to it, in catalogue order. */
    private final Map<String, List<Control>> byService = new HashMap<>();
    private final Map<String, Set<String>> citedByFramework = new HashMap<>();
    private final List<Control> listed;

    ControlsJson(ExportInput input, Prose prose) {
        this.input = input;
        this.index = input.index();
        this.prose = prose;
        this.publishedIds = new HashSet<>(input.published().stream().map(Control::id).toList());
        this.listed = input.listed();
        for (Control c : listed) {
            for (Applicability a : c.services()) {
                List<Control> list = byService.computeIfAbsent(a.service().id(), k -> new ArrayList<>());
                if (list.isEmpty() || list.get(list.size() - 1) != c) list.add(c);
            }
        }
    }

    /** Writes the document to the stream, which stays open. */
    void write(OutputStream out) {
        Standard s = index.content().standard();
        try (JsonDocument json = JsonDocument.to(out, JsonDocument.EmptyArrays.KEEP)) {
            json.object();
            json.field("$schema", input.siteUrl(SCHEMA_FILE));
            json.field("format_version", FORMAT_VERSION);
            standard(json, s);
            baseline(json, s);
            releases(json);
            json.array("layers");
            for (Layer l : s.layers()) json.object().field("id", l.id()).field("title", l.title()).end();
            json.end().array("frameworks");
            for (Framework f : s.frameworks()) framework(json, f);
            json.end().array("areas");
            for (Area a : index.content().areas()) area(json, a);
            json.end().array("controls");
            for (Control c : input.published()) control(json, c);
            // former ids are unique among themselves and with the current ones: validation says so
            json.end().object("aliases");
            for (Control c : input.published()) for (Ref a : c.aliases()) json.field(a.id(), c.id());
            json.end().array("services");
            for (Service sv : index.content().services()) service(json, sv);
            json.end().array("glossary");
            for (Term t : index.content().glossary()) term(json, t);
            json.end().end();
        }
    }

    private void standard(JsonDocument json, Standard s) {
        json.object("standard");
        json.field("id", s.id());
        json.field("title", s.title());
        json.field("version", s.version());
        json.field("owner", blankToNull(s.owner()));
        json.field("effective", blankToNull(s.effective()));
        json.field("provider", s.provider());
        json.field("summary", md(s.summary()));
        json.field("url", input.url(Urls.home()));
        json.end();
    }

    private void baseline(JsonDocument json, Standard s) {
        json.object("baseline");
        json.field("title", s.baseline().title());
        json.field("intro", md(s.baseline().intro()));
        json.field("url", input.url(Urls.baseline()));
        ids(json, "controls", input.baseline());
        json.end();
    }

    private void framework(JsonDocument json, Framework f) {
        json.object();
        json.field("id", f.id());
        json.field("title", f.title());
        json.field("url", input.url(Urls.framework(f.id())));
        json.field("source_url_template", f.url().orElse(null));
        json.array("identifiers");
        for (Map.Entry<String, List<Control>> e : input.crosswalk().identifiers(f.id()).entrySet()) {
            json.object();
            json.field("id", e.getKey());
            json.field("url", input.url(org.bulwark.link.Crosswalk.url(f.id(), e.getKey())));
            json.field("source_url", f.urlFor(e.getKey()).orElse(null));
            ids(json, "controls", e.getValue());
            json.end();
        }
        json.end().end();
    }

    private void area(JsonDocument json, Area a) {
        json.object();
        json.field("id", a.id());
        json.field("title", a.title());
        json.field("order", a.order());
        json.field("url", input.url(Urls.area(a.id())));
        json.field("summary", md(a.summary()));
        json.field("guidance", md(a.body()));
        List<Control> inArea = listed.stream().filter(c -> c.area().id().equals(a.id())).toList();
        json.array("topics");
        for (Topic t : a.topics()) {
            json.object().field("id", t.id()).field("title", t.title());
            ids(json, "controls", inArea.stream()
                    .filter(c -> c.topic().map(x -> x.id().equals(t.id())).orElse(false)).toList());
            json.end();
        }
        json.end();
        ids(json, "controls", inArea);
        citations(json, a.references());
        json.end();
    }

    private void control(JsonDocument json, Control c) {
        String url = Urls.control(c.id());
        json.object();
        json.field("id", c.id());
        json.field("title", c.title());
        json.field("url", input.url(url));
        json.field("status", c.status().keyword());
        json.field("withdrawn", c.status() == org.bulwark.model.Status.WITHDRAWN);
        json.field("area", c.area().id());
        json.field("topic", c.topic().map(Ref::id).orElse(null));
        json.field("level", c.level().keyword());
        json.field("severity", keyword(c.severity()));
        json.field("responsibility", keyword(c.responsibility()));
        json.field("owner", c.owner().orElse(null));
        json.field("reviewed", c.reviewed().orElse(null));
        json.field("statement", md(c.statement()));
        json.array("requirements");
        for (Requirement r : c.requirements()) {
            json.object().field("id", r.id()).field("text", md(r.text())).field("level", c.levelOf(r).keyword())
                    .field("url", input.url(url + "#req-" + r.id())).end();
        }
        json.end();
        json.field("rationale", md(c.rationale()));
        json.field("guidance", md(c.guidance()));
        json.array("services");
        for (Applicability a : c.services()) applicability(json, c, a);
        json.end().array("verification");
        for (Verification v : c.verification()) {
            json.object().field("method", v.method().keyword()).field("method_title", v.method().title())
                    .field("ref", v.ref().orElse(null)).field("description", md(v.description())).end();
        }
        json.end().array("evidence");
        for (Evidence e : c.evidence()) {
            json.object().field("id", e.id()).field("description", md(e.description()))
                    .field("url", input.url(url + "#evidence-" + e.id())).end();
        }
        json.end();
        citations(json, c.references());
        json.strings("related", c.related().stream().map(r -> current(r.id())).flatMap(Optional::stream).toList());
        json.strings("aliases", c.aliases().stream().map(Ref::id).toList());
        json.field("superseded_by", c.supersededBy().flatMap(r -> current(r.id())).orElse(null));
        history(json, c);
        json.end();
    }

    /** The releases, oldest first, and what changed since the latest one (null when nothing has). */
    private void releases(JsonDocument json) {
        json.array("releases");
        for (History.Step step : input.history().steps()) {
            if (!step.to().released()) continue;
            Release r = step.to().release().orElseThrow();
            json.object();
            json.field("version", r.version().text());
            json.field("effective", blankToNull(r.effective()));
            json.field("url", input.siteUrl(r.sitePath()));
            json.field("controls_json", input.siteUrl(r.sitePath() + FILE));
            json.field("previous", step.from().map(History.Edition::version).orElse(null));
            counts(json, step.changes().counts());
            json.end();
        }
        json.end();
        Optional<History.Step> unreleased = input.history().unreleased();
        if (unreleased.isEmpty()) {
            json.field("unreleased", (String) null);
            return;
        }
        History.Step step = unreleased.get();
        json.object("unreleased");
        json.field("version", step.to().version());
        json.field("effective", blankToNull(step.to().effective()));
        json.field("previous", step.from().map(History.Edition::version).orElse(null));
        counts(json, step.changes().counts());
        json.end();
    }

    private static void counts(JsonDocument json, Changes.Counts n) {
        json.object("counts").field("added", n.added()).field("removed", n.removed()).field("withdrawn", n.withdrawn())
                .field("deprecated", n.deprecated()).field("renamed", n.renamed()).field("moved", n.moved())
                .field("changed", n.changed()).end();
    }

    /** The versions that first published the control and changed it, oldest first, each linked to its page there. */
    private void history(JsonDocument json, Control c) {
        json.array("history");
        for (History.Event e : input.history().control(c.id())) {
            json.object();
            json.field("version", e.edition().version());
            json.field("released", e.edition().released());
            json.field("id", e.id());
            json.field("change", e.change().category().keyword());
            json.field("summary", e.change().summary());
            json.field("url", e.edition().release()
                    .map(r -> input.siteUrl(r.sitePath() + Urls.control(e.id())))
                    .orElseGet(() -> input.url(Urls.control(e.id()))));
            json.end();
        }
        json.end();
    }

    /** A service a control applies to, with the split of responsibility there. */
    private void applicability(JsonDocument json, Control c, Applicability a) {
        String service = a.service().id();
        json.object();
        json.field("id", service);
        json.field("name", index.service(service).map(Service::name).orElse(service));
        json.field("url", input.url(Urls.service(service)));
        json.field("responsibility", keyword(a.responsibility().or(c::responsibility)));
        json.field("provider", md(a.provider()));
        json.field("customer", md(a.customer()));
        json.end();
    }

    private void service(JsonDocument json, Service s) {
        json.object();
        json.field("id", s.id());
        json.field("name", s.name());
        json.field("category", s.category().keyword());
        json.field("url", input.url(Urls.service(s.id())));
        json.field("summary", md(s.summary()));
        json.field("guidance", md(s.guidance()));
        json.array("responsibilities");
        for (Layer l : index.content().standard().layers()) {
            for (LayerOwner lo : s.responsibilities()) {
                if (!lo.layer().id().equals(l.id())) continue;
                json.object().field("layer", l.id()).field("owner", lo.owner().keyword())
                        .field("notes", md(lo.notes())).end();
            }
        }
        json.end();
        ids(json, "controls", byService.getOrDefault(s.id(), List.of()));
        json.end();
    }

    private void term(JsonDocument json, Term t) {
        json.object();
        json.field("term", t.term());
        json.field("definition", md(t.definition()));
        json.strings("aliases", t.aliases());
        json.field("url", input.url(Urls.glossary() + "#" + Index.termAnchor(t.term())));
        json.end();
    }

    private void citations(JsonDocument json, List<Citation> citations) {
        json.array("references");
        for (Citation citation : citations) {
            Optional<Framework> f = index.framework(citation.framework().id());
            if (f.isEmpty()) continue;
            Set<String> cited = cited(f.get().id());
            json.object().field("framework", f.get().id()).array("identifiers");
            for (Ref r : citation.identifiers()) {
                json.object().field("id", r.id())
                        .field("url", cited.contains(r.id())
                                ? input.url(org.bulwark.link.Crosswalk.url(f.get().id(), r.id())) : null)
                        .field("source_url", f.get().urlFor(r.id()).orElse(null)).end();
            }
            json.end().end();
        }
        json.end();
    }

    /** The identifiers of a framework's cross-walk (a hash set: the cross-walk's natural-order map is slow to probe). */
    private Set<String> cited(String framework) {
        return citedByFramework.computeIfAbsent(framework,
                f -> new HashSet<>(input.crosswalk().identifiers(f).keySet()));
    }

    /** The current id of a control named by id or former id, if it is in this export. */
    private Optional<String> current(String id) {
        return index.control(id).or(() -> index.controlByAlias(id)).map(Control::id).filter(publishedIds::contains);
    }

    private static void ids(JsonDocument json, String key, List<Control> controls) {
        json.strings(key, controls.stream().map(Control::id).toList());
    }

    private String md(Markdown md) {
        return prose.markdown(md).orElse(null);
    }

    private static String keyword(Optional<? extends Keyword> k) {
        return k.map(Keyword::keyword).orElse(null);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
