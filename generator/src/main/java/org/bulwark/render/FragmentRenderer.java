package org.bulwark.render;

import org.bulwark.link.Dependency;
import org.bulwark.model.Markdown;

/**
 * Renders one Markdown value of the standard: {@link MarkdownRenderer} for a build, or one that
 * reuses what an earlier build rendered ({@link ReusedFragments}, for serve).
 */
public interface FragmentRenderer {
    /**
     * The fragment of {@code md} (anchors prefixed with {@code anchorPrefix}, headings shifted by
     * {@code headingShift}); {@code owner} is the entity (control, area, ..., the standard) whose
     * Markdown it is.
     */
    Fragment render(Markdown md, String anchorPrefix, int headingShift, Dependency owner);
}
