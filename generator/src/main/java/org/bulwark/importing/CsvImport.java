package org.bulwark.importing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.bulwark.diag.Diagnostics;
import org.bulwark.diag.SourcePosition;
import org.bulwark.diag.Suggest;
import org.bulwark.load.SourceFile;
import org.bulwark.model.Ids;
import org.bulwark.model.Keyword;
import org.bulwark.model.Level;
import org.bulwark.model.Responsibility;
import org.bulwark.model.Severity;
import org.bulwark.model.Status;

/**
 * A spreadsheet saved as CSV (RFC 4180, a header row, UTF-8 with or without a byte-order mark)
 * becomes a draft standard through a {@link CsvMap}: every row a control. A cell that cannot be
 * mapped is an error at {@code FILE:LINE:COLUMN} (the header is line 1, a multi-line cell counts
 * its lines, the column is the field's number) naming its column; any error and nothing is made.
 */
public final class CsvImport {
    /** Large enough for any real spreadsheet of controls, small enough to hold in memory. */
    static final long MAX_BYTES = 64L * 1024 * 1024;
    /** Identifiers in one cell: separated by commas or line breaks. */
    private static final Pattern LIST = Pattern.compile("[,\\n]");

    private final Path file;
    private final CsvMap map;
    private final Diagnostics diagnostics;
    /** Column number (1-based) of each mapped field's header. */
    private final Map<String, Integer> fieldColumn = new LinkedHashMap<>();

    /** One cell: its text and where it starts. */
    private record Cell(String text, int line, int column) {}

    /** Control ids a cell names, which must be rows of the file. */
    private record Mention(Cell cell, List<String> ids) {}

    private CsvImport(Path file, CsvMap map, Diagnostics diagnostics) {
        this.file = file;
        this.map = map;
        this.diagnostics = diagnostics;
    }

    /** The draft, or empty when the map or any cell is wrong (every problem is reported). */
    public static Optional<Draft> read(Path csv, Path mapFile, Diagnostics diagnostics) {
        Optional<CsvMap> map = CsvMap.read(mapFile, diagnostics);
        Optional<String> text = SourceFile.read(csv, MAX_BYTES, diagnostics);
        if (map.isEmpty() || text.isEmpty()) return Optional.empty();
        Diagnostics own = new Diagnostics();
        Optional<Draft> draft = new CsvImport(csv, map.get(), own).run(text.get());
        diagnostics.addAll(own);
        return own.hasErrors() ? Optional.empty() : draft;
    }

    private Optional<Draft> run(String text) {
        List<List<Cell>> rows = parse(text);
        if (rows.isEmpty()) {
            if (!diagnostics.hasErrors()) diagnostics.error(at(1, 1), "empty-file", "no header row");
            return Optional.empty();
        }
        List<Cell> header = rows.get(0);
        if (!columns(header)) return Optional.empty();
        Rows result = new Rows();
        for (List<Cell> row : rows.subList(1, rows.size())) {
            if (row.size() != header.size()) {
                Cell last = row.get(row.size() - 1);
                diagnostics.error(at(row.get(0).line(), Math.min(row.size(), header.size()) + 1), "ragged-row",
                        "this row has " + row.size() + (row.size() == 1 ? " field" : " fields") + ", the header has "
                        + header.size() + (last.text().isEmpty() && row.size() > header.size()
                        ? " (a trailing comma?)" : ""));
                continue;
            }
            result.add(row);
        }
        result.checkReferences();
        if (diagnostics.hasErrors()) return Optional.empty();
        if (result.controls.isEmpty()) {
            diagnostics.error(at(1, 1), "empty-file", "no rows below the header: nothing to import");
            return Optional.empty();
        }
        return Optional.of(result.draft());
    }

    /** The records, each cell with its line and field number; a syntax error ends the reading. */
    private List<List<Cell>> parse(String text) {
        List<List<Cell>> rows = new ArrayList<>();
        CsvFactory factory = CsvFactory.builder().enable(CsvParser.Feature.WRAP_AS_ARRAY)
                .enable(CsvParser.Feature.SKIP_EMPTY_LINES).build();
        List<Cell> row = null;
        int rowLine = 1;
        int depth = 0; // WRAP_AS_ARRAY puts the whole file in one array, each row in its own
        try (CsvParser p = (CsvParser) factory.createParser(new StringReader(text))) {
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                if (t == JsonToken.START_ARRAY && ++depth == 2) {
                    row = new ArrayList<>();
                    rowLine = p.currentLocation().getLineNr();
                } else if (t == JsonToken.VALUE_STRING && row != null) {
                    row.add(new Cell(p.getText(), p.currentTokenLocation().getLineNr(), row.size() + 1));
                } else if (t == JsonToken.END_ARRAY && depth-- == 2) {
                    if (!row.isEmpty()) rows.add(row);
                    row = null;
                }
            }
        } catch (JsonProcessingException e) {
            String message = firstLine(e.getOriginalMessage());
            int column = (row == null ? 0 : row.size()) + 1;
            if (message.startsWith("Missing closing quote")) {
                int line = row == null || row.isEmpty() ? rowLine : row.get(row.size() - 1).line();
                diagnostics.error(at(line, column), "csv-syntax", "not valid CSV: the quoted cell in column "
                        + column + " is never closed (a missing \" ?)");
            } else {
                int line = e.getLocation() == null ? rowLine : e.getLocation().getLineNr();
                diagnostics.error(at(line, column), "csv-syntax", "not valid CSV: " + message);
            }
        } catch (IOException e) {
            diagnostics.error(SourcePosition.of(file), "io", "cannot read: " + e.getMessage());
        }
        return rows;
    }

    /** Finds each mapped column in the header; a missing one is an error at its line in the map. */
    private boolean columns(List<Cell> header) {
        Map<String, Integer> byName = new HashMap<>();
        boolean ok = true;
        for (Cell c : header) {
            Integer first = byName.putIfAbsent(c.text().strip(), c.column());
            if (first != null && map.columns.stream().anyMatch(col -> col.header().strip().equals(c.text().strip()))) {
                ok = false;
                diagnostics.error(at(1, c.column()), "duplicate-column", "column '" + c.text().strip()
                        + "' is in the header twice (also column " + first + "); the map cannot tell them apart");
            }
        }
        for (CsvMap.Column col : map.columns) {
            Integer n = byName.get(col.header().strip());
            if (n == null) {
                diagnostics.error(col.at(), "missing-column", "column '" + col.header() + "' (for '" + col.field()
                        + "') is not in the header of " + file.getFileName() + Suggest.hint(col.header(), byName.keySet()));
                ok = false;
            } else {
                fieldColumn.put(col.field(), n);
            }
        }
        return ok;
    }

    /** The rows read so far, as controls, areas and topics. */
    private final class Rows {
        final List<Draft.Control> controls = new ArrayList<>();
        final Map<String, Cell> idCells = new HashMap<>();
        final Map<String, String> areaTitles = new LinkedHashMap<>();
        final Map<String, Map<String, String>> topicTitles = new LinkedHashMap<>();
        /** Control ids cells refer to (related, superseded_by), checked once every row is read. */
        final List<Mention> mentions = new ArrayList<>();
        final Map<String, Cell> aliasCells = new HashMap<>();

        void add(List<Cell> row) {
            Optional<String> id = cell(row, "id").flatMap(c -> controlId(c, "id"));
            Optional<String> title = required(row, "title");
            Optional<String> statement = required(row, "statement");
            Optional<String> area = required(row, "area").flatMap(v -> area(v, cellOf(row, "area")));
            Optional<String> topic = value(row, "topic").flatMap(v -> area.flatMap(a -> topic(a, v, cellOf(row, "topic"))));
            Optional<String> level = keyword(row, "level", Level.class);
            Optional<String> severity = keyword(row, "severity", Severity.class);
            Optional<String> responsibility = keyword(row, "responsibility", Responsibility.class);
            Optional<String> status = keyword(row, "status", Status.class);
            Optional<String> owner = value(row, "owner");
            Optional<String> reviewed = value(row, "reviewed").filter(v -> {
                if (Ids.ISO_DATE.matcher(v).matches()) return true;
                diagnostics.error(at(cellOf(row, "reviewed")), "bad-date", "'" + v + "' is not an ISO date (YYYY-MM-DD)");
                return false;
            });
            List<String> related = ids(row, "related");
            List<String> aliases = ids(row, "aliases");
            Optional<String> supersededBy = cell(row, "superseded_by").filter(c -> !c.text().isBlank())
                    .flatMap(c -> controlId(c, "superseded_by"));
            supersededBy.ifPresent(s -> mentions.add(new Mention(cellOf(row, "superseded_by"), List.of(s))));
            List<Draft.Citation> citations = citations(row);
            if (id.isEmpty() || title.isEmpty() || statement.isEmpty() || area.isEmpty()) return;
            Cell idCell = cellOf(row, "id");
            Cell first = idCells.putIfAbsent(Ids.caseKey(id.get()), idCell);
            if (first != null) {
                diagnostics.error(at(idCell), "duplicate-id", "duplicate id '" + id.get() + "' (first at line " + first.line() + ")");
                return;
            }
            controls.add(new Draft.Control(area.get(), id.get(), oneLine(title.get()), area.get(), topic, level,
                    severity, responsibility, status, owner.map(CsvImport::oneLine), reviewed, statement.get(),
                    List.of(), value(row, "rationale").orElse(""), value(row, "guidance").orElse(""), citations,
                    related, aliases, supersededBy));
        }

        /** Every related control and successor is a row of the file; no alias is a row's id. */
        void checkReferences() {
            for (Mention m : mentions) {
                for (String id : m.ids()) {
                    if (!idCells.containsKey(Ids.caseKey(id))) {
                        diagnostics.error(at(m.cell()), "unknown-ref", "'" + id + "' in column '" + header(m.cell())
                                + "' is no control's id" + Suggest.hint(id, controls.stream().map(Draft.Control::id)
                                .toList()));
                    }
                }
            }
            aliasCells.forEach((alias, c) -> {
                if (idCells.containsKey(alias)) {
                    diagnostics.error(at(c), "alias-collision", "alias '" + alias + "' in column '" + header(c)
                            + "' is the id of a control (line " + idCells.get(alias).line() + ")");
                }
            });
        }

        Draft draft() {
            List<Draft.Area> areas = new ArrayList<>();
            int order = 1;
            for (Map.Entry<String, String> a : areaTitles.entrySet()) {
                List<Draft.Topic> topics = new ArrayList<>();
                topicTitles.getOrDefault(a.getKey(), Map.of()).forEach((id, t) -> topics.add(new Draft.Topic(id, t)));
                areas.add(new Draft.Area(a.getKey(), a.getValue(), order++, "", List.copyOf(topics), ""));
            }
            Set<String> frameworks = new LinkedHashSet<>();
            map.standard.frameworks().forEach(f -> frameworks.add(f.id()));
            List<Draft.Framework> all = new ArrayList<>(map.standard.frameworks());
            for (CsvMap.Column c : map.columns) {
                if (!c.field().startsWith(CsvMap.REFERENCES)) continue;
                String fw = c.field().substring(CsvMap.REFERENCES.length());
                if (frameworks.add(fw)) all.add(new Draft.Framework(fw, fw, Optional.empty()));
            }
            Draft.Standard s = map.standard;
            Draft.Standard standard = new Draft.Standard(s.id(), s.title(), s.version(), s.owner(), s.effective(),
                    s.provider(), s.summary(), List.copyOf(all));
            return new Draft(standard, List.copyOf(areas), List.copyOf(controls));
        }

        private Optional<String> area(String value, Cell cell) {
            String id = Names.slug(value, "");
            if (id.isEmpty()) {
                diagnostics.error(at(cell), "bad-id", "cannot make an area id from '" + value + "' in column '" + header(cell)
                        + "': it needs a letter or digit (A-Z, 0-9)");
                return Optional.empty();
            }
            areaTitles.putIfAbsent(id, oneLine(value));
            return Optional.of(id);
        }

        private Optional<String> topic(String area, String value, Cell cell) {
            String id = Names.slug(value, "");
            if (id.isEmpty()) {
                diagnostics.error(at(cell), "bad-id", "cannot make a topic id from '" + value + "' in column '" + header(cell)
                        + "': it needs a letter or digit (A-Z, 0-9)");
                return Optional.empty();
            }
            topicTitles.computeIfAbsent(area, a -> new LinkedHashMap<>()).putIfAbsent(id, oneLine(value));
            return Optional.of(id);
        }

        private List<String> ids(List<Cell> row, String field) {
            Optional<Cell> c = cell(row, field);
            if (c.isEmpty() || c.get().text().isBlank()) return List.of();
            Set<String> out = new LinkedHashSet<>();
            for (String part : split(map.translate(field, c.get().text().strip()))) {
                if (!Ids.CONTROL.matcher(part).matches()) {
                    diagnostics.error(at(c.get()), "bad-id", "invalid control id '" + part + "' in column '" + header(c.get())
                            + "': must be " + Ids.CONTROL_RULE);
                    continue;
                }
                out.add(part);
                if (field.equals("aliases")) aliasCells.putIfAbsent(Ids.caseKey(part), c.get());
            }
            if (field.equals("related")) mentions.add(new Mention(c.get(), List.copyOf(out)));
            return List.copyOf(out);
        }

        private List<Draft.Citation> citations(List<Cell> row) {
            List<Draft.Citation> out = new ArrayList<>();
            for (CsvMap.Column col : map.columns) {
                if (!col.field().startsWith(CsvMap.REFERENCES)) continue;
                Cell c = row.get(fieldColumn.get(col.field()) - 1);
                Set<String> identifiers = new LinkedHashSet<>();
                for (String part : split(map.translate(col.field(), c.text().strip()))) {
                    // the loader's own rule: what is imported, check accepts
                    String problem = Ids.identifierProblem(part);
                    if (problem != null) {
                        diagnostics.error(at(c), "bad-id", "identifier '" + part.substring(0, Math.min(part.length(), 60))
                                + "' in column '" + header(c) + "' " + problem);
                        continue;
                    }
                    identifiers.add(part);
                }
                if (!identifiers.isEmpty()) {
                    out.add(new Draft.Citation(col.field().substring(CsvMap.REFERENCES.length()),
                            List.copyOf(identifiers)));
                }
            }
            return List.copyOf(out);
        }
    }

    // --- cells ---------------------------------------------------------------------------

    private Optional<Cell> cell(List<Cell> row, String field) {
        Integer n = fieldColumn.get(field);
        return n == null ? Optional.empty() : Optional.of(row.get(n - 1));
    }

    private Cell cellOf(List<Cell> row, String field) {
        return row.get(fieldColumn.get(field) - 1);
    }

    /** A mapped cell's value, translated, stripped; empty when the field is not mapped or the cell blank. */
    private Optional<String> value(List<Cell> row, String field) {
        return cell(row, field).map(c -> map.translate(field, c.text().strip()).strip()).filter(s -> !s.isEmpty());
    }

    private Optional<String> required(List<Cell> row, String field) {
        Optional<String> v = value(row, field);
        if (v.isEmpty()) diagnostics.error(at(cellOf(row, field)), "missing-value", "empty " + field + " in column '"
                + header(cellOf(row, field)) + "' (every control needs one)");
        return v;
    }

    private Optional<String> controlId(Cell c, String field) {
        String id = map.translate(field, c.text().strip()).strip();
        if (id.isEmpty()) {
            diagnostics.error(at(c), "missing-value", "empty " + field + " in column '" + header(c) + "' (every control needs one)");
            return Optional.empty();
        }
        if (!Ids.CONTROL.matcher(id).matches()) {
            diagnostics.error(at(c), "bad-id", "invalid control id '" + id + "' in column '" + header(c) + "': must be "
                    + Ids.CONTROL_RULE);
            return Optional.empty();
        }
        return Optional.of(id);
    }

    /** A keyword field: the translated value, matched without regard to case. */
    private <E extends Enum<E> & Keyword> Optional<String> keyword(List<Cell> row, String field, Class<E> type) {
        Optional<String> v = value(row, field);
        if (v.isEmpty()) return Optional.empty();
        List<String> words = new ArrayList<>();
        for (E e : type.getEnumConstants()) {
            if (e.keyword().equals(v.get().toLowerCase(Locale.ROOT))) return Optional.of(e.keyword());
            words.add(e.keyword());
        }
        Cell c = cellOf(row, field);
        diagnostics.error(at(c), "bad-value", "unknown " + field + " '" + v.get() + "' in column '" + header(c) + "'"
                + Suggest.hint(v.get(), words) + ": expected " + String.join(", ", words)
                + ", or a translation under values." + field + " in the map");
        return Optional.empty();
    }

    private String header(Cell c) {
        for (CsvMap.Column col : map.columns) {
            if (fieldColumn.get(col.field()) == c.column()) return col.header();
        }
        return "#" + c.column();
    }

    private static List<String> split(String cell) {
        List<String> out = new ArrayList<>();
        for (String part : LIST.split(cell)) {
            String p = part.strip();
            if (!p.isEmpty()) out.add(p);
        }
        return out;
    }

    private SourcePosition at(Cell c) {
        return at(c.line(), c.column());
    }

    private SourcePosition at(int line, int column) {
        return SourcePosition.of(file).at(line, column);
    }

    private static String oneLine(String s) {
        return s.replaceAll("\\s*\\n\\s*", " ").strip();
    }

    private static String firstLine(String s) {
        if (s == null) return "unreadable";
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).trim();
    }
}
