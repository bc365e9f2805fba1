package org.bulwark.model;

import java.util.List;
import org.bulwark.diag.SourcePosition;

/** standard.yaml: the standard's metadata, its responsibility layers and frameworks. */
public record Standard(
        String id,
        String title,
        String version,
        String owner,
        String effective,
        String provider,
        Markdown summary,
        Baseline baseline,
        List<Layer> layers,
        List<Framework> frameworks,
        SourcePosition position) {}
