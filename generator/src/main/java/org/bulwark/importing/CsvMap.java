package org.bulwark.importing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bulwark.diag.Diagnostics;
import org.bulwark.diag.SourcePosition;
import org.bulwark.diag.Suggest;
import org.bulwark.load.SourceFile;
import org.bulwark.load.YamlNode;
import org.bulwark.load.YamlReader;
import org.bulwark.model.Ids;

/**
 * The column map of {@code import csv} (SPEC §3): the new standard's metadata, which column
 * holds which Bulwark field, and how cell values translate. Every mistake in it is reported at
 * its line, with a did-you-mean, like a mistake in content.
 *
 * <pre>
 * standard: { id: acme, title: ACME Cloud Standard, version: 0.1.0, owner: ACME Security }
 * columns:
 *   id: Control ID
 *   area: Domain
 *   references.nist-800-53: NIST
 * values:
 *   level: { L1: baseline, L2: standard, L3: advanced }
 * </pre>
 */
final class CsvMap {
    static final List<String> KEYS = List.of("standard", "columns", "values");
    static final List<String> STANDARD_KEYS = List.of("id", "title", "version", "owner", "effective", "provider",
            "summary", "frameworks");
    static final List<String> FRAMEWORK_KEYS = List.of("id", "title", "url");
    /** The control fields a column can fill; {@code references.<framework-id>} too. */
    static final List<String> FIELDS = List.of("id", "title", "area", "topic", "level", "severity", "responsibility",
            "status", "owner", "reviewed", "statement", "rationale", "guidance", "related", "aliases",
            "superseded_by");
    static final List<String> REQUIRED = List.of("id", "title", "area", "statement");
    static final String REFERENCES = "references.";

    /** One mapped column: the field it fills and the header it is found under. */
    record Column(String field, String header, SourcePosition at) {}

    final Draft.Standard standard;
    final List<Column> columns;
    /** Field to (cell value to the value written). */
    final Map<String, Map<String, String>> values;

    private CsvMap(Draft.Standard standard, List<Column> columns, Map<String, Map<String, String>> values) {
        this.standard = standard;
        this.columns = columns;
        this.values = values;
    }

    static Optional<CsvMap> read(Path file, Diagnostics diagnostics) {
        Diagnostics own = new Diagnostics();
        Optional<YamlNode> root = SourceFile.read(file, 512 * 1024, own)
                .flatMap(text -> new YamlReader().read(SourcePosition.of(file).at(1, 1), text, own));
        Optional<CsvMap> map = root.flatMap(r -> new Reader(own).map(r));
        diagnostics.addAll(own);
        return own.hasErrors() ? Optional.empty() : map;
    }

    /**
     * The value a cell stands for: its translation under {@code values} (the same spelling first,
     * then the same letters in any case, as spreadsheets are typed by hand), else itself.
     */
    String translate(String field, String cell) {
        Map<String, String> table = values.get(field);
        if (table == null) return cell;
        String exact = table.get(cell);
        if (exact != null) return exact;
        return table.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(cell)).map(Map.Entry::getValue)
                .findFirst().orElse(cell);
    }

    /** Reads the map's YAML, reporting every problem. */
    private static final class Reader {
        private final Diagnostics diagnostics;

        Reader(Diagnostics diagnostics) {
            this.diagnostics = diagnostics;
        }

        Optional<CsvMap> map(YamlNode root) {
            Optional<YamlNode.Mapping> top = mapping(root, "the column map");
            if (top.isEmpty()) return Optional.empty();
            unknownKeys(top.get(), KEYS, "the column map");
            Optional<Draft.Standard> standard = required(top.get(), "standard", "the column map")
                    .flatMap(n -> mapping(n, "'standard'")).flatMap(this::standard);
            List<Column> columns = required(top.get(), "columns", "the column map")
                    .flatMap(n -> mapping(n, "'columns'"))
                    .map(m -> columns(m, top.get().view().get("columns").keyPosition())).orElse(List.of());
            Map<String, Map<String, String>> values = Optional.ofNullable(top.get().get("values"))
                    .flatMap(n -> mapping(n, "'values'")).map(m -> values(m, columns)).orElse(Map.of());
            if (standard.isEmpty() || diagnostics.hasErrors()) return Optional.empty();
            return Optional.of(new CsvMap(standard.get(), columns, values));
        }

        private Optional<Draft.Standard> standard(YamlNode.Mapping m) {
            unknownKeys(m, STANDARD_KEYS, "'standard'");
            Optional<String> id = requiredString(m, "id", "'standard'").filter(s -> slug(s, m.get("id"), "standard"));
            Optional<String> title = requiredString(m, "title", "'standard'");
            Optional<String> version = requiredString(m, "version", "'standard'");
            Optional<String> owner = string(m, "owner");
            Optional<String> effective = string(m, "effective").filter(s -> {
                if (Ids.ISO_DATE.matcher(s).matches()) return true;
                diagnostics.error(m.get("effective").position(), "bad-date", "'effective' must be an ISO date "
                        + "(YYYY-MM-DD), not '" + s + "'");
                return false;
            });
            Optional<String> provider = string(m, "provider");
            String summary = string(m, "summary").orElse("");
            List<Draft.Framework> frameworks = new ArrayList<>();
            YamlNode list = m.get("frameworks");
            if (list != null) {
                if (!(list instanceof YamlNode.Sequence seq)) {
                    diagnostics.error(list.position(), "wrong-type", "'frameworks' must be a list, not " + list.describe());
                } else {
                    for (YamlNode item : seq.items()) mapping(item, "a framework").ifPresent(f -> {
                        unknownKeys(f, FRAMEWORK_KEYS, "a framework");
                        Optional<String> fid = requiredString(f, "id", "a framework")
                                .filter(s -> slug(s, f.get("id"), "framework"));
                        Optional<String> ftitle = requiredString(f, "title", "a framework");
                        if (fid.isPresent() && ftitle.isPresent()) {
                            frameworks.add(new Draft.Framework(fid.get(), ftitle.get(), string(f, "url")));
                        }
                    });
                }
            }
            if (id.isEmpty() || title.isEmpty() || version.isEmpty()) return Optional.empty();
            return Optional.of(new Draft.Standard(id.get(), title.get(), version.get(), owner, effective, provider,
                    summary, List.copyOf(frameworks)));
        }

        private List<Column> columns(YamlNode.Mapping m, SourcePosition key) {
            List<Column> out = new ArrayList<>();
            for (Map.Entry<String, YamlNode.Mapping.Entry> e : m.view().entrySet()) {
                String field = e.getKey();
                SourcePosition at = e.getValue().keyPosition();
                if (field.startsWith(REFERENCES)) {
                    String framework = field.substring(REFERENCES.length());
                    if (!Ids.SLUG.matcher(framework).matches()) {
                        diagnostics.error(at, "bad-id", "invalid framework id '" + framework + "' in '" + field
                                + "': must be " + Ids.SLUG_RULE);
                        continue;
                    }
                } else if (!FIELDS.contains(field)) {
                    List<String> known = new ArrayList<>(FIELDS);
                    known.add("references.FRAMEWORK-ID");
                    diagnostics.error(at, "unknown-key", "unknown field '" + field + "' in 'columns'"
                            + Suggest.hint(field, FIELDS) + "; the fields are " + String.join(", ", known));
                    continue;
                }
                asString(e.getValue().value(), "columns." + field).ifPresent(header ->
                        out.add(new Column(field, header, e.getValue().value().position())));
            }
            for (String field : REQUIRED) {
                if (!m.entries().containsKey(field)) {
                    diagnostics.error(key, "missing-field", "'columns' maps no column to '" + field
                            + "' (every control needs one)");
                }
            }
            return List.copyOf(out);
        }

        private Map<String, Map<String, String>> values(YamlNode.Mapping m, List<Column> columns) {
            Map<String, Map<String, String>> out = new LinkedHashMap<>();
            List<String> mapped = columns.stream().map(Column::field).toList();
            for (Map.Entry<String, YamlNode.Mapping.Entry> e : m.view().entrySet()) {
                String field = e.getKey();
                if (!mapped.contains(field)) {
                    diagnostics.error(e.getValue().keyPosition(), "unknown-key", "'values' translates '" + field
                            + "', which 'columns' does not map" + Suggest.hint(field, mapped));
                    continue;
                }
                mapping(e.getValue().value(), "values." + field).ifPresent(table -> {
                    Map<String, String> t = new LinkedHashMap<>();
                    for (Map.Entry<String, YamlNode.Mapping.Entry> v : table.view().entrySet()) {
                        asString(v.getValue().value(), "values." + field + "." + v.getKey())
                                .ifPresent(to -> t.put(v.getKey(), to));
                    }
                    out.put(field, t);
                });
            }
            return out;
        }

        // --- small readers ----------------------------------------------------------------

        private Optional<YamlNode.Mapping> mapping(YamlNode n, String what) {
            if (n instanceof YamlNode.Mapping m) return Optional.of(m);
            diagnostics.error(n.position(), "wrong-type", what + " must be a mapping of keys to values, not "
                    + n.describe());
            return Optional.empty();
        }

        private Optional<YamlNode> required(YamlNode.Mapping m, String key, String what) {
            YamlNode n = m.get(key);
            if (n == null) diagnostics.error(m.position(), "missing-field", what + " has no '" + key + "' (required)");
            return Optional.ofNullable(n);
        }

        private Optional<String> requiredString(YamlNode.Mapping m, String key, String what) {
            return required(m, key, what).flatMap(n -> asString(n, key)).filter(s -> {
                if (!s.isBlank()) return true;
                diagnostics.error(m.get(key).position(), "missing-value", "'" + key + "' is empty");
                return false;
            });
        }

        private Optional<String> string(YamlNode.Mapping m, String key) {
            YamlNode n = m.get(key);
            return n == null ? Optional.empty() : asString(n, key);
        }

        private Optional<String> asString(YamlNode n, String key) {
            if (n instanceof YamlNode.Scalar s && s.kind() == YamlNode.Scalar.Kind.STRING) return Optional.of(s.text());
            if (n instanceof YamlNode.Scalar s && s.kind() != YamlNode.Scalar.Kind.NULL) {
                diagnostics.error(n.position(), "not-a-string", "'" + key + "' must be a string, but YAML reads "
                        + s.text() + " as " + s.describe() + ": quote it (\"" + s.text() + "\")");
            } else if (n instanceof YamlNode.Scalar) {
                diagnostics.error(n.position(), "missing-value", "'" + key + "' is empty");
            } else {
                diagnostics.error(n.position(), "wrong-type", "'" + key + "' must be a string, not " + n.describe());
            }
            return Optional.empty();
        }

        private boolean slug(String value, YamlNode at, String kind) {
            if (Ids.SLUG.matcher(value).matches()) return true;
            diagnostics.error(at.position(), "bad-id", "invalid " + kind + " id '" + value + "': must be "
                    + Ids.SLUG_RULE);
            return false;
        }

        private void unknownKeys(YamlNode.Mapping m, List<String> known, String what) {
            m.view().forEach((key, entry) -> {
                if (!known.contains(key)) {
                    diagnostics.error(entry.keyPosition(), "unknown-key", "unknown key '" + key + "' in " + what
                            + Suggest.hint(key, known));
                }
            });
        }
    }
}
