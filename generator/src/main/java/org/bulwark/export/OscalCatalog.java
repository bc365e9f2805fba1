package org.bulwark.export;

import java.io.OutputStream;
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

    /** Writes the document to the stream, which stays open. */
    void write(OutputStream out) {
        try (JsonDocument json = JsonDocument.to(out, JsonDocument.EmptyArrays.OMIT)) {
            json.object().object("catalog");
            json.field("uuid", Oscal.uuid(standard, "catalog/" + standard.version()));
            Oscal.metadata(json, input, standard.title());
            json.array("groups");
            for (Area a : index.content().areas()) {
                List<Control> controls = input.published().stream().filter(c -> c.area().id().equals(a.id())).toList();
                if (!controls.isEmpty()) area(json, a, controls);
            }
            json.end().end().end();
        }
    }

    /** An area's group id: its id, with a '_' first if that would not be a token or is a control's id. */
    String groupId(Area a) {
        String id = Oscal.token(a.id());
        boolean clash = publishedIds.stream().anyMatch(c -> Oscal.controlId(c).equals(id));
        return clash && !id.startsWith("_") ? "_" + id : id;
    }

    private void area(JsonDocument json, Area a, List<Control> controls) {
        String id = groupId(a);
        json.object();
        json.field("id", id);
        json.field("class", "area");
        json.field("title", Oscal.line(a.title()));
        json.array("props");
        references(json, a.references());
        json.end().array("links");
        json.object().field("href", Oscal.href(input, Urls.area(a.id()))).field("rel", "alternate")
                .field("media-type", "text/html").field("text", Oscal.line(a.title())).end();
        json.end().array("parts");
        part(json, id + "_ovw", "overview", null, a.summary());
        part(json, id + "_gdn", "guidance", null, a.body());
        json.end();
        List<Control> loose = controls.stream().filter(c -> c.topic().flatMap(t -> a.topic(t.id())).isEmpty()).toList();
        if (loose.size() == controls.size()) {
            json.array("controls");
            loose.forEach(c -> control(json, c));
            json.end().end();
            return;
        }
        // OSCAL's JSON schema lets a group hold controls or groups, not both: loose ones get a group too
        json.array("groups");
        for (Topic t : a.topics()) {
            List<Control> in = controls.stream().filter(c -> c.topic().map(x -> x.id().equals(t.id())).orElse(false))
                    .toList();
            if (!in.isEmpty()) topic(json, id + "." + t.id(), t.title(), in);
        }
        if (!loose.isEmpty()) topic(json, id + "_other", "Other controls", loose);
        json.end().end();
    }

    private void topic(JsonDocument json, String id, String title, List<Control> controls) {
        json.object();
        json.field("id", id);
        json.field("class", "topic");
        json.field("title", Oscal.line(title));
        json.array("controls");
        controls.forEach(c -> control(json, c));
        json.end().end();
    }

    private void control(JsonDocument json, Control c) {
        String id = Oscal.controlId(c.id());
        json.object();
        json.field("id", id);
        json.field("title", Oscal.line(c.title()));
        json.array("props");
        props(json, c);
        json.end().array("links");
        links(json, c);
        json.end().array("parts");
        statement(json, id, c);
        part(json, id + "_rat", "rationale", Oscal.NS, c.rationale());
        part(json, id + "_gdn", "guidance", null, c.guidance());
        services(json, id, c);
        verification(json, id, c);
        evidence(json, id, c);
        json.end().end();
    }

    private void props(JsonDocument json, Control c) {
        json.object().field("name", "label").field("value", c.id()).end();
        if (c.status() == Status.WITHDRAWN) json.object().field("name", "status").field("value", "withdrawn").end();
        Oscal.prop(json, "status", c.status().keyword());
        Oscal.prop(json, "level", c.level().keyword());
        c.severity().ifPresent(s -> Oscal.prop(json, "severity", s.keyword()));
        c.responsibility().ifPresent(r -> Oscal.prop(json, "responsibility", r.keyword()));
        c.owner().ifPresent(owner -> Oscal.prop(json, "owner", owner));
        c.reviewed().ifPresent(date -> Oscal.prop(json, "reviewed", date));
        for (Ref alias : c.aliases()) Oscal.prop(json, "alias", alias.id());
        references(json, c.references());
    }

    private void links(JsonDocument json, Control c) {
        json.object().field("href", Oscal.href(input, Urls.control(c.id()))).field("rel", "alternate")
                .field("media-type", "text/html").field("text", c.id() + " on the site").end();
        c.supersededBy().flatMap(r -> current(r.id())).ifPresent(s -> json.object()
                .field("href", "#" + Oscal.controlId(s))
                .field("rel", c.status() == Status.WITHDRAWN ? "incorporated-into" : "superseded-by").field("text", s)
                .end());
        for (Ref r : c.related()) {
            current(r.id()).ifPresent(rel -> json.object().field("href", "#" + Oscal.controlId(rel))
                    .field("rel", "related").field("text", rel).end());
        }
    }

    /** The statement, with the requirements as its items; a statement of items only without prose. */
    private void statement(JsonDocument json, String id, Control c) {
        Optional<String> text = prose.markdown(c.statement());
        if (text.isEmpty() && c.requirements().isEmpty()) return;
        json.object().field("id", id + "_smt").field("name", "statement");
        text.ifPresent(t -> json.field("prose", t));
        json.array("parts");
        for (Requirement r : c.requirements()) {
            json.object().field("id", requirementId(id, r)).field("name", "item");
            json.array("props").object().field("name", "label").field("value", r.id()).end();
            // only where the requirement raises its control's level: the control's prop says the rest
            r.level().filter(l -> l != c.level()).ifPresent(l -> Oscal.prop(json, "level", l.keyword()));
            json.end();
            prose.markdown(r.text()).ifPresent(t -> json.field("prose", t));
            json.end();
        }
        json.end().end();
    }

    /** The OSCAL id of a requirement's item part: {@code iam-01_smt.a}. */
    static String requirementId(String controlId, Requirement r) {
        String token = Oscal.controlId(r.id());
        return controlId + "_smt." + (token.startsWith("_") ? token.substring(1) : token);
    }

    private void services(JsonDocument json, String id, Control c) {
        if (c.services().isEmpty()) return;
        json.object().field("id", id + "_svc").field("name", "services").field("ns", Oscal.NS)
                .field("title", "Where it applies");
        json.array("parts");
        for (Applicability a : c.services()) {
            String service = a.service().id();
            json.object().field("id", id + "_svc." + service).field("name", "service").field("ns", Oscal.NS)
                    .field("title", Oscal.line(index.service(service).map(Service::name).orElse(service)));
            json.array("props");
            Oscal.prop(json, "service", service);
            a.responsibility().or(c::responsibility).ifPresent(r -> Oscal.prop(json, "responsibility", r.keyword()));
            json.end().array("parts");
            part(json, null, "provider", Oscal.NS, a.provider());
            part(json, null, "customer", Oscal.NS, a.customer());
            json.end().array("links");
            json.object().field("href", Oscal.href(input, Urls.service(service))).field("rel", "related")
                    .field("media-type", "text/html").end();
            json.end().end();
        }
        json.end().end();
    }

    private void verification(JsonDocument json, String id, Control c) {
        if (c.verification().isEmpty()) return;
        json.object().field("id", id + "_vrf").field("name", "verification").field("ns", Oscal.NS)
                .field("title", "Verification");
        json.array("parts");
        for (Verification v : c.verification()) {
            json.object().field("name", "method").field("ns", Oscal.NS)
                    .field("title", Oscal.line(v.method().title() + v.ref().map(r -> " " + r).orElse("")));
            json.array("props");
            Oscal.prop(json, "method", v.method().keyword());
            v.ref().ifPresent(r -> Oscal.prop(json, "ref", r));
            json.end();
            prose.markdown(v.description()).ifPresent(t -> json.field("prose", t));
            json.end();
        }
        json.end().end();
    }

    private void evidence(JsonDocument json, String id, Control c) {
        if (c.evidence().isEmpty()) return;
        json.object().field("id", id + "_evd").field("name", "evidence").field("ns", Oscal.NS)
                .field("title", "Evidence");
        json.array("parts");
        for (Evidence e : c.evidence()) {
            json.object().field("id", id + "_evd." + e.id()).field("name", "evidence-item").field("ns", Oscal.NS);
            json.array("props").object().field("name", "label").field("value", e.id()).end().end();
            prose.markdown(e.description()).ifPresent(t -> json.field("prose", t));
            json.array("links");
            json.object().field("href", Oscal.href(input, Urls.control(c.id()) + "#evidence-" + e.id()))
                    .field("rel", "alternate").field("media-type", "text/html").end();
            json.end().end();
        }
        json.end().end();
    }

    /** A part with the Markdown as prose; nothing when the Markdown is blank. */
    private void part(JsonDocument json, String id, String name, String ns, Markdown md) {
        Optional<String> text = prose.markdown(md);
        if (text.isEmpty()) return;
        json.object();
        if (id != null) json.field("id", id);
        json.field("name", name);
        if (ns != null) json.field("ns", ns);
        json.field("prose", text.get());
        json.end();
    }

    /** Framework citations as props: name {@code reference}, class the framework, value the identifier. */
    private void references(JsonDocument json, List<Citation> citations) {
        for (Citation citation : citations) {
            if (index.framework(citation.framework().id()).isEmpty()) continue;
            for (Ref r : citation.identifiers()) {
                json.object().field("name", "reference").field("ns", Oscal.NS)
                        .field("value", Oscal.line(r.id())).field("class", Oscal.token(citation.framework().id()))
                        .end();
            }
        }
    }

    /** The current id of a control named by id or former id, if it is in this catalog. */
    private Optional<String> current(String id) {
        return index.control(id).or(() -> index.controlByAlias(id)).map(Control::id).filter(publishedIds::contains);
    }
}
