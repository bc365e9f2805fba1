package org.bulwark.render;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bulwark.diag.Diagnostics;
import org.bulwark.diag.SourcePosition;
import org.bulwark.link.Index;
import org.bulwark.link.ServicePart;
import org.bulwark.model.Control;
import org.bulwark.model.LayerOwner;
import org.bulwark.model.Markdown;
import org.bulwark.model.Service;

/**
 * A control that a service's layer notes cite ("Use TLS for every outbound call ([[DP-07]])")
 * asks something of that service, so it should list the service: otherwise the service page's
 * "Controls that apply", and every list built from it, leaves out what its own table asks for.
 * A warning ({@code unlisted-control}) at the reference; {@code --strict} makes it fail.
 */
public final class UnlistedControls {
    /** A cross-reference's target up to a section or link text: {@code [[DP-07#req-a|TLS]]} -> DP-07. */
    private static final Pattern REFERENCE = Pattern.compile("\\[\\[\\s*([^\\[\\]\\n#|]{1,200}?)\\s*(?:[#|][^\\[\\]\\n]*)?\\]\\]");

    private UnlistedControls() {}

    public static void check(Index index, List<Control> published, RenderedContent rendered, Diagnostics diagnostics) {
        Map<String, List<ServicePart>> parts = ServicePart.byService(published);
        for (Service s : index.content().services()) {
            Set<String> listing = new HashSet<>();
            parts.getOrDefault(s.id(), List.of()).forEach(p -> listing.add(p.control().id()));
            for (LayerOwner lo : s.responsibilities()) {
                // the rendered notes know which controls they really cite (not those in code, say)
                for (String cited : rendered.of(lo.notes()).controls()) {
                    Optional<Control> c = index.control(cited);
                    if (c.isEmpty() || !c.get().listed() || listing.contains(cited)) continue;
                    diagnostics.warning(at(index, lo.notes(), cited), "unlisted-control", "the notes on layer '"
                            + lo.layer().id() + "' of service '" + s.id() + "' cite " + cited + ", which does not list '"
                            + s.id() + "' among its services, so the service's page leaves it out of the controls "
                            + "that apply: add " + s.id() + " to " + cited + "'s services if it applies there, or cite "
                            + "it in the service's guidance instead");
                }
            }
        }
    }

    /** Where the notes first cite the control (by id or former id); the notes' start if not found. */
    private static SourcePosition at(Index index, Markdown notes, String controlId) {
        String text = notes.text();
        Matcher m = REFERENCE.matcher(text);
        while (m.find()) {
            String written = m.group(1).strip();
            String id = written.startsWith("control:") ? written.substring(8).strip() : written;
            Optional<Control> c = index.control(id).or(() -> index.controlByAlias(id));
            if (c.isEmpty() || !c.get().id().equals(controlId)) continue;
            int line = 0;
            int lineStart = 0;
            for (int i = 0; i < m.start(); i++) {
                if (text.charAt(i) == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            return notes.at(line, m.start() - lineStart);
        }
        return notes.start();
    }
}
