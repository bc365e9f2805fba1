package org.bulwark.importing;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * OSCAL prose as Bulwark Markdown: parameters written out the way NIST prints them
 * ({@code [Assignment: organization-defined frequency]}, {@code [Selection (one or more): a; b]}),
 * links to controls as cross-references, links to back-matter resources to the resource's URL.
 */
final class OscalProse {
    private static final Pattern INSERT = Pattern.compile("\\{\\{\\s*insert:\\s*param,\\s*([^\\s}]+)\\s*}}");
    private static final Pattern FRAGMENT_LINK = Pattern.compile("\\[([^\\]\\n]*)]\\(#([^)\\s]+)\\)");
    /** Parameters may refer to parameters (a choice naming another); deeper than this is a loop. */
    private static final int MAX_DEPTH = 8;

    /** Where a fragment of the catalog lands in the standard: a control, and maybe one of its requirements. */
    record Target(String control, Optional<String> requirement, boolean withdrawn) {}

    private final Map<String, JsonNode> params;
    private final Map<String, String> resources;
    private final Map<String, Target> targets;

    /**
     * @param params    parameter id to its definition, from every level of the catalog
     * @param resources back-matter resource uuid to its web address
     * @param targets   control and statement-part ids to what they became
     */
    OscalProse(Map<String, JsonNode> params, Map<String, String> resources, Map<String, Target> targets) {
        this.params = params;
        this.resources = resources;
        this.targets = targets;
    }

    /** A part's own prose, converted; "" when it has none. */
    String of(JsonNode part) {
        return text(part.path("prose").asText(""));
    }

    String text(String prose) {
        return parameters(links(prose), 0).strip();
    }

    /** The target of a fragment: a control id, or a part id inside one ({@code ac-2_smt.a.1}). */
    Optional<Target> target(String fragment) {
        String f = fragment;
        while (true) {
            Target t = targets.get(f);
            if (t != null) return Optional.of(t);
            int dot = f.lastIndexOf('.');
            int underscore = f.indexOf('_');
            if (dot > underscore && underscore >= 0) {
                f = f.substring(0, dot); // ac-2_smt.a.1 -> ac-2_smt.a
            } else if (underscore > 0) {
                f = f.substring(0, underscore); // ac-2_smt -> ac-2, ac-2_gdn -> ac-2
            } else {
                return Optional.empty();
            }
        }
    }

    private String links(String prose) {
        Matcher m = FRAGMENT_LINK.matcher(prose);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(link(m.group(1), m.group(2))));
        }
        m.appendTail(out);
        return out.toString();
    }

    private String link(String text, String fragment) {
        Optional<Target> t = target(fragment);
        if (t.isPresent()) {
            Target target = t.get();
            // a withdrawn control is named, not linked: a link to a tombstone would only warn
            if (target.withdrawn()) return text.isBlank() ? target.control() : text;
            String ref = target.control() + target.requirement().map(r -> "#req-" + r).orElse("");
            boolean plain = text.isBlank() || text.strip().equals(target.control()) && target.requirement().isEmpty()
                    || text.contains("|") || text.contains("[") || text.contains("]");
            return "[[" + ref + (plain ? "" : "|" + text.strip()) + "]]";
        }
        String href = resources.get(fragment);
        if (href != null) return "[" + text + "](" + href + ")";
        return text;
    }

    private String parameters(String prose, int depth) {
        if (prose.indexOf("{{") < 0) return prose;
        Matcher m = INSERT.matcher(prose);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(parameter(m.group(1), depth)));
        }
        m.appendTail(out);
        return out.toString();
    }

    private String parameter(String id, int depth) {
        JsonNode p = params.get(id);
        if (p == null || depth > MAX_DEPTH) return "[Assignment: organization-defined " + id + "]";
        List<String> values = new ArrayList<>();
        p.path("values").forEach(v -> values.add(parameters(links(v.asText()), depth + 1)));
        if (!values.isEmpty()) return String.join("; ", values);
        JsonNode select = p.path("select");
        if (select.isObject()) {
            List<String> choices = new ArrayList<>();
            select.path("choice").forEach(c -> choices.add(parameters(links(c.asText()), depth + 1).strip()));
            String how = select.path("how-many").asText("");
            return "[Selection" + (how.equals("one-or-more") ? " (one or more)" : "") + ": "
                    + String.join("; ", choices) + "]";
        }
        String label = parameters(links(p.path("label").asText("")), depth + 1).strip();
        if (label.isEmpty()) return "[Assignment: organization-defined " + id + "]";
        boolean defined = label.toLowerCase(Locale.ROOT).startsWith("organization-defined");
        return "[Assignment: " + (defined ? "" : "organization-defined ") + label + "]";
    }
}
