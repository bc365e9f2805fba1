package org.bulwark.load;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.bulwark.diag.Diagnostics;
import org.bulwark.diag.SourcePosition;
import org.bulwark.diag.Suggest;
import org.bulwark.model.Keyword;
import org.bulwark.model.Markdown;
import org.bulwark.model.Ref;

/**
 * Reads the fields of one YAML mapping into typed values, reporting every problem at the
 * field's own position. {@link #finish()} reports the keys nobody asked for, with a
 * did-you-mean against the keys that exist.
 */
final class Fields {
    static final Pattern CONTROL_ID = org.bulwark.model.Ids.CONTROL;
    static final Pattern SLUG = org.bulwark.model.Ids.SLUG;
    static final Pattern ISO_DATE = org.bulwark.model.Ids.ISO_DATE;

    private final YamlNode.Mapping map;
    private final String what;
    private final Set<String> known;
    private final Diagnostics diagnostics;
    private final MarkdownSource markdownSource;

    private Fields(YamlNode.Mapping map, String what, Set<String> known, Diagnostics diagnostics,
                   MarkdownSource markdownSource) {
        this.map = map;
        this.what = what;
        this.known = known;
        this.diagnostics = diagnostics;
        this.markdownSource = markdownSource;
    }

    /** Fields of {@code node}, or empty (with an error) when it is not a mapping. */
    static Optional<Fields> of(YamlNode node, String what, List<String> knownKeys, Diagnostics diagnostics,
                               MarkdownSource markdownSource) {
        if (node instanceof YamlNode.Mapping m) {
            return Optional.of(new Fields(m, what, new LinkedHashSet<>(knownKeys), diagnostics, markdownSource));
        }
        diagnostics.error(node.position(), "wrong-type", what + " must be a mapping of keys to values, not "
                + node.describe());
        return Optional.empty();
    }

    SourcePosition position() {
        return map.position();
    }

    SourcePosition positionOf(String key) {
        YamlNode.Mapping.Entry e = map.entries().get(key);
        return e == null ? map.position() : e.value().position();
    }

    boolean has(String key) {
        return map.entries().containsKey(key);
    }

    Diagnostics diagnostics() {
        return diagnostics;
    }

    MarkdownSource markdownSource() {
        return markdownSource;
    }

    /** Reports unknown keys. Call once every field has been read. */
    void finish() {
        map.entries().forEach((key, entry) -> {
            if (!known.contains(key)) {
                diagnostics.error(entry.keyPosition(), "unknown-key", "unknown key '" + key + "' in " + what
                        + Suggest.hint(key, known));
            }
        });
    }

    Optional<String> string(String key) {
        YamlNode n = map.get(key);
        if (n == null) return Optional.empty();
        return asString(n, key);
    }

    Optional<String> asString(YamlNode n, String key) {
        if (n instanceof YamlNode.Scalar s) {
            switch (s.kind()) {
                case STRING:
                    return Optional.of(s.text());
                case NULL:
                    diagnostics.error(s.position(), "missing-value", "'" + key + "' is empty");
                    return Optional.empty();
                default:
                    diagnostics.error(s.position(), "not-a-string", "'" + key + "' must be a string, but YAML reads "
                            + s.text() + " as " + s.describe() + ": quote it (\"" + s.text() + "\")");
                    return Optional.empty();
            }
        }
        diagnostics.error(n.position(), "wrong-type", "'" + key + "' must be a string, not " + n.describe());
        return Optional.empty();
    }

    Optional<String> requiredString(String key) {
        if (!has(key)) {
            diagnostics.error(map.position(), "missing-field", what + " has no '" + key + "' (required)");
            return Optional.empty();
        }
        return string(key).filter(s -> {
            if (s.isBlank()) {
                diagnostics.error(positionOf(key), "missing-value", "'" + key + "' is empty");
                return false;
            }
            return true;
        });
    }

    Markdown markdown(String key) {
        YamlNode n = map.get(key);
        if (n == null) return Markdown.EMPTY;
        return asString(n, key).map(text -> markdownSource.of(text, n.position())).orElse(Markdown.EMPTY);
    }

    Markdown requiredMarkdown(String key) {
        if (!has(key)) {
            diagnostics.error(map.position(), "missing-field", what + " has no '" + key + "' (required)");
            return Markdown.EMPTY;
        }
        Markdown md = markdown(key);
        if (md.isBlank() && map.get(key) instanceof YamlNode.Scalar s && s.kind() == YamlNode.Scalar.Kind.STRING) {
            diagnostics.error(positionOf(key), "missing-value", "'" + key + "' is empty");
        }
        return md;
    }

    Optional<Ref> id(String key, Pattern pattern, String kind) {
        return string(key).flatMap(s -> checkId(s, positionOf(key), pattern, kind));
    }

    Optional<Ref> checkId(String value, SourcePosition at, Pattern pattern, String kind) {
        if (!pattern.matcher(value).matches()) {
            String expected = pattern == CONTROL_ID ? org.bulwark.model.Ids.CONTROL_RULE
                    : org.bulwark.model.Ids.SLUG_RULE;
            diagnostics.error(at, "bad-id", "invalid " + kind + " id '" + value + "': must be " + expected);
            return Optional.empty();
        }
        return Optional.of(new Ref(value, at));
    }

    Optional<String> date(String key) {
        return string(key).filter(s -> {
            if (!ISO_DATE.matcher(s).matches()) {
                diagnostics.error(positionOf(key), "bad-date", "'" + key + "' must be an ISO date (YYYY-MM-DD), not '"
                        + s + "'");
                return false;
            }
            return true;
        });
    }

    <E extends Enum<E> & Keyword> Optional<E> keyword(String key, Class<E> type) {
        return string(key).flatMap(s -> parseKeyword(s, positionOf(key), key, type));
    }

    <E extends Enum<E> & Keyword> Optional<E> parseKeyword(String s, SourcePosition at, String key, Class<E> type) {
        List<String> words = new ArrayList<>();
        for (E e : type.getEnumConstants()) {
            if (e.keyword().equals(s)) return Optional.of(e);
            words.add(e.keyword());
        }
        diagnostics.error(at, "bad-value", "'" + key + "' must be one of " + String.join(", ", words) + ", not '" + s
                + "'" + Suggest.hint(s, words));
        return Optional.empty();
    }

    Optional<Integer> integer(String key) {
        YamlNode n = map.get(key);
        if (n == null) return Optional.empty();
        if (n instanceof YamlNode.Scalar s && s.kind() == YamlNode.Scalar.Kind.NUMBER) {
            try {
                return Optional.of(Integer.parseInt(s.text()));
            } catch (NumberFormatException e) {
                // falls through to the error below
            }
        }
        diagnostics.error(n.position(), "wrong-type", "'" + key + "' must be a whole number, not " + n.describe());
        return Optional.empty();
    }

    Optional<Boolean> bool(String key) {
        YamlNode n = map.get(key);
        if (n == null) return Optional.empty();
        if (n instanceof YamlNode.Scalar s && s.kind() == YamlNode.Scalar.Kind.BOOLEAN) {
            return Optional.of(Boolean.parseBoolean(s.text().toLowerCase(java.util.Locale.ROOT)));
        }
        diagnostics.error(n.position(), "wrong-type", "'" + key + "' must be true or false, not " + n.describe());
        return Optional.empty();
    }

    /** The items of a list field; a missing field is an empty list. */
    List<YamlNode> list(String key) {
        YamlNode n = map.get(key);
        if (n == null) return List.of();
        if (n instanceof YamlNode.Sequence s) return s.items();
        if (n instanceof YamlNode.Scalar s && s.kind() == YamlNode.Scalar.Kind.NULL) return List.of();
        diagnostics.error(n.position(), "wrong-type", "'" + key + "' must be a list, not " + n.describe());
        return List.of();
    }

    /** A list of strings; items that are not strings are reported and skipped. */
    List<Ref> stringList(String key) {
        List<Ref> out = new ArrayList<>();
        for (YamlNode item : list(key)) {
            asString(item, key).ifPresent(s -> out.add(new Ref(s, item.position())));
        }
        return out;
    }

    /** A list of ids matching {@code pattern}. */
    List<Ref> idList(String key, Pattern pattern, String kind) {
        List<Ref> out = new ArrayList<>();
        for (Ref r : stringList(key)) checkId(r.id(), r.position(), pattern, kind).ifPresent(out::add);
        return out;
    }

    /** A list of mappings, each read by {@code reader}. */
    <T> List<T> objects(String key, String itemWhat, List<String> itemKeys, Function<Fields, Optional<T>> reader) {
        List<T> out = new ArrayList<>();
        for (YamlNode item : list(key)) {
            Fields.of(item, itemWhat, itemKeys, diagnostics, markdownSource).ifPresent(f -> {
                reader.apply(f).ifPresent(out::add);
                f.finish();
            });
        }
        return out;
    }

    /** A nested mapping field. */
    Optional<YamlNode.Mapping> mapping(String key) {
        YamlNode n = map.get(key);
        if (n == null) return Optional.empty();
        if (n instanceof YamlNode.Mapping m) return Optional.of(m);
        diagnostics.error(n.position(), "wrong-type", "'" + key + "' must be a mapping, not " + n.describe());
        return Optional.empty();
    }
}
