package org.bulwark.export;

import java.util.ArrayList;
import java.util.List;
import org.bulwark.link.Urls;
import org.bulwark.model.Area;
import org.bulwark.model.Control;
import org.bulwark.model.Evidence;
import org.bulwark.model.Keyword;
import org.bulwark.model.Service;
import org.bulwark.model.Verification;

/**
 * {@code baseline.csv}: the minimal-baseline checklist as a spreadsheet, one row per listed
 * baseline control in the checklist's order. Text is plain (Markdown removed); a cell with
 * several items (services, verification, evidence) has one item per line.
 */
final class BaselineCsv {
    static final String FILE = "baseline.csv";
    static final List<String> HEADER = List.of("id", "title", "area", "severity", "responsibility", "services",
            "verification", "evidence", "url");

    private final ExportInput input;
    private final Prose prose;

    BaselineCsv(ExportInput input, Prose prose) {
        this.input = input;
        this.prose = prose;
    }

    byte[] build() {
        Csv csv = new Csv().row(HEADER);
        for (Control c : input.baseline()) csv.row(row(c));
        return csv.bytes();
    }

    private List<String> row(Control c) {
        List<String> services = new ArrayList<>();
        c.services().forEach(a -> services.add(input.index().service(a.service().id()).map(Service::name)
                .orElse(a.service().id())));
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
        return List.of(c.id(), c.title(),
                input.index().area(c.area().id()).map(Area::title).orElse(c.area().id()),
                c.severity().map(Keyword::keyword).orElse(""),
                c.responsibility().map(Keyword::keyword).orElse(""),
                String.join("\n", services), String.join("\n", verification), String.join("\n", evidence),
                input.url(Urls.control(c.id())));
    }

    /** One item per line in a cell, so an item's own line breaks become spaces. */
    private static String oneLine(String s) {
        return s.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
