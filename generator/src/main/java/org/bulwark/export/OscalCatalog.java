package org.bulwark.export;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.bulwark.link.Index;
import org.bulwark.link.Urls;
import org.bulwark.model.Applicability;
import org.bulwark.model.Area;
import org.bulwark.model.Citation;
import org.bulwark.model.Control;
import org.bulwark.model.Evidence;
import org.bulwark.model.Markdown;
import org.bulwark.model.Ref;
import org.bulwark.model.Requirement;
import org.bulwark.model.Service;
import org.bulwark.model.Standard;
import org.bulwark.model.Status;
import org.bulwark.model.Topic;
import org.bulwark.model.Verification;

/**
 * {@code oscal/catalog.json}: the standard as an OSCAL 1.2.1 catalog. Areas are groups, their
 * topics sub-groups; a control has the parts statement (requirements as items), guidance,
 * and, in Bulwark's namespace, rationale, services, verification and evidence; props for its
 * label, level, severity, responsibility, status, aliases and framework references; links to
 * its page, its related controls and its successor. Withdrawn controls stay, with the OSCAL
 * prop {@code status = withdrawn}, as NIST's catalogs keep theirs.
 */
final class OscalCatalog {
    static final String FILE = "oscal/catalog.json";

    private final ExportInput input;
    private final Index index;
    private final Prose prose;
    private final Standard standard;
    private final Set<String> publishedIds = new HashSet<>();

    OscalCatalog(ExportInput input, Prose prose) {
        this.input = input;
        this.index = input.index();
        this.prose = prose;
        this.standard = index.content().standard();
        input.published().forEach(c -> publishedIds.add(c.id()));
    }

    byte[] build() {
        ObjectNode root = Json.object();
        ObjectNode catalog = root.putObject("catalog");
        catalog.put("uuid", Oscal.uuid(standard, "catalog/" + standard.version()));
        catalog.set("metadata", Oscal.metadata(input, standard.title()));
        ArrayNode groups = catalog.putArray("groups");
        for (Area a : index.content().areas()) {
            List<Control> controls = input.published().stream().filter(c -> c.area().id().equals(a.id())).toList();
            if (!controls.isEmpty()) groups.add(area(a, controls));
        }
        return Json.bytes(Oscal.pruned(root));
    }

    /** An area's group id: its id, with a '_' first if that would not be a token or is a control's id. */
    String groupId(Area a) {
        String id = Oscal.token(a.id());
        boolean clash = publishedIds.stream().anyMatch(c -> Oscal.controlId(c).equals(id));
        return clash && !id.startsWith("_") ? "_" + id : id;
    }

    private ObjectNode area(Area a, List<Control> controls) {
        String id = groupId(a);
        ObjectNode g = Json.object();
        g.put("id", id);
        g.put("class", "area");
        g.put("title", Oscal.line(a.title()));
        ArrayNode props = g.putArray("props");
        references(props, a.references());
        g.putArray("links").addObject().put("href", Oscal.href(input, Urls.area(a.id()))).put("rel", "alternate")
                .put("media-type", "text/html").put("text", Oscal.line(a.title()));
        ArrayNode parts = g.putArray("parts");
        part(parts, id + "_ovw", "overview", null, a.summary());
        part(parts, id + "_gdn", "guidance", null, a.body());
        List<Control> loose = controls.stream().filter(c -> c.topic().map(t -> a.topics().stream()
                .noneMatch(x -> x.id().equals(t.id()))).orElse(true)).toList();
        if (loose.size() == controls.size()) {
            ArrayNode list = g.putArray("controls");
            loose.forEach(c -> list.add(control(c)));
            return g;
        }
        // OSCAL's JSON schema lets a group hold controls or groups, not both: loose ones get a group too
        ArrayNode topics = g.putArray("groups");
        for (Topic t : a.topics()) {
            List<Control> in = controls.stream().filter(c -> c.topic().map(x -> x.id().equals(t.id())).orElse(false))
                    .toList();
            if (!in.isEmpty()) topics.add(topic(id + "." + t.id(), t.title(), in));
        }
        if (!loose.isEmpty()) topics.add(topic(id + "_other", "Other controls", loose));
        return g;
    }

    private ObjectNode topic(String id, String title, List<Control> controls) {
        ObjectNode topic = Json.object();
        topic.put("id", id);
        topic.put("class", "topic");
        topic.put("title", Oscal.line(title));
        ArrayNode list = topic.putArray("controls");
        controls.forEach(c -> list.add(control(c)));
        return topic;
    }

    private ObjectNode control(Control c) {
        String id = Oscal.controlId(c.id());
        ObjectNode o = Json.object();
        o.put("id", id);
        o.put("title", Oscal.line(c.title()));

        ArrayNode props = o.putArray("props");
        props.addObject().put("name", "label").put("value", c.id());
        if (c.status() == Status.WITHDRAWN) props.addObject().put("name", "status").put("value", "withdrawn");
        Oscal.prop(props, "status", c.status().keyword());
        Oscal.prop(props, "level", c.level().keyword());
        c.severity().ifPresent(s -> Oscal.prop(props, "severity", s.keyword()));
        c.responsibility().ifPresent(r -> Oscal.prop(props, "responsibility", r.keyword()));
        c.owner().ifPresent(owner -> Oscal.prop(props, "owner", owner));
        c.reviewed().ifPresent(date -> Oscal.prop(props, "reviewed", date));
        for (Ref alias : c.aliases()) Oscal.prop(props, "alias", alias.id());
        references(props, c.references());

        ArrayNode links = o.putArray("links");
        links.addObject().put("href", Oscal.href(input, Urls.control(c.id()))).put("rel", "alternate")
                .put("media-type", "text/html").put("text", c.id() + " on the site");
        c.supersededBy().flatMap(r -> current(r.id())).ifPresent(s -> links.addObject()
                .put("href", "#" + Oscal.controlId(s))
                .put("rel", c.status() == Status.WITHDRAWN ? "incorporated-into" : "superseded-by").put("text", s));
        for (Ref r : c.related()) {
            current(r.id()).ifPresent(rel -> links.addObject().put("href", "#" + Oscal.controlId(rel))
                    .put("rel", "related").put("text", rel));
        }

        ArrayNode parts = o.putArray("parts");
        ObjectNode statement = part(parts, id + "_smt", "statement", null, c.statement());
        if (statement == null && !c.requirements().isEmpty()) {
            statement = parts.addObject().put("id", id + "_smt").put("name", "statement");
        }
        if (statement != null) {
            ArrayNode items = statement.putArray("parts");
            for (Requirement r : c.requirements()) {
                ObjectNode item = items.addObject().put("id", id + "_smt." + r.id()).put("name", "item");
                item.putArray("props").addObject().put("name", "label").put("value", r.id());
                prose.markdown(r.text()).ifPresent(t -> item.put("prose", t));
            }
        }
        part(parts, id + "_rat", "rationale", Oscal.NS, c.rationale());
        part(parts, id + "_gdn", "guidance", null, c.guidance());
        services(parts, id, c);
        verification(parts, id, c);
        evidence(parts, id, c);
        return o;
    }

    private void services(ArrayNode parts, String id, Control c) {
        if (c.services().isEmpty()) return;
        ObjectNode group = parts.addObject().put("id", id + "_svc").put("name", "services").put("ns", Oscal.NS)
                .put("title", "Where it applies");
        ArrayNode list = group.putArray("parts");
        for (Applicability a : c.services()) {
            String service = a.service().id();
            ObjectNode p = list.addObject().put("id", id + "_svc." + service).put("name", "service").put("ns", Oscal.NS)
                    .put("title", Oscal.line(index.service(service).map(Service::name).orElse(service)));
            ArrayNode props = p.putArray("props");
            Oscal.prop(props, "service", service);
            a.responsibility().or(c::responsibility).ifPresent(r -> Oscal.prop(props, "responsibility", r.keyword()));
            ArrayNode split = p.putArray("parts");
            part(split, null, "provider", Oscal.NS, a.provider());
            part(split, null, "customer", Oscal.NS, a.customer());
            p.putArray("links").addObject().put("href", Oscal.href(input, Urls.service(service))).put("rel", "related")
                    .put("media-type", "text/html");
        }
    }

    private void verification(ArrayNode parts, String id, Control c) {
        if (c.verification().isEmpty()) return;
        ObjectNode group = parts.addObject().put("id", id + "_vrf").put("name", "verification").put("ns", Oscal.NS)
                .put("title", "Verification");
        ArrayNode list = group.putArray("parts");
        for (Verification v : c.verification()) {
            ObjectNode p = list.addObject().put("name", "method").put("ns", Oscal.NS)
                    .put("title", Oscal.line(v.method().title() + v.ref().map(r -> " " + r).orElse("")));
            ArrayNode props = p.putArray("props");
            Oscal.prop(props, "method", v.method().keyword());
            v.ref().ifPresent(r -> Oscal.prop(props, "ref", r));
            prose.markdown(v.description()).ifPresent(t -> p.put("prose", t));
        }
    }

    private void evidence(ArrayNode parts, String id, Control c) {
        if (c.evidence().isEmpty()) return;
        ObjectNode group = parts.addObject().put("id", id + "_evd").put("name", "evidence").put("ns", Oscal.NS)
                .put("title", "Evidence");
        ArrayNode list = group.putArray("parts");
        for (Evidence e : c.evidence()) {
            ObjectNode p = list.addObject().put("id", id + "_evd." + e.id()).put("name", "evidence-item")
                    .put("ns", Oscal.NS);
            p.putArray("props").addObject().put("name", "label").put("value", e.id());
            prose.markdown(e.description()).ifPresent(t -> p.put("prose", t));
            p.putArray("links").addObject().put("href", Oscal.href(input, Urls.control(c.id()) + "#evidence-" + e.id()))
                    .put("rel", "alternate").put("media-type", "text/html");
        }
    }

    /** Adds a part with the Markdown as prose; nothing when the Markdown is blank. */
    private ObjectNode part(ArrayNode parts, String id, String name, String ns, Markdown md) {
        Optional<String> text = prose.markdown(md);
        if (text.isEmpty()) return null;
        ObjectNode p = parts.addObject();
        if (id != null) p.put("id", id);
        p.put("name", name);
        if (ns != null) p.put("ns", ns);
        p.put("prose", text.get());
        return p;
    }

    /** Framework citations as props: name {@code reference}, class the framework, value the identifier. */
    private void references(ArrayNode props, List<Citation> citations) {
        for (Citation citation : citations) {
            if (index.framework(citation.framework().id()).isEmpty()) continue;
            for (Ref r : citation.identifiers()) {
                props.addObject().put("name", "reference").put("ns", Oscal.NS)
                        .put("value", Oscal.line(r.id())).put("class", Oscal.token(citation.framework().id()));
            }
        }
    }

    /** The current id of a control named by id or former id, if it is in this catalog. */
    private Optional<String> current(String id) {
        return index.control(id).or(() -> index.controlByAlias(id)).map(Control::id).filter(publishedIds::contains);
    }
}
