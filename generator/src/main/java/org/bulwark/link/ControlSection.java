package org.bulwark.link;

import java.util.LinkedHashSet;
import java.util.Set;
import org.bulwark.model.Control;

/**
 * The sections of a control page: each an anchor every control page has, so a cited
 * {@code controls/IAM-01/#evidence} never loses its target, and a heading. The cross-references
 * ({@code [[IAM-01#evidence]]}), the page's table of contents and its headings read them here.
 */
public enum ControlSection {
    STATEMENT("statement", "Statement", ""),
    REQUIREMENTS("requirements", "Requirements", ""),
    RATIONALE("rationale", "Rationale", ""),
    GUIDANCE("guidance", "Guidance", ""),
    SERVICES("services", "Where it applies", ""),
    VERIFICATION("verification", "Verification", "verification method"),
    EVIDENCE("evidence", "Evidence", "evidence items"),
    REFERENCES("references", "References", "framework references"),
    RELATED("related", "Related controls", ""),
    REFERENCED_BY("referenced-by", "Referenced by", ""),
    /** The releases in which the control was first published and changed, each linked to its frozen page. */
    HISTORY("history", "History", ""),
    CITE("cite", "Cite this control", "");

    private final String anchor;
    private final String title;
    private final String absent;

    ControlSection(String anchor, String title, String absent) {
        this.anchor = anchor;
        this.title = title;
        this.absent = absent;
    }

    public String anchor() {
        return anchor;
    }

    public String title() {
        return title;
    }

    /**
     * What a page says it has none of when the control has nothing for this section ("evidence
     * items": "No evidence items recorded."), for the sections auditors look for even when
     * empty; blank for sections that simply leave the page, keeping only their anchor.
     */
    public String absent() {
        return absent;
    }

    /** The anchor of one requirement: {@code req-a}. */
    public static String requirement(String id) {
        return "req-" + id;
    }

    /** The anchor of one evidence item: {@code evidence-e1}. */
    public static String evidence(String id) {
        return "evidence-" + id;
    }

    /** Every anchor of a control's page: its sections, requirements and evidence items. */
    public static Set<String> anchors(Control c) {
        Set<String> out = new LinkedHashSet<>();
        for (ControlSection s : values()) out.add(s.anchor);
        c.requirements().forEach(r -> out.add(requirement(r.id())));
        c.evidence().forEach(e -> out.add(evidence(e.id())));
        return out;
    }
}
