package org.bulwark.load;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.bulwark.model.Category;
import org.bulwark.model.Ids;
import org.bulwark.model.Keyword;
import org.bulwark.model.Level;
import org.bulwark.model.Responsibility;
import org.bulwark.model.Severity;
import org.bulwark.model.Status;
import org.bulwark.model.VerificationMethod;

/**
 * JSON Schemas (draft-07) of the content files, for editors: made from the loader's own key
 * lists, enums and id patterns, so an editor flags what {@code check} would flag. Unknown keys
 * are rejected, like the loader rejects them.
 */
public final class ContentSchemas {
    /** Where {@code init} and the importers put the schemas, relative to the content folder. */
    public static final String FOLDER = ".bulwark/schemas";

    public static final String STANDARD = "standard.schema.json";
    public static final String CONTROL = "control.schema.json";
    public static final String SERVICE = "service.schema.json";
    public static final String GLOSSARY = "glossary.schema.json";
    public static final String FRONT_MATTER = "front-matter.schema.json";

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final ObjectMapper WRITER = new ObjectMapper();

    private ContentSchemas() {}

    /** Schema file name to its text (two-space indent, LF, final newline), in name order. */
    public static SortedMap<String, String> schemas() {
        SortedMap<String, String> out = new TreeMap<>();
        out.put(STANDARD, json(standard()));
        out.put(CONTROL, json(control()));
        out.put(SERVICE, json(service()));
        out.put(GLOSSARY, json(glossary()));
        out.put(FRONT_MATTER, json(frontMatter()));
        return out;
    }

    /** The schemas as files of a content folder: {@code .bulwark/schemas/NAME} to text. */
    public static SortedMap<String, String> files() {
        SortedMap<String, String> out = new TreeMap<>();
        schemas().forEach((name, text) -> out.put(FOLDER + "/" + name, text));
        return out;
    }

    /**
     * The first line of a YAML file at {@code path} (relative to the content folder, with '/')
     * that points the YAML language server (VS Code and others) at its schema. A comment: it
     * changes no line number of the file's data.
     */
    public static String hint(String path, String schema) {
        int depth = (int) path.chars().filter(c -> c == '/').count();
        return "# yaml-language-server: $schema=" + "../".repeat(depth) + FOLDER + "/" + schema + "\n";
    }

    // --- the schemas ---------------------------------------------------------------------

    private static ObjectNode standard() {
        Obj s = new Obj(Readers.STANDARD_KEYS)
                .prop("id", slug("The standard's id, used in exports and as the key of the baseline ticks."))
                .prop("title", text("The standard's title."))
                .prop("version", text("The version of the standard (for example 1.0.0); quote it if YAML would read a number."))
                .prop("owner", string("Who owns the standard."))
                .prop("effective", date("The date the standard takes effect (YYYY-MM-DD)."))
                .prop("provider", string("The cloud provider's display name (for example AWS), used wherever the site speaks of the provider."))
                .prop("summary", markdown("One paragraph about the standard, shown on the home page."))
                .prop("baseline", new Obj(Readers.BASELINE_KEYS)
                        .prop("title", string("Title of the baseline checklist."))
                        .prop("intro", markdown("Shown above the checklist."))
                        .describe("The minimal-baseline checklist.").node())
                .prop("layers", list(new Obj(Readers.LAYER_KEYS)
                        .prop("id", slug("Layer id, used by services' responsibilities."))
                        .prop("title", text("The layer's name."))
                        .require("id", "title").node(), "Shared-responsibility layers, in display order; needed when the standard has services."))
                .prop("frameworks", list(new Obj(Readers.FRAMEWORK_KEYS)
                        .prop("id", slug("Framework id, the key controls cite it under in 'references'."))
                        .prop("title", text("The framework's name and version."))
                        .prop("url", string("A link to the framework's own page of an identifier, with {id} standing for it."))
                        .prop("verification", keyword(VerificationMethod.class, "The verification method whose refs are "
                                + "this framework's identifiers (security-hub for Security Hub's controls): its cross-walk "
                                + "lists the controls that verify with them."))
                        .require("id", "title").node(), "External catalogues that controls cite."))
                .require("title", "version")
                .describe("standard.yaml: the standard's metadata, its responsibility layers and frameworks.");
        return document("Bulwark standard.yaml", s.node());
    }

    private static ObjectNode control() {
        ObjectNode service = new Obj(Readers.SERVICE_ENTRY_KEYS)
                .prop("id", slug("Service id (a file in services/)."))
                .prop("responsibility", keyword(Responsibility.class, "Who secures this control on this service."))
                .prop("provider", markdown("What the provider does."))
                .prop("customer", markdown("What the customer does."))
                .require("id").node();
        Obj c = new Obj(Readers.CONTROL_KEYS)
                .prop("id", controlId("The control's id; the file is named after it (ID.yaml)."))
                .prop("title", text("What must be true, in a few words."))
                .prop("area", slug("The area (a file in areas/) the control belongs to."))
                .prop("topic", slug("A topic of the area."))
                .prop("level", keyword(Level.class, "baseline, standard (the default) or advanced."))
                .prop("severity", keyword(Severity.class, "The impact of the control not being met."))
                .prop("responsibility", keyword(Responsibility.class, "Who secures it under the shared responsibility model."))
                .prop("status", keyword(Status.class, "active (the default), draft, deprecated or withdrawn."))
                .prop("owner", string("The team that owns the control."))
                .prop("reviewed", date("The date of the last review (YYYY-MM-DD)."))
                .prop("statement", requiredMarkdown("The normative requirement."))
                .prop("requirements", list(new Obj(Readers.REQUIREMENT_KEYS)
                        .prop("id", controlId("Requirement id, cited as #req-ID."))
                        .prop("text", requiredMarkdown("The requirement."))
                        .prop("level", keyword(Level.class, "The requirement's level, when above the control's."))
                        .require("id", "text").node(), "Citable parts of the statement."))
                .prop("rationale", markdown("Why the control matters."))
                .prop("guidance", markdown("How to meet it; may hold [[...]] cross-references."))
                .prop("services", list(anyOf(slug("Service id."), service), "Services the control applies to: an id, or an id with the split of responsibility."))
                .prop("verification", list(new Obj(Readers.VERIFICATION_KEYS)
                        .prop("method", keyword(VerificationMethod.class, "How the control is checked."))
                        .prop("ref", string("The rule, control or check's name."))
                        .prop("description", markdown("What the check does."))
                        .require("method").node(), "How the control is checked."))
                .prop("evidence", list(new Obj(Readers.EVIDENCE_KEYS)
                        .prop("id", slug("Evidence id, cited as #evidence-ID."))
                        .prop("description", requiredMarkdown("What an auditor collects."))
                        .require("id", "description").node(), "What an auditor collects to show the control is met."))
                .prop("references", references())
                .prop("related", list(controlId("A related control's id."), "Related controls."))
                .prop("aliases", list(controlId("A former id."), "Former ids of the control; their old URLs keep working."))
                .prop("superseded_by", controlId("The control that replaces this one (deprecated or withdrawn controls)."))
                .require("id", "title", "area", "statement")
                .describe("A control: one file per control under controls/.");
        return document("Bulwark control", c.node());
    }

    private static ObjectNode service() {
        Obj s = new Obj(Readers.SERVICE_KEYS)
                .prop("id", slug("The service's id; the file is named after it (ID.yaml)."))
                .prop("name", text("The service's display name."))
                .prop("category", keyword(Category.class, "The service category of the shared responsibility model."))
                .prop("summary", markdown("What the service is."))
                .prop("responsibilities", list(new Obj(Readers.RESPONSIBILITY_KEYS)
                        .prop("layer", slug("A layer of standard.yaml."))
                        .prop("owner", keyword(Responsibility.class, "Who secures the layer."))
                        .prop("notes", markdown("What the owner does."))
                        .require("layer", "owner").node(), "Every layer of standard.yaml exactly once."))
                .prop("guidance", markdown("What a team using the service must do."))
                .require("id", "name", "category")
                .describe("A cloud service and who secures each layer of it.");
        return document("Bulwark service", s.node());
    }

    private static ObjectNode glossary() {
        ObjectNode term = new Obj(Readers.TERM_KEYS)
                .prop("term", text("The term."))
                .prop("definition", requiredMarkdown("Its definition."))
                .prop("aliases", list(string("Another name."), "Other names, found by [[term:...]] and search."))
                .require("term", "definition").node();
        ObjectNode list = JSON.objectNode();
        list.put("type", "array");
        list.put("description", "glossary.yaml: the list of terms.");
        list.set("items", term);
        return document("Bulwark glossary.yaml", list);
    }

    private static ObjectNode frontMatter() {
        ObjectNode area = new Obj(Readers.AREA_KEYS)
                .prop("title", text("The area's title."))
                .prop("order", integer("Its place among the areas."))
                .prop("summary", markdown("One sentence about the area."))
                .prop("topics", list(new Obj(Readers.TOPIC_KEYS)
                        .prop("id", slug("Topic id, used by controls' 'topic'."))
                        .prop("title", text("The topic's title."))
                        .require("id", "title").node(), "Topics that group the area's controls."))
                .prop("references", references())
                .require("title")
                .describe("The front matter of an area (areas/ID.md).").node();
        ObjectNode page = new Obj(Readers.PAGE_KEYS)
                .prop("title", text("The page's title."))
                .prop("order", integer("Its place among the pages."))
                .prop("nav", bool("Listed in the navigation (default true)."))
                .prop("next", slug("The next page of a reading path."))
                .prop("summary", markdown("One sentence about the page."))
                .require("title")
                .describe("The front matter of a page (pages/ID.md).").node();
        ObjectNode body = JSON.objectNode();
        body.put("description", "The YAML between the --- lines at the top of an area (areas/ID.md) or a page "
                + "(pages/ID.md): either kind's keys, never a mix.");
        ObjectNode definitions = body.putObject("definitions");
        definitions.set("area", area);
        definitions.set("page", page);
        ArrayNode any = body.putArray("anyOf");
        any.addObject().put("$ref", "#/definitions/area");
        any.addObject().put("$ref", "#/definitions/page");
        return document("Bulwark Markdown front matter", body);
    }

    // --- building blocks -------------------------------------------------------------------

    /** An object schema whose properties must all be keys the loader reads. */
    private static final class Obj {
        private final List<String> known;
        private final Map<String, ObjectNode> properties = new LinkedHashMap<>();
        private final List<String> required = new ArrayList<>();
        private String description;

        Obj(List<String> known) {
            this.known = known;
        }

        Obj prop(String key, ObjectNode schema) {
            if (!known.contains(key)) throw new IllegalStateException("the loader reads no key '" + key + "'");
            properties.put(key, schema);
            return this;
        }

        Obj require(String... keys) {
            required.addAll(List.of(keys));
            return this;
        }

        Obj describe(String text) {
            description = text;
            return this;
        }

        ObjectNode node() {
            if (!properties.keySet().containsAll(known)) {
                List<String> missing = new ArrayList<>(known);
                missing.removeAll(properties.keySet());
                throw new IllegalStateException("no schema for keys " + missing);
            }
            ObjectNode n = JSON.objectNode();
            n.put("type", "object");
            if (description != null) n.put("description", description);
            if (!required.isEmpty()) required.forEach(n.withArray("required")::add);
            n.put("additionalProperties", false);
            n.set("properties", JSON.objectNode().setAll(properties));
            return n;
        }
    }

    private static ObjectNode document(String title, ObjectNode body) {
        ObjectNode n = JSON.objectNode();
        n.put("$schema", "http://json-schema.org/draft-07/schema#");
        n.put("title", title);
        n.setAll(body);
        return n;
    }

    private static ObjectNode string(String description) {
        return JSON.objectNode().put("type", "string").put("description", description);
    }

    /** A string that may not be empty. */
    private static ObjectNode text(String description) {
        return string(description).put("minLength", 1).put("pattern", "\\S");
    }

    private static ObjectNode markdown(String description) {
        return string(description + " Markdown.");
    }

    private static ObjectNode requiredMarkdown(String description) {
        return markdown(description).put("pattern", "\\S");
    }

    private static ObjectNode integer(String description) {
        return JSON.objectNode().put("type", "integer").put("description", description);
    }

    private static ObjectNode bool(String description) {
        return JSON.objectNode().put("type", "boolean").put("description", description);
    }

    private static ObjectNode date(String description) {
        return string(description).put("pattern", anchored(Fields.ISO_DATE));
    }

    private static ObjectNode slug(String description) {
        return string(description + " Lower-case words joined by hyphens.").put("pattern", anchored(Ids.SLUG));
    }

    private static ObjectNode controlId(String description) {
        return string(description + " " + Ids.CONTROL_RULE + ".").put("pattern", anchored(Ids.CONTROL));
    }

    private static <E extends Enum<E> & Keyword> ObjectNode keyword(Class<E> type, String description) {
        ObjectNode n = string(description);
        ArrayNode values = n.putArray("enum");
        for (E e : type.getEnumConstants()) values.add(e.keyword());
        return n;
    }

    /** A list, or nothing at all ({@code key:} with no value reads as an empty list). */
    private static ObjectNode list(ObjectNode items, String description) {
        ObjectNode n = JSON.objectNode();
        n.putArray("type").add("array").add("null");
        n.put("description", description);
        n.set("items", items);
        return n;
    }

    private static ObjectNode anyOf(ObjectNode... choices) {
        ObjectNode n = JSON.objectNode();
        ArrayNode any = n.putArray("anyOf");
        for (ObjectNode c : choices) any.add(c);
        return n;
    }

    /** {@code references: { framework-id: [identifier, ...] }}; one identifier may stand alone. */
    private static ObjectNode references() {
        ObjectNode identifier = string("An identifier as the framework publishes it: one line, 1-"
                + Ids.MAX_IDENTIFIER + " characters, no space at either end.")
                .put("maxLength", Ids.MAX_IDENTIFIER)
                .put("pattern", "^[^\\s\\u0000-\\u001f\\u007f-\\u009f](?:[^\\u0000-\\u001f\\u007f-\\u009f\\u2028\\u2029]*"
                        + "[^\\s\\u0000-\\u001f\\u007f-\\u009f])?$");
        ObjectNode n = JSON.objectNode();
        n.put("type", "object");
        n.put("description", "Framework id (from standard.yaml) to the identifiers cited in it.");
        n.set("propertyNames", JSON.objectNode().put("pattern", anchored(Ids.SLUG)));
        ObjectNode values = JSON.objectNode();
        values.putArray("anyOf").add(identifier).add(JSON.objectNode().put("type", "array").set("items", identifier));
        n.set("additionalProperties", values);
        return n;
    }

    private static String anchored(Pattern p) {
        return "^(?:" + p.pattern() + ")$";
    }

    private static String json(ObjectNode schema) {
        try {
            DefaultPrettyPrinter pretty = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                    .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                    .withArrayIndenter(new DefaultIndenter("  ", "\n"));
            return WRITER.writer(pretty).writeValueAsString(schema) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
