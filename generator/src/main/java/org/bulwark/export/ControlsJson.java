package org.bulwark.export;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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

    byte[] build() {
        Standard s = index.content().standard();
        ObjectNode root = Json.object();
        root.put("$schema", input.url(SCHEMA_FILE));
        root.put("format_version", FORMAT_VERSION);

        ObjectNode standard = root.putObject("standard");
        standard.put("id", s.id());
        standard.put("title", s.title());
        standard.put("version", s.version());
        standard.put("owner", blankToNull(s.owner()));
        standard.put("effective", blankToNull(s.effective()));
        standard.put("provider", s.provider());
        standard.put("summary", md(s.summary()));
        standard.put("url", input.url(Urls.home()));

        ObjectNode baseline = root.putObject("baseline");
        baseline.put("title", s.baseline().title());
        baseline.put("intro", md(s.baseline().intro()));
        baseline.put("url", input.url(Urls.baseline()));
        baseline.set("controls", ids(input.baseline()));

        ArrayNode layers = root.putArray("layers");
        for (Layer l : s.layers()) layers.addObject().put("id", l.id()).put("title", l.title());

        ArrayNode frameworks = root.putArray("frameworks");
        for (Framework f : s.frameworks()) frameworks.add(framework(f));

        ArrayNode areas = root.putArray("areas");
        for (Area a : index.content().areas()) areas.add(area(a));

        ArrayNode controls = root.putArray("controls");
        for (Control c : input.published()) controls.add(control(c));

        ObjectNode aliases = root.putObject("aliases");
        for (Control c : input.published()) for (Ref a : c.aliases()) aliases.put(a.id(), c.id());

        ArrayNode services = root.putArray("services");
        for (Service sv : index.content().services()) services.add(service(sv));

        ArrayNode glossary = root.putArray("glossary");
        for (Term t : index.content().glossary()) {
            ObjectNode term = glossary.addObject();
            term.put("term", t.term());
            term.put("definition", md(t.definition()));
            term.set("aliases", Json.strings(t.aliases()));
            term.put("url", input.url(Urls.glossary() + "#" + Index.termAnchor(t.term())));
        }
        return Json.bytes(root);
    }

    private ObjectNode framework(Framework f) {
        ObjectNode o = Json.object();
        o.put("id", f.id());
        o.put("title", f.title());
        o.put("url", input.url(Urls.framework(f.id())));
        o.put("source_url_template", f.url().orElse(null));
        ArrayNode ids = o.putArray("identifiers");
        for (Map.Entry<String, List<Control>> e : input.crosswalk().identifiers(f.id()).entrySet()) {
            ObjectNode i = ids.addObject();
            i.put("id", e.getKey());
            i.put("url", input.url(Urls.framework(f.id()) + "#" + e.getKey()));
            i.put("source_url", f.urlFor(e.getKey()).orElse(null));
            i.set("controls", ids(e.getValue()));
        }
        return o;
    }

    private ObjectNode area(Area a) {
        ObjectNode o = Json.object();
        o.put("id", a.id());
        o.put("title", a.title());
        o.put("order", a.order());
        o.put("url", input.url(Urls.area(a.id())));
        o.put("summary", md(a.summary()));
        o.put("guidance", md(a.body()));
        List<Control> inArea = listed.stream().filter(c -> c.area().id().equals(a.id())).toList();
        ArrayNode topics = o.putArray("topics");
        for (Topic t : a.topics()) {
            ObjectNode topic = topics.addObject().put("id", t.id()).put("title", t.title());
            topic.set("controls", ids(inArea.stream()
                    .filter(c -> c.topic().map(x -> x.id().equals(t.id())).orElse(false)).toList()));
        }
        o.set("controls", ids(inArea));
        o.set("references", citations(a.references()));
        return o;
    }

    private ObjectNode control(Control c) {
        ObjectNode o = Json.object();
        String url = Urls.control(c.id());
        o.put("id", c.id());
        o.put("title", c.title());
        o.put("url", input.url(url));
        o.put("status", c.status().keyword());
        o.put("withdrawn", c.status() == org.bulwark.model.Status.WITHDRAWN);
        o.put("area", c.area().id());
        o.put("topic", c.topic().map(Ref::id).orElse(null));
        o.put("level", c.level().keyword());
        o.put("severity", keyword(c.severity()));
        o.put("responsibility", keyword(c.responsibility()));
        o.put("owner", c.owner().orElse(null));
        o.put("reviewed", c.reviewed().orElse(null));
        o.put("statement", md(c.statement()));
        ArrayNode requirements = o.putArray("requirements");
        for (Requirement r : c.requirements()) {
            requirements.addObject().put("id", r.id()).put("text", md(r.text()))
                    .put("url", input.url(url + "#req-" + r.id()));
        }
        o.put("rationale", md(c.rationale()));
        o.put("guidance", md(c.guidance()));
        ArrayNode services = o.putArray("services");
        for (Applicability a : c.services()) {
            ObjectNode s = services.addObject();
            s.put("id", a.service().id());
            s.put("name", index.service(a.service().id()).map(Service::name).orElse(a.service().id()));
            s.put("url", input.url(Urls.service(a.service().id())));
            s.put("responsibility", keyword(a.responsibility().or(c::responsibility)));
            s.put("provider", md(a.provider()));
            s.put("customer", md(a.customer()));
        }
        ArrayNode verification = o.putArray("verification");
        for (Verification v : c.verification()) {
            verification.addObject().put("method", v.method().keyword()).put("method_title", v.method().title())
                    .put("ref", v.ref().orElse(null)).put("description", md(v.description()));
        }
        ArrayNode evidence = o.putArray("evidence");
        for (Evidence e : c.evidence()) {
            evidence.addObject().put("id", e.id()).put("description", md(e.description()))
                    .put("url", input.url(url + "#evidence-" + e.id()));
        }
        o.set("references", citations(c.references()));
        o.set("related", Json.strings(c.related().stream().map(r -> current(r.id())).flatMap(Optional::stream)
                .toList()));
        o.set("aliases", Json.strings(c.aliases().stream().map(Ref::id).toList()));
        o.put("superseded_by", c.supersededBy().flatMap(r -> current(r.id())).orElse(null));
        return o;
    }

    private ObjectNode service(Service s) {
        ObjectNode o = Json.object();
        o.put("id", s.id());
        o.put("name", s.name());
        o.put("category", s.category().keyword());
        o.put("url", input.url(Urls.service(s.id())));
        o.put("summary", md(s.summary()));
        o.put("guidance", md(s.guidance()));
        ArrayNode layers = o.putArray("responsibilities");
        for (Layer l : index.content().standard().layers()) {
            for (LayerOwner lo : s.responsibilities()) {
                if (!lo.layer().id().equals(l.id())) continue;
                layers.addObject().put("layer", l.id()).put("owner", lo.owner().keyword()).put("notes", md(lo.notes()));
            }
        }
        o.set("controls", ids(byService.getOrDefault(s.id(), List.of())));
        return o;
    }

    private ArrayNode citations(List<Citation> citations) {
        ArrayNode out = Json.array();
        for (Citation citation : citations) {
            Optional<Framework> f = index.framework(citation.framework().id());
            if (f.isEmpty()) continue;
            Set<String> cited = cited(f.get().id());
            ObjectNode o = out.addObject();
            o.put("framework", f.get().id());
            ArrayNode ids = o.putArray("identifiers");
            for (Ref r : citation.identifiers()) {
                ids.addObject().put("id", r.id())
                        .put("url", cited.contains(r.id()) ? input.url(Urls.framework(f.get().id()) + "#" + r.id()) : null)
                        .put("source_url", f.get().urlFor(r.id()).orElse(null));
            }
        }
        return out;
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

    private static ArrayNode ids(List<Control> controls) {
        return Json.strings(controls.stream().map(Control::id).toList());
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
