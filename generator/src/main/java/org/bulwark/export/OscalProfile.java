package org.bulwark.export;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.bulwark.model.Control;
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

    byte[] build() {
        Standard s = input.index().content().standard();
        ObjectNode root = Json.object();
        ObjectNode profile = root.putObject("profile");
        profile.put("uuid", Oscal.uuid(s, "baseline-profile/" + s.version()));
        profile.set("metadata", Oscal.metadata(input, s.title() + ": " + s.baseline().title()));
        ObjectNode imported = profile.putArray("imports").addObject();
        // beside the catalog: relative, so the pair works from any folder, unless the site has a home
        imported.put("href", input.baseUrl().map(b -> b + OscalCatalog.FILE).orElse("catalog.json"));
        List<Control> baseline = input.baseline();
        if (!baseline.isEmpty()) {
            ArrayNode ids = imported.putArray("include-controls").addObject().putArray("with-ids");
            baseline.forEach(c -> ids.add(Oscal.controlId(c.id())));
        }
        profile.putObject("merge").put("as-is", true);
        return Json.bytes(Oscal.pruned(root));
    }
}
