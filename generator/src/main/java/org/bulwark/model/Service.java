package org.bulwark.model;

import java.util.List;
import org.bulwark.diag.SourcePosition;

/** A cloud service and its shared-responsibility split, layer by layer. */
public record Service(
        String id,
        String name,
        Category category,
        Markdown summary,
        List<LayerOwner> responsibilities,
        Markdown guidance,
        SourcePosition position) {}
