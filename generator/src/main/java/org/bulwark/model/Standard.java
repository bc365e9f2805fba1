package org.bulwark.model;

import java.util.List;
import org.bulwark.diag.SourcePosition;

/**
 * standard.yaml: the standard's metadata, its responsibility layers and frameworks.
 * {@code versionPosition} is where {@code version} is written, for the release ledger's
 * diagnostics about it.
 */
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
        SourcePosition position,
        SourcePosition versionPosition) {}
