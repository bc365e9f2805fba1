package org.bulwark.export;

import java.util.ArrayList;
import java.util.List;
import org.bulwark.link.Urls;
import org.bulwark.model.Area;
import org.bulwark.model.Control;
import org.bulwark.model.Evidence;
import org.bulwark.model.Framework;
import org.bulwark.model.Keyword;
import org.bulwark.model.Level;
import org.bulwark.model.Requirement;
import org.bulwark.model.Verification;

/**
 * {@code baseline.csv}: the minimal-baseline checklist as a spreadsheet, one row per listed
 * baseline control in the checklist's order. Text is plain (Markdown removed); a cell with
 * several items (services, verification, evidence, requirements, identifiers) has one item per
 * line. Columns added later come after the first nine, so a sheet that reads them by position
 * keeps working. {@code requirements} names the requirements that apply at the baseline level:
 * one that sits above it (a requirement may be raised above its control's level) is not part
 * of the baseline and is left out.
 */
final class BaselineCsv {
    static final String FILE = "baseline.csv";
    /** The columns of the first version, in their order. */
    static final List<String> COLUMNS = List.of("id", "title", "area", "severity", "responsibility", "services",
            "verification", "evidence", "url");
    /** The columns added since, then one per framework ({@link CsvCells#frameworkColumn}). */
    static final List<String> ADDED_COLUMNS = List.of("level", "owner", "reviewed", "version", "requirements");

    private final ExportInput input;
    private final Prose prose;

    BaselineCsv(ExportInput input, Prose prose) {
        this.input = input;
        this.prose = prose;
    }

    static List<String> header(List<Framework> frameworks) {
        List<String> header = new ArrayList<>(COLUMNS);
        header.addAll(ADDED_COLUMNS);
        for (Framework f : frameworks) header.add(CsvCells.frameworkColumn(f));
        return header;
    }

    byte[] build() {
        List<Framework> frameworks = input.index().content().standard().frameworks();
        Csv csv = new Csv().row(header(frameworks));
        for (Control c : input.baseline()) csv.row(row(c, frameworks));
        return csv.bytes();
    }

    private List<String> row(Control c, List<Framework> frameworks) {
        List<String> verification = new ArrayList<>();
        for (Verification v : c.verification()) {
            String line = v.method().title() + v.ref().map(r -> " " + r).orElse("");
            String description = prose.plain(v.description()).map(d -> ": " + oneLine(d)).orElse("");
            verification.add(line + description);
        }
        List<String> evidence = new ArrayList<>();
        for (Evidence e : c.evidence()) {
            evidence.add(e.id() + prose.plain(e.description()).map(d -> ": " + oneLine(d)).orElse(""));
        }
        List<String> row = new ArrayList<>(List.of(c.id(), c.title(),
                input.index().area(c.area().id()).map(Area::title).orElse(c.area().id()),
                c.severity().map(Keyword::keyword).orElse(""),
                c.responsibility().map(Keyword::keyword).orElse(""),
                CsvCells.lines(CsvCells.services(input, c)), CsvCells.lines(verification), CsvCells.lines(evidence),
                input.url(Urls.control(c.id())),
                c.level().keyword(), c.owner().orElse(""), c.reviewed().orElse(""),
                input.index().content().standard().version(),
                CsvCells.lines(c.requirementsWithin(Level.BASELINE).stream().map(Requirement::id).toList())));
        for (Framework f : frameworks) row.add(CsvCells.lines(CsvCells.identifiers(c, f)));
        return row;
    }

    /** One item per line in a cell, so an item's own line breaks become spaces. */
    private static String oneLine(String s) {
        return s.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
