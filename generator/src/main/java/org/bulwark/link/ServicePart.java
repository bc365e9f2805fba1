package org.bulwark.link;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bulwark.model.Applicability;
import org.bulwark.model.Control;
import org.bulwark.model.Markdown;
import org.bulwark.model.Responsibility;

/**
 * What one control asks of the customer on one service it applies to, and what the provider
 * does there: the service's split where the control gives one, else the control as a whole. A
 * reader choosing services for a workload always gets a part to act on, never only badges.
 */
public record ServicePart(Control control, Applicability applicability) {

    public String serviceId() {
        return applicability.service().id();
    }

    /** Who does the work on this service: the split's responsibility, else the control's. */
    public Optional<Responsibility> responsibility() {
        return applicability.responsibility().or(control::responsibility);
    }

    /**
     * The customer's part: the split's {@code customer} text, else the control's statement,
     * since a control listed for a service without its own customer text applies to the service
     * as a whole.
     */
    public Markdown customer() {
        return wholeControl() ? control.statement() : applicability.customer();
    }

    /** The customer's part is the control's statement, not a text written for this service. */
    public boolean wholeControl() {
        return applicability.customer().isBlank();
    }

    /** What the provider does on this service; blank where the content does not say. */
    public Markdown provider() {
        return applicability.provider();
    }

    /**
     * Service id -> the parts of the listed controls that apply to it, in the order of
     * {@code controls}; a control listing a service twice (an error) counts once.
     */
    public static Map<String, List<ServicePart>> byService(List<Control> controls) {
        Map<String, List<ServicePart>> out = new LinkedHashMap<>();
        for (Control c : controls) {
            if (!c.listed()) continue;
            for (Applicability a : c.services()) {
                List<ServicePart> parts = out.computeIfAbsent(a.service().id(), k -> new ArrayList<>());
                if (parts.isEmpty() || parts.get(parts.size() - 1).control() != c) parts.add(new ServicePart(c, a));
            }
        }
        return out;
    }
}
