package org.bulwark.export;

import java.io.OutputStream;
import java.util.List;
import org.bulwark.model.Control;
import org.bulwark.model.Level;
import org.bulwark.model.Requirement;
import org.bulwark.model.Standard;

/**
 * {@code oscal/baseline-profile.json}: an OSCAL profile that imports the catalog and selects the
 * minimal baseline (the listed controls of level baseline), so GRC tools can resolve the
 * baseline as a catalog of its own.
 */
final class OscalProfile {
    static final String FILE = "oscal/baseline-profile.json";

    private final ExportInput input;

    OscalProfile(ExportInput input) {
        this.input = input;
    }

    /** Writes the document to the stream, which stays open. */
    void write(OutputStream out) {
        Standard s = input.index().content().standard();
        try (JsonDocument json = JsonDocument.to(out, JsonDocument.EmptyArrays.OMIT)) {
            json.object().object("profile");
            json.field("uuid", Oscal.uuid(s, "baseline-profile/" + s.version()));
            Oscal.metadata(json, input, s.title() + ": " + s.baseline().title());
            json.array("imports").object();
            // beside the catalog: relative, so the pair works from any folder, unless the site has a home
            json.field("href", input.baseUrl().map(b -> b + OscalCatalog.FILE).orElse("catalog.json"));
            List<Control> baseline = input.baseline();
            if (!baseline.isEmpty()) {
                json.array("include-controls").object();
                json.strings("with-ids", baseline.stream().map(c -> Oscal.controlId(c.id())).toList());
                json.end().end();
            }
            json.end().end();
            json.object("merge").field("as-is", true).end();
            alters(json, baseline);
            json.end().end();
        }
    }

    /**
     * Requirements above the baseline level leave the baseline: the profile removes their items
     * from the selected controls, so the resolved baseline holds only baseline work.
     */
    private static void alters(JsonDocument json, List<Control> baseline) {
        List<Control> raised = baseline.stream()
                .filter(c -> c.requirementsWithin(Level.BASELINE).size() < c.requirements().size()).toList();
        if (raised.isEmpty()) return;
        json.object("modify").array("alters");
        for (Control c : raised) {
            String id = Oscal.controlId(c.id());
            json.object().field("control-id", id).array("removes");
            for (Requirement r : c.requirements()) {
                if (!c.levelOf(r).within(Level.BASELINE)) {
                    json.object().field("by-id", OscalCatalog.requirementId(id, r)).end();
                }
            }
            json.end().end();
        }
        json.end().end();
    }
}
