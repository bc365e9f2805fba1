package org.bulwark.importing;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.bulwark.diag.Diagnostics;
import org.bulwark.model.Ids;

/**
 * An OSCAL 1.x catalog, already valid against NIST's schema, as a draft standard: top-level
 * groups become areas and deeper groups their topics; every control and nested control
 * (enhancement) becomes a control, named by its label where that is a valid id; the statement
 * becomes the statement and its items the requirements; guidance stays guidance; withdrawn
 * controls stay withdrawn; links between controls become {@code related}; and every control cites
 * its identifier under a framework named after the catalog.
 */
public final class OscalImport {

    private final LocatedJson json;
    private final Diagnostics diagnostics;
    private final JsonNode catalog;
    private final Map<String, JsonNode> params = new HashMap<>();
    private final Map<String, String> resources = new HashMap<>();
    private final Map<String, OscalProse.Target> targets = new HashMap<>();
    /** Every control of the catalog, nested ones too, in document order. */
    private final List<Found> found = new ArrayList<>();
    private final List<AreaSource> areas = new ArrayList<>();
    private OscalProse prose;
    private OscalParts parts;

    /** An area, and the group whose parts become its text (none for the area of ungrouped controls). */
    private record AreaSource(String id, String title, int order, List<Draft.Topic> topics,
                              Optional<JsonNode> group, String otherwise) {}

    /** A control where it was found, and what it is called in the standard. */
    private static final class Found {
        final JsonNode node;
        final String area;
        final Optional<String> topic;
        final boolean withdrawn;
        String id;
        JsonNode statementPart;
        final Map<JsonNode, String> requirementIds = new LinkedHashMap<>();

        Found(JsonNode node, String area, Optional<String> topic) {
            this.node = node;
            this.area = area;
            this.topic = topic;
            this.withdrawn = isWithdrawn(node);
        }

        String oscalId() {
            return node.path("id").asText();
        }
    }

    private OscalImport(LocatedJson json, Diagnostics diagnostics) {
        this.json = json;
        this.diagnostics = diagnostics;
        this.catalog = json.root().path("catalog");
    }

    /**
     * The catalog in {@code file} (JSON, or gzipped JSON) as a draft, or empty when the file is not
     * a valid OSCAL 1.x catalog (the errors say why and where). Ids made up where the catalog's
     * would not do are reported as warnings.
     */
    public static Optional<Draft> read(java.nio.file.Path file, Diagnostics diagnostics) {
        return OscalSource.read(file, diagnostics).map(json -> new OscalImport(json, diagnostics).run());
    }

    /** How many controls the catalog holds, nested ones included. */
    static int countControls(JsonNode catalog) {
        int n = 0;
        for (JsonNode c : catalog.path("controls")) n += 1 + countControls(c);
        for (JsonNode g : catalog.path("groups")) n += countControls(g);
        return n;
    }

    private Draft run() {
        JsonNode metadata = catalog.path("metadata");
        String title = metadata.path("title").asText().strip();
        String framework = orElse(Names.slug(title, "catalog"), "catalog");
        collectParams(catalog);
        for (JsonNode r : catalog.path("back-matter").path("resources")) webAddress(r).ifPresent(
                href -> resources.put(r.path("uuid").asText(), href));
        collectAreas(title);
        nameControls();
        prose = new OscalProse(params, resources, targets);
        parts = new OscalParts(prose);
        List<Draft.Control> controls = new ArrayList<>();
        for (Found f : found) controls.add(control(f, framework));
        int expected = countControls(catalog);
        if (controls.size() != expected) {
            throw new IllegalStateException("the catalog holds " + expected + " controls, the import made " + controls.size());
        }
        Draft.Standard standard = new Draft.Standard(framework, title, metadata.path("version").asText(),
                owner(metadata), effective(metadata), Optional.empty(), summary(metadata, title),
                List.of(new Draft.Framework(framework, title, Optional.empty())));
        List<Draft.Area> areaList = new ArrayList<>();
        for (AreaSource a : areas) {
            String body = a.group().map(parts::partsProse).orElse("");
            areaList.add(new Draft.Area(a.id(), a.title(), a.order(), "", a.topics(), body.isEmpty() ? a.otherwise() : body));
        }
        return new Draft(standard, List.copyOf(areaList), List.copyOf(controls));
    }

    // --- groups and controls ---------------------------------------------------------------

    private void collectParams(JsonNode holder) {
        for (JsonNode p : holder.path("params")) params.put(p.path("id").asText(), p);
        for (JsonNode g : holder.path("groups")) collectParams(g);
        for (JsonNode c : holder.path("controls")) collectParams(c);
    }

    private void collectAreas(String catalogTitle) {
        Names areaIds = new Names();
        int order = 1;
        for (JsonNode group : catalog.path("groups")) {
            String groupTitle = group.path("title").asText().strip();
            String id = areaIds.unique(orElse(Names.slug(groupTitle, group.path("id").asText()), "area"));
            List<Draft.Topic> topics = new ArrayList<>();
            Names topicIds = new Names();
            collectControls(group.path("controls"), id, Optional.empty());
            for (JsonNode sub : group.path("groups")) collectTopics(sub, id, "", topics, topicIds);
            areas.add(new AreaSource(id, groupTitle, order++, List.copyOf(topics), Optional.of(group),
                    "The controls of *" + groupTitle + "* in " + catalogTitle + "."));
        }
        if (catalog.path("controls").size() > 0) {
            boolean only = catalog.path("groups").isEmpty();
            String id = areaIds.unique(only ? orElse(Names.slug(catalogTitle, ""), "controls") : "other-controls");
            String areaTitle = only ? catalogTitle : "Other controls";
            collectControls(catalog.path("controls"), id, Optional.empty());
            areas.add(new AreaSource(id, areaTitle, order, List.of(), Optional.empty(), only
                    ? "The controls of " + catalogTitle + "." : "The controls of " + catalogTitle + " that belong to no group."));
        }
    }

    /** A group below an area is a topic; deeper groups are topics too, titled with their path. */
    private void collectTopics(JsonNode group, String area, String parentTitle, List<Draft.Topic> topics, Names ids) {
        String groupTitle = group.path("title").asText().strip();
        String fullTitle = parentTitle.isEmpty() ? groupTitle : parentTitle + " / " + groupTitle;
        String id = ids.unique(orElse(Names.slug(groupTitle, group.path("id").asText()), "topic"));
        topics.add(new Draft.Topic(id, fullTitle));
        collectControls(group.path("controls"), area, Optional.of(id));
        for (JsonNode sub : group.path("groups")) collectTopics(sub, area, fullTitle, topics, ids);
    }

    private void collectControls(JsonNode controls, String area, Optional<String> topic) {
        for (JsonNode c : controls) {
            found.add(new Found(c, area, topic));
            collectControls(c.path("controls"), area, topic); // enhancements sit with their control
        }
    }

    /**
     * Ids in two rounds: first every valid label, in document order, so that a made-up id never
     * takes a label's place; then the rest, from their OSCAL ids.
     */
    private void nameControls() {
        Names ids = new Names();
        for (Found f : found) {
            OscalParts.label(f.node).filter(l -> Ids.CONTROL.matcher(l).matches()).filter(ids::claim).ifPresent(l -> f.id = l);
        }
        for (Found f : found) {
            if (f.id == null) {
                f.id = ids.unique(orElse(Names.controlId(f.oscalId()), "control"));
                Optional<String> label = OscalParts.label(f.node);
                if (label.isPresent()) {
                    String why = Ids.CONTROL.matcher(label.get()).matches()
                            ? "is the id of another control already (ids may not differ in case only)"
                            : "is not a valid control id (" + Ids.CONTROL_RULE + ")";
                    diagnostics.warning(json.position(f.node), "derived-id", "label '" + label.get() + "' of control '"
                            + f.oscalId() + "' " + why + "; imported as " + f.id);
                } else if (!f.id.equals(f.oscalId())) {
                    diagnostics.warning(json.position(f.node), "derived-id", "control '" + f.oscalId()
                            + "' has no label and its id is not a valid control id; imported as " + f.id);
                }
            }
            targets.put(f.oscalId(), new OscalProse.Target(f.id, Optional.empty(), f.withdrawn));
            f.statementPart = OscalParts.statementPart(f.node);
            if (f.statementPart != null) nameRequirements(f);
        }
    }

    private void nameRequirements(Found f) {
        Names ids = new Names();
        int n = 0;
        for (JsonNode item : OscalParts.items(f.statementPart)) {
            n++;
            Optional<String> label = OscalParts.label(item);
            String wanted = label.map(OscalImport::bareLabel).orElse("");
            String id;
            if (Ids.CONTROL.matcher(wanted).matches() && ids.claim(wanted)) {
                id = wanted;
            } else {
                String partId = item.path("id").asText();
                String fromPart = Names.controlId(partId.substring(partId.lastIndexOf('.') + 1));
                id = ids.unique(orElse(fromPart, "item-" + n));
                if (label.isPresent()) {
                    diagnostics.warning(json.position(item), "derived-id", "label '" + label.get() + "' of an item of "
                            + f.oscalId() + " is not a valid requirement id (" + Ids.CONTROL_RULE + ")"
                            + "; imported as " + id);
                }
            }
            f.requirementIds.put(item, id);
            if (item.has("id")) {
                targets.put(item.path("id").asText(), new OscalProse.Target(f.id, Optional.of(id), f.withdrawn));
            }
        }
    }

    /** An item's label without its punctuation: {@code a.} -> {@code a}, {@code (1)} -> {@code 1}. */
    private static String bareLabel(String label) {
        String s = label.strip();
        if (s.endsWith(".")) s = s.substring(0, s.length() - 1);
        if (s.startsWith("(") && s.endsWith(")") && s.length() > 2) s = s.substring(1, s.length() - 1);
        return s;
    }

    // --- one control -----------------------------------------------------------------------

    private Draft.Control control(Found f, String framework) {
        JsonNode node = f.node;
        String title = prose.text(node.path("title").asText());
        List<Draft.Requirement> requirements = new ArrayList<>();
        f.requirementIds.forEach((item, id) -> requirements.add(new Draft.Requirement(id, parts.requirement(item))));
        String statement = statement(f, requirements);
        String cited = OscalParts.label(node).orElse(f.oscalId());
        return new Draft.Control(f.area, f.id, title, f.area, f.topic, Optional.empty(), Optional.empty(),
                Optional.empty(), f.withdrawn ? Optional.of("withdrawn") : Optional.empty(), Optional.empty(),
                Optional.empty(), statement, List.copyOf(requirements), "", parts.guidance(node, f.statementPart),
                List.of(new Draft.Citation(framework, List.of(cited))), related(f), List.of(),
                f.withdrawn ? successor(f) : Optional.empty());
    }

    private String statement(Found f, List<Draft.Requirement> requirements) {
        StringBuilder text = new StringBuilder(f.statementPart == null ? "" : parts.statement(f.statementPart));
        if (text.isEmpty() && !requirements.isEmpty()) {
            String first = requirements.get(0).id();
            String last = requirements.get(requirements.size() - 1).id();
            text.append(requirements.size() == 1 ? "Meet requirement " + first + " below."
                    : "Meet requirements " + first + " to " + last + " below.");
        }
        if (text.isEmpty() && f.withdrawn) text.append(withdrawal(f));
        if (text.isEmpty()) {
            diagnostics.warning(json.position(f.node), "no-statement", "control '" + f.oscalId()
                    + "' has no statement; its title is its statement");
            text.append(prose.text(f.node.path("title").asText())).append('.');
        }
        return text.toString();
    }

    private String withdrawal(Found f) {
        List<String> parts = new ArrayList<>();
        for (JsonNode link : f.node.path("links")) {
            String rel = link.path("rel").asText();
            if (!rel.equals("incorporated-into") && !rel.equals("moved-to")) continue;
            fragment(link).flatMap(prose::target).ifPresent(t -> {
                String name = t.withdrawn() ? t.control() : "[[" + t.control() + "]]";
                parts.add((rel.equals("moved-to") ? "moved to " : "incorporated into ") + name);
            });
        }
        List<String> unique = List.copyOf(new LinkedHashSet<>(parts));
        return unique.isEmpty() ? "Withdrawn." : "Withdrawn: " + String.join("; ", unique) + ".";
    }

    /** The first control the withdrawn one went into that is not withdrawn itself, following the chain. */
    private Optional<String> successor(Found f) {
        Set<String> seen = new HashSet<>();
        JsonNode node = f.node;
        while (seen.add(node.path("id").asText())) {
            Optional<JsonNode> next = Optional.empty();
            for (JsonNode link : node.path("links")) {
                String rel = link.path("rel").asText();
                if (!rel.equals("incorporated-into") && !rel.equals("moved-to")) continue;
                Optional<OscalProse.Target> t = fragment(link).flatMap(prose::target);
                if (t.isEmpty()) continue;
                if (!t.get().withdrawn()) return Optional.of(t.get().control());
                if (next.isEmpty()) next = byId(t.get().control());
            }
            if (next.isEmpty()) return Optional.empty();
            node = next.get();
        }
        return Optional.empty();
    }

    private Optional<JsonNode> byId(String bulwarkId) {
        return found.stream().filter(x -> x.id.equals(bulwarkId)).map(x -> x.node).findFirst();
    }

    private List<String> related(Found f) {
        Set<String> out = new LinkedHashSet<>();
        for (JsonNode link : f.node.path("links")) {
            if (!link.path("rel").asText().equals("related")) continue;
            fragment(link).flatMap(prose::target).map(OscalProse.Target::control)
                    .filter(id -> !id.equals(f.id)).ifPresent(out::add);
        }
        return List.copyOf(out);
    }

    // --- small readers ---------------------------------------------------------------------

    private static boolean isWithdrawn(JsonNode control) {
        for (JsonNode p : control.path("props")) {
            if (p.path("name").asText().equals("status") && !p.has("ns")
                    && p.path("value").asText().strip().equalsIgnoreCase("withdrawn")) return true;
        }
        return false;
    }

    private static Optional<String> fragment(JsonNode link) {
        String href = link.path("href").asText();
        return href.startsWith("#") && href.length() > 1 ? Optional.of(href.substring(1)) : Optional.empty();
    }

    private static Optional<String> webAddress(JsonNode resource) {
        for (JsonNode l : resource.path("rlinks")) {
            String href = l.path("href").asText();
            if (href.startsWith("https://") || href.startsWith("http://")) return Optional.of(href);
        }
        return Optional.empty();
    }

    private static Optional<String> owner(JsonNode metadata) {
        Map<String, String> parties = new HashMap<>();
        for (JsonNode p : metadata.path("parties")) parties.put(p.path("uuid").asText(), p.path("name").asText(""));
        for (JsonNode rp : metadata.path("responsible-parties")) {
            if (!rp.path("role-id").asText().equals("creator")) continue;
            for (JsonNode uuid : rp.path("party-uuids")) {
                String name = parties.getOrDefault(uuid.asText(), "").strip();
                if (!name.isEmpty()) return Optional.of(name);
            }
        }
        for (JsonNode p : metadata.path("parties")) {
            String name = p.path("name").asText("").strip();
            if (p.path("type").asText().equals("organization") && !name.isEmpty()) return Optional.of(name);
        }
        return Optional.empty();
    }

    /** The publication date, else the last modification's date: the day the catalog took its form. */
    private static Optional<String> effective(JsonNode metadata) {
        for (String key : List.of("published", "last-modified")) {
            String v = metadata.path(key).asText("");
            if (v.length() >= 10 && Ids.ISO_DATE.matcher(v.substring(0, 10)).matches()) return Optional.of(v.substring(0, 10));
        }
        return Optional.empty();
    }

    private static String summary(JsonNode metadata, String title) {
        return "Imported from the OSCAL catalog *" + title + "*, version " + metadata.path("version").asText()
                + " (OSCAL " + metadata.path("oscal-version").asText() + "). Every control cites its identifier in "
                + "the catalog, so the framework's cross-walk leads back to the source.";
    }

    private static String orElse(String value, String fallback) {
        return value.isEmpty() ? fallback : value;
    }
}
