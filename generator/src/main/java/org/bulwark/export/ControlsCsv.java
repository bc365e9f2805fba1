package org.bulwark.export;

import java.util.ArrayList;
import java.util.List;
import org.bulwark.link.Urls;
import org.bulwark.model.Area;
import org.bulwark.model.Control;
import org.bulwark.model.Evidence;
import org.bulwark.model.Framework;
import org.bulwark.model.Keyword;

/**
 * {@code controls.csv}: every published control as a spreadsheet for audit work, one row per
 * control in catalogue order, withdrawn ones included and marked by their status. The cells an
 * auditor sorts and filters by (level, status, owner, review date), the standard's version on
 * every row (a sheet outlives the site it came from), one column per framework named
 * {@code references.<framework-id>} as {@code import csv} maps them, and the control's URL.
 * Same CSV rules as {@code baseline.csv} ({@link Csv}); a cell with several items has one per line.
 */
final class ControlsCsv {
    static final String FILE = "controls.csv";
    static final List<String> COLUMNS = List.of("id", "title", "area", "level", "severity", "responsibility",
            "status", "superseded_by", "owner", "reviewed", "version", "services");
    static final List<String> LAST_COLUMNS = List.of("evidence", "url");

    private final ExportInput input;

    ControlsCsv(ExportInput input) {
        this.input = input;
    }

    /** The header: the fixed columns, one per framework of the standard, evidence and url. */
    static List<String> header(List<Framework> frameworks) {
        List<String> header = new ArrayList<>(COLUMNS);
        for (Framework f : frameworks) header.add(CsvCells.frameworkColumn(f));
        header.addAll(LAST_COLUMNS);
        return header;
    }

    byte[] build() {
        List<Framework> frameworks = input.index().content().standard().frameworks();
        Csv csv = new Csv().row(header(frameworks));
        for (Control c : input.published()) csv.row(row(c, frameworks));
        return csv.bytes();
    }

    private List<String> row(Control c, List<Framework> frameworks) {
        String version = input.index().content().standard().version();
        List<String> row = new ArrayList<>(List.of(c.id(), c.title(),
                input.index().area(c.area().id()).map(Area::title).orElse(c.area().id()),
                c.level().keyword(),
                c.severity().map(Keyword::keyword).orElse(""),
                c.responsibility().map(Keyword::keyword).orElse(""),
                c.status().keyword(),
                c.supersededBy().map(r -> CsvCells.current(input, r)).orElse(""),
                c.owner().orElse(""),
                c.reviewed().orElse(""),
                version,
                CsvCells.lines(CsvCells.services(input, c))));
        for (Framework f : frameworks) row.add(CsvCells.lines(CsvCells.identifiers(c, f)));
        row.add(CsvCells.lines(c.evidence().stream().map(Evidence::id).toList()));
        row.add(input.url(Urls.control(c.id())));
        return row;
    }
}
