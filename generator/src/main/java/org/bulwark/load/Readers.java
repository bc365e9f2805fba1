package org.bulwark.load;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bulwark.diag.Diagnostics;
import org.bulwark.diag.SourcePosition;
import org.bulwark.model.Applicability;
import org.bulwark.model.Area;
import org.bulwark.model.Baseline;
import org.bulwark.model.Category;
import org.bulwark.model.Citation;
import org.bulwark.model.Control;
import org.bulwark.model.Evidence;
import org.bulwark.model.Framework;
import org.bulwark.model.Layer;
import org.bulwark.model.LayerOwner;
import org.bulwark.model.Level;
import org.bulwark.model.Markdown;
import org.bulwark.model.Page;
import org.bulwark.model.Ref;
import org.bulwark.model.Requirement;
import org.bulwark.model.Responsibility;
import org.bulwark.model.Service;
import org.bulwark.model.Severity;
import org.bulwark.model.Standard;
import org.bulwark.model.Status;
import org.bulwark.model.Term;
import org.bulwark.model.Topic;
import org.bulwark.model.Verification;
import org.bulwark.model.VerificationMethod;

/** Turns parsed YAML into model records, one method per content kind (SPEC §3). */
final class Readers {
    static final List<String> STANDARD_KEYS = List.of("id", "title", "version", "owner", "effective", "provider",
            "summary", "baseline", "layers", "frameworks");
    static final List<String> AREA_KEYS = List.of("title", "order", "summary", "topics", "references");
    static final List<String> CONTROL_KEYS = List.of("id", "title", "area", "topic", "level", "severity",
            "responsibility", "status", "owner", "reviewed", "statement", "requirements", "rationale", "guidance",
            "services", "verification", "evidence", "references", "related", "aliases", "superseded_by");
    static final List<String> SERVICE_KEYS = List.of("id", "name", "category", "summary", "responsibilities",
            "guidance");
    static final List<String> PAGE_KEYS = List.of("title", "order", "nav", "next", "summary");
    static final List<String> TERM_KEYS = List.of("term", "definition", "aliases");
    // the keys of the mappings inside them; ContentSchemas makes the editor schemas from these lists
    static final List<String> BASELINE_KEYS = List.of("title", "intro");
    static final List<String> LAYER_KEYS = List.of("id", "title");
    static final List<String> FRAMEWORK_KEYS = List.of("id", "title", "url", "verification");
    static final List<String> TOPIC_KEYS = List.of("id", "title");
    static final List<String> REQUIREMENT_KEYS = List.of("id", "text", "level");
    static final List<String> SERVICE_ENTRY_KEYS = List.of("id", "responsibility", "provider", "customer");
    static final List<String> VERIFICATION_KEYS = List.of("method", "ref", "description");
    static final List<String> EVIDENCE_KEYS = List.of("id", "description");
    static final List<String> RESPONSIBILITY_KEYS = List.of("layer", "owner", "notes");

    private final Diagnostics diagnostics;

    Readers(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    Optional<Standard> standard(YamlNode node, MarkdownSource source, Path file) {
        return Fields.of(node, "standard.yaml", STANDARD_KEYS, diagnostics, source).map(f -> {
            String id = f.id("id", Fields.SLUG, "standard").map(Ref::id).orElse("standard");
            String title = f.requiredString("title").orElse("Security standard");
            String version = f.requiredString("version").orElse("0");
            String owner = f.string("owner").orElse("");
            String effective = f.date("effective").orElse("");
            String provider = f.string("provider").orElse("");
            Markdown summary = f.markdown("summary");
            Baseline baseline = f.mapping("baseline")
                    .flatMap(m -> Fields.of(m, "baseline", BASELINE_KEYS, diagnostics, source))
                    .map(b -> {
                        Baseline out = new Baseline(b.string("title").orElse("Minimal security baseline"),
                                b.markdown("intro"));
                        b.finish();
                        return out;
                    })
                    .orElse(new Baseline("Minimal security baseline", Markdown.EMPTY));
            List<Layer> layers = f.objects("layers", "a layer", LAYER_KEYS, l ->
                    l.id("id", Fields.SLUG, "layer").flatMap(ref ->
                            l.requiredString("title").map(t -> new Layer(ref.id(), t, l.position()))));
            List<Framework> frameworks = f.objects("frameworks", "a framework", FRAMEWORK_KEYS, fw ->
                    fw.id("id", Fields.SLUG, "framework").flatMap(ref ->
                            fw.requiredString("title").map(t -> new Framework(ref.id(), t, fw.string("url"),
                                    fw.keyword("verification", VerificationMethod.class), fw.position()))));
            f.finish();
            return new Standard(id, title, version, owner, effective, provider, summary, baseline,
                    List.copyOf(layers), List.copyOf(frameworks), SourcePosition.of(file).at(1, 1),
                    f.positionOf("version"));
        });
    }

    Optional<Area> area(ContentLoader.ParsedMarkdown parsed, Path file) {
        String id = baseName(file, ".md");
        SourcePosition at = SourcePosition.of(file).at(1, 1);
        if (!Fields.SLUG.matcher(id).matches()) {
            diagnostics.error(at, "bad-id", "invalid area id '" + id + "' (from the file name): must be lower-case "
                    + "words joined by hyphens ([a-z0-9]+(-[a-z0-9]+)*)");
            return Optional.empty();
        }
        return Fields.of(parsed.frontMatter(), "area front matter", AREA_KEYS, diagnostics, parsed.source()).map(f -> {
            String title = f.requiredString("title").orElse(id);
            int order = f.integer("order").orElse(1000);
            Markdown summary = f.markdown("summary");
            List<Topic> topics = f.objects("topics", "a topic", TOPIC_KEYS, t ->
                    t.id("id", Fields.SLUG, "topic").flatMap(ref ->
                            t.requiredString("title").map(title2 -> new Topic(ref.id(), title2, t.position()))));
            List<Citation> references = citations(f, "references");
            f.finish();
            Markdown body = parsed.source().body(parsed.body(), SourcePosition.of(file), parsed.bodyLine());
            return new Area(id, title, order, summary, List.copyOf(topics), references, body, at);
        });
    }

    Optional<Control> control(YamlNode node, MarkdownSource source, Path file) {
        return Fields.of(node, "a control", CONTROL_KEYS, diagnostics, source).flatMap(f -> {
            Optional<Ref> id = f.has("id") ? f.id("id", Fields.CONTROL_ID, "control") : missing(f, "id");
            String title = f.requiredString("title").orElse("");
            Optional<Ref> area = f.has("area") ? f.id("area", Fields.SLUG, "area") : missing(f, "area");
            Optional<Ref> topic = f.id("topic", Fields.SLUG, "topic");
            Level level = f.keyword("level", Level.class).orElse(Level.STANDARD);
            Optional<Severity> severity = f.keyword("severity", Severity.class);
            Optional<Responsibility> responsibility = f.keyword("responsibility", Responsibility.class);
            Status status = f.keyword("status", Status.class).orElse(Status.ACTIVE);
            Optional<String> owner = f.string("owner");
            Optional<String> reviewed = f.date("reviewed");
            Markdown statement = f.requiredMarkdown("statement");
            List<Requirement> requirements = f.objects("requirements", "a requirement", REQUIREMENT_KEYS,
                    r -> (r.has("id") ? r.id("id", Fields.CONTROL_ID, "requirement") : this.<Ref>missing(r, "id"))
                            .map(ref -> new Requirement(ref.id(), r.requiredMarkdown("text"),
                                    r.keyword("level", Level.class), r.position())));
            Markdown rationale = f.markdown("rationale");
            Markdown guidance = f.markdown("guidance");
            List<Applicability> services = applicability(f);
            List<Verification> verification = f.objects("verification", "a verification",
                    VERIFICATION_KEYS, v -> {
                        if (!v.has("method")) return missing(v, "method");
                        return v.keyword("method", VerificationMethod.class).map(m ->
                                new Verification(m, v.string("ref"), v.markdown("description"), v.position()));
                    });
            List<Evidence> evidence = f.objects("evidence", "an evidence item", EVIDENCE_KEYS, e ->
                    (e.has("id") ? e.id("id", Fields.SLUG, "evidence") : this.<Ref>missing(e, "id")).map(ref ->
                            new Evidence(ref.id(), e.requiredMarkdown("description"), e.position())));
            List<Citation> references = citations(f, "references");
            List<Ref> related = f.idList("related", Fields.CONTROL_ID, "control");
            List<Ref> aliases = f.idList("aliases", Fields.CONTROL_ID, "alias");
            Optional<Ref> supersededBy = f.id("superseded_by", Fields.CONTROL_ID, "control");
            f.finish();
            id.ifPresent(ref -> checkFileName(file, ".yaml", ref, "control"));
            if (id.isEmpty() || area.isEmpty()) return Optional.empty();
            return Optional.of(new Control(id.get().id(), title, area.get(), topic, level, severity, responsibility,
                    status, owner, reviewed, statement, List.copyOf(requirements), rationale, guidance,
                    List.copyOf(services), List.copyOf(verification), List.copyOf(evidence), references,
                    List.copyOf(related), List.copyOf(aliases), supersededBy, f.position()));
        });
    }

    private List<Applicability> applicability(Fields f) {
        List<Applicability> out = new ArrayList<>();
        for (YamlNode item : f.list("services")) {
            if (item instanceof YamlNode.Scalar) {
                f.asString(item, "services").flatMap(s -> f.checkId(s, item.position(), Fields.SLUG, "service"))
                        .ifPresent(ref -> out.add(new Applicability(ref, Optional.empty(), Markdown.EMPTY,
                                Markdown.EMPTY)));
                continue;
            }
            Fields.of(item, "a service entry", SERVICE_ENTRY_KEYS, diagnostics,
                    f.markdownSource()).ifPresent(s -> {
                        Optional<Ref> ref = s.has("id") ? s.id("id", Fields.SLUG, "service") : this.<Ref>missing(s, "id");
                        Optional<Responsibility> r = s.keyword("responsibility", Responsibility.class);
                        Markdown provider = s.markdown("provider");
                        Markdown customer = s.markdown("customer");
                        s.finish();
                        ref.ifPresent(x -> out.add(new Applicability(x, r, provider, customer)));
                    });
        }
        return out;
    }

    /** {@code references: { framework-id: [identifier, ...] }}. */
    private List<Citation> citations(Fields f, String key) {
        List<Citation> out = new ArrayList<>();
        f.mapping(key).ifPresent(m -> {
            for (Map.Entry<String, YamlNode.Mapping.Entry> e : m.view().entrySet()) {
                Ref framework = new Ref(e.getKey(), e.getValue().keyPosition());
                List<Ref> ids = new ArrayList<>();
                YamlNode v = e.getValue().value();
                List<YamlNode> items = v instanceof YamlNode.Sequence s ? s.items() : List.of(v);
                for (YamlNode item : items) {
                    f.asString(item, key + "." + e.getKey()).ifPresent(s -> {
                        String problem = org.bulwark.model.Ids.identifierProblem(s);
                        if (problem != null) {
                            diagnostics.error(item.position(), "bad-id", "framework identifier '" + printable(s)
                                    + "' " + problem);
                        } else {
                            ids.add(new Ref(s, item.position()));
                        }
                    });
                }
                out.add(new Citation(framework, List.copyOf(ids)));
            }
        });
        return List.copyOf(out);
    }

    /** A value shown in a message: control characters as \\uXXXX, long values cut. */
    private static String printable(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length() && i < 80; i++) {
            char c = s.charAt(i);
            if (Character.isISOControl(c)) sb.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
            else sb.append(c);
        }
        return s.length() > 80 ? sb + "..." : sb.toString();
    }

    Optional<Service> service(YamlNode node, MarkdownSource source, Path file) {
        return Fields.of(node, "a service", SERVICE_KEYS, diagnostics, source).flatMap(f -> {
            Optional<Ref> id = f.has("id") ? f.id("id", Fields.SLUG, "service") : missing(f, "id");
            String name = f.requiredString("name").orElse("");
            Category category = f.keyword("category", Category.class).orElse(Category.INFRASTRUCTURE);
            if (!f.has("category")) diagnostics.error(f.position(), "missing-field", "a service has no 'category' (required)");
            Markdown summary = f.markdown("summary");
            List<LayerOwner> layers = f.objects("responsibilities", "a responsibility",
                    RESPONSIBILITY_KEYS, r -> {
                        Optional<Ref> layer = r.has("layer") ? r.id("layer", Fields.SLUG, "layer") : missing(r, "layer");
                        Optional<Responsibility> owner = r.has("owner")
                                ? r.keyword("owner", Responsibility.class) : missing(r, "owner");
                        Markdown notes = r.markdown("notes");
                        return layer.flatMap(l -> owner.map(o -> new LayerOwner(l, o, notes)));
                    });
            Markdown guidance = f.markdown("guidance");
            f.finish();
            id.ifPresent(ref -> checkFileName(file, ".yaml", ref, "service"));
            return id.map(ref -> new Service(ref.id(), name, category, summary, List.copyOf(layers), guidance,
                    f.position()));
        });
    }

    Optional<Page> page(ContentLoader.ParsedMarkdown parsed, Path file) {
        String id = baseName(file, ".md");
        SourcePosition at = SourcePosition.of(file).at(1, 1);
        if (!Fields.SLUG.matcher(id).matches()) {
            diagnostics.error(at, "bad-id", "invalid page id '" + id + "' (from the file name): must be lower-case "
                    + "words joined by hyphens ([a-z0-9]+(-[a-z0-9]+)*)");
            return Optional.empty();
        }
        return Fields.of(parsed.frontMatter(), "page front matter", PAGE_KEYS, diagnostics, parsed.source()).map(f -> {
            String title = f.requiredString("title").orElse(id);
            int order = f.integer("order").orElse(1000);
            boolean nav = f.bool("nav").orElse(true);
            Optional<Ref> next = f.id("next", Fields.SLUG, "page");
            Markdown summary = f.markdown("summary");
            f.finish();
            Markdown body = parsed.source().body(parsed.body(), SourcePosition.of(file), parsed.bodyLine());
            return new Page(id, title, order, nav, next, summary, body, at);
        });
    }

    List<Term> glossary(YamlNode node, MarkdownSource source) {
        if (!(node instanceof YamlNode.Sequence seq)) {
            diagnostics.error(node.position(), "wrong-type", "glossary.yaml must be a list of terms, not "
                    + node.describe());
            return List.of();
        }
        List<Term> out = new ArrayList<>();
        for (YamlNode item : seq.items()) {
            Fields.of(item, "a glossary term", TERM_KEYS, diagnostics, source).ifPresent(f -> {
                Optional<String> term = f.requiredString("term");
                Markdown definition = f.requiredMarkdown("definition");
                List<Ref> aliases = f.stringList("aliases");
                f.finish();
                term.ifPresent(t -> out.add(new Term(t.strip(), definition, aliases, f.position())));
            });
        }
        return out;
    }

    private <T> Optional<T> missing(Fields f, String key) {
        diagnostics.error(f.position(), "missing-field", "no '" + key + "' (required)");
        return Optional.empty();
    }

    private void checkFileName(Path file, String extension, Ref id, String kind) {
        String base = baseName(file, extension);
        if (!base.equals(id.id())) {
            diagnostics.error(id.position(), "file-name", kind + " id '" + id.id() + "' does not match its file name '"
                    + file.getFileName() + "' (expected " + id.id() + extension + ")");
        }
    }

    private static String baseName(Path file, String extension) {
        String name = file.getFileName().toString();
        return name.endsWith(extension) ? name.substring(0, name.length() - extension.length()) : name;
    }

}
