package org.bulwark.importing;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The parts of an OSCAL control or group as Bulwark's Markdown: the statement's items as
 * requirements with their sub-items as nested lists, guidance with the other prose parts after
 * it, an area's overview. Which part is the statement is decided here too.
 */
final class OscalParts {
    /** Parts that are not a control's statement when it has no part named "statement". */
    static final Set<String> NOT_STATEMENT = Set.of("guidance", "objective", "assessment",
            "assessment-objective", "assessment-method", "assessment-objects");

    private final OscalProse prose;

    OscalParts(OscalProse prose) {
        this.prose = prose;
    }

    /** The statement's own prose and any parts of it that are not items; "" when it has none. */
    String statement(JsonNode statementPart) {
        StringBuilder text = new StringBuilder(prose.of(statementPart));
        for (JsonNode part : statementPart.path("parts")) {
            if (!part.path("name").asText().equals("item")) appendParagraph(text, partText(part));
        }
        return text.toString();
    }

    /** The guidance part, then the other prose parts with their titles in bold; assessment parts left out. */
    String guidance(JsonNode control, JsonNode statementPart) {
        StringBuilder text = new StringBuilder();
        for (JsonNode part : control.path("parts")) {
            String name = part.path("name").asText();
            if (part == statementPart || NOT_STATEMENT.contains(name) && !name.equals("guidance")) continue;
            String body = partText(part);
            if (body.isEmpty()) continue;
            if (!name.equals("guidance")) body = "**" + heading(part) + ".** " + body;
            appendParagraph(text, body);
        }
        return text.toString();
    }

    /** A requirement: the item's prose, its sub-items as a nested list with their labels. */
    String requirement(JsonNode item) {
        StringBuilder text = new StringBuilder(prose.of(item));
        StringBuilder list = new StringBuilder();
        for (JsonNode sub : item.path("parts")) subItems(sub, 0, list);
        for (JsonNode sub : item.path("parts")) {
            if (!sub.path("name").asText().equals("item")) appendParagraph(text, partText(sub));
        }
        if (!list.isEmpty()) {
            if (!text.isEmpty()) text.append("\n\n");
            text.append(list);
        }
        return text.isEmpty() ? label(item).orElse("(no text)") : text.toString();
    }

    private void subItems(JsonNode part, int depth, StringBuilder list) {
        if (!part.path("name").asText().equals("item")) return;
        list.append("  ".repeat(depth)).append("- ");
        label(part).ifPresent(l -> list.append("**").append(l.strip()).append("** "));
        list.append(oneLine(prose.of(part))).append('\n');
        for (JsonNode sub : part.path("parts")) subItems(sub, depth + 1, list);
    }

    /** A part's prose and its sub-parts' prose, paragraph by paragraph, titled sub-parts in bold. */
    private String partText(JsonNode part) {
        StringBuilder text = new StringBuilder(prose.of(part));
        for (JsonNode sub : part.path("parts")) {
            String body = partText(sub);
            if (body.isEmpty()) continue;
            String lead = sub.has("title") ? "**" + sub.path("title").asText().strip() + ".** "
                    : label(sub).map(l -> "**" + l + "** ").orElse("");
            appendParagraph(text, lead + body);
        }
        return text.toString().strip();
    }

    /** Prose of a group's parts (an overview, say), for the area's page. */
    String partsProse(JsonNode group) {
        StringBuilder text = new StringBuilder();
        for (JsonNode part : group.path("parts")) appendParagraph(text, partText(part));
        return text.toString();
    }

    /** The statement: the part named so, else the first part that is not guidance or assessment. */
    static JsonNode statementPart(JsonNode control) {
        JsonNode fallback = null;
        for (JsonNode part : control.path("parts")) {
            String name = part.path("name").asText();
            if (name.equals("statement")) return part;
            if (fallback == null && !NOT_STATEMENT.contains(name)) fallback = part;
        }
        return fallback;
    }

    static List<JsonNode> items(JsonNode statementPart) {
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode part : statementPart.path("parts")) {
            if (part.path("name").asText().equals("item")) out.add(part);
        }
        return out;
    }

    /** The label NIST prints: the {@code label} prop without a class, else the first one. */
    static Optional<String> label(JsonNode node) {
        String first = null;
        for (JsonNode p : node.path("props")) {
            if (!p.path("name").asText().equals("label")) continue;
            String value = p.path("value").asText().strip();
            if (value.isEmpty()) continue;
            if (!p.has("class")) return Optional.of(value);
            if (first == null) first = value;
        }
        return Optional.ofNullable(first);
    }

    private static String heading(JsonNode part) {
        String t = part.path("title").asText("").strip();
        if (!t.isEmpty()) return t;
        String name = part.path("name").asText().replace('-', ' ');
        return name.isEmpty() ? "Note" : Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    private static void appendParagraph(StringBuilder text, String paragraph) {
        if (paragraph.isBlank()) return;
        if (!text.isEmpty()) text.append("\n\n");
        text.append(paragraph.strip());
    }

    private static String oneLine(String s) {
        return s.replaceAll("\\s*\\n\\s*", " ").strip();
    }

}
