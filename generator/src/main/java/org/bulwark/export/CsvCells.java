package org.bulwark.export;

import java.util.ArrayList;
import java.util.List;
import org.bulwark.model.Citation;
import org.bulwark.model.Control;
import org.bulwark.model.Framework;
import org.bulwark.model.Ref;
import org.bulwark.model.Service;

/** Cells both CSV exports write the same way. */
final class CsvCells {
    private CsvCells() {}

    /**
     * The header of a framework's column: {@code references.<id>}, the name {@code import csv}
     * maps a column of identifiers to, and never one of the fixed columns' names.
     */
    static String frameworkColumn(Framework f) {
        return "references." + f.id();
    }

    /** Several items in one cell: one per line. */
    static String lines(List<String> items) {
        return String.join("\n", items);
    }

    /** The names of the services a control applies to, in the order it lists them. */
    static List<String> services(ExportInput input, Control c) {
        List<String> out = new ArrayList<>();
        c.services().forEach(a -> out.add(input.index().service(a.service().id()).map(Service::name)
                .orElse(a.service().id())));
        return out;
    }

    /** The identifiers a control cites in one framework, as written. */
    static List<String> identifiers(Control c, Framework f) {
        List<String> out = new ArrayList<>();
        for (Citation citation : c.references()) {
            if (citation.framework().id().equals(f.id())) citation.identifiers().forEach(r -> out.add(r.id()));
        }
        return out;
    }

    /** The current id of a control named by id or former id, or the name as written. */
    static String current(ExportInput input, Ref control) {
        return input.index().control(control.id()).or(() -> input.index().controlByAlias(control.id()))
                .map(Control::id).orElse(control.id());
    }
}
