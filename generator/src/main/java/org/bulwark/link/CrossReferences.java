package org.bulwark.link;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.bulwark.diag.Diagnostic;
import org.bulwark.diag.Diagnostics;
import org.bulwark.diag.SourcePosition;
import org.bulwark.diag.Suggest;
import org.bulwark.model.Control;
import org.bulwark.model.Status;

/**
 * Resolves the {@code [[...]]} forms of SPEC §3 to a site URL and readable text:
 * {@code [[IAM-01]]}, {@code [[IAM-01#evidence]]}, {@code [[service:s3]]}, {@code [[area:ID]]},
 * {@code [[page:ID]]}, {@code [[term:least privilege]]}, {@code [[framework:nist-800-53#AC-2]]};
 * any of them may end in {@code |text} to choose the link text.
 */
public final class CrossReferences {
    private final Index index;
    private final Crosswalk crosswalk;
    private final boolean drafts;
    private final Diagnostics diagnostics;
    /** Every resolution made, when recording (serve keeps them to know when to render a fragment again); else null. */
    private final List<Lookup> recorded;

    public CrossReferences(Index index, Crosswalk crosswalk, boolean drafts, Diagnostics diagnostics) {
        this(index, crosswalk, drafts, diagnostics, null);
    }

    private CrossReferences(Index index, Crosswalk crosswalk, boolean drafts, Diagnostics diagnostics,
                            List<Lookup> recorded) {
        this.index = index;
        this.crosswalk = crosswalk;
        this.drafts = drafts;
        this.diagnostics = diagnostics;
        this.recorded = recorded;
    }

    /**
     * One resolution of a reference written at a place: what it resolved to and what it reported.
     * Two lookups of the same reference are equal exactly when a fragment holding it renders and
     * reports the same.
     */
    public record Lookup(String raw, SourcePosition at, Optional<Target> target, List<Diagnostic> diagnostics) {}

    /** The same resolver, reporting to {@code into} and adding every lookup it makes to {@code lookups}. */
    public CrossReferences recording(Diagnostics into, List<Lookup> lookups) {
        return new CrossReferences(index, crosswalk, drafts, into, lookups);
    }

    /** Resolves {@code raw} as written at {@code at}, reporting nowhere but in the answer. */
    public Lookup lookUp(String raw, SourcePosition at) {
        Diagnostics own = new Diagnostics();
        Optional<Target> target = new CrossReferences(index, crosswalk, drafts, own, null).resolve(raw, at);
        return new Lookup(raw, at, target, own.sorted());
    }

    /**
     * A resolved reference: root-relative url, link text, tooltip, and what the link shows of the
     * standard (the control, service, ... it names; a framework's cross-walk).
     */
    public record Target(String url, String text, String title, Dependency entity) {}

    public Optional<Target> resolve(String raw, SourcePosition at) {
        if (recorded != null) {
            Lookup lookup = lookUp(raw, at);
            recorded.add(lookup);
            lookup.diagnostics().forEach(diagnostics::add);
            return lookup.target();
        }
        String body = raw.strip();
        String customText = null;
        int bar = body.indexOf('|');
        if (bar >= 0) {
            customText = body.substring(bar + 1).strip();
            body = body.substring(0, bar).strip();
        }
        Optional<Target> t = resolveTarget(body, at);
        if (customText != null && !customText.isEmpty()) {
            String text = customText;
            t = t.map(x -> new Target(x.url(), text, x.title(), x.entity()));
        }
        return t;
    }

    private Optional<Target> resolveTarget(String body, SourcePosition at) {
        int colon = body.indexOf(':');
        if (colon < 0) return control(body, at);
        String kind = body.substring(0, colon).strip();
        String rest = body.substring(colon + 1).strip();
        switch (kind) {
            case "service":
                return index.service(rest).map(s -> new Target(Urls.service(s.id()), s.name(), "Service: " + s.name(),
                        Dependency.service(s.id()))).or(() -> unknown(at, "service", rest, index.serviceIds()));
            case "area":
                return index.area(rest).map(a -> new Target(Urls.area(a.id()), a.title(), "Area: " + a.title(),
                        Dependency.area(a.id()))).or(() -> unknown(at, "area", rest, index.areaIds()));
            case "page":
                return index.page(rest).map(p -> new Target(Urls.page(p.id()), p.title(), p.title(),
                        Dependency.page(p.id()))).or(() -> unknown(at, "page", rest, index.pageIds()));
            case "term":
                return index.term(rest).map(t -> new Target(Urls.glossary() + "#" + Index.termAnchor(t.term()), rest,
                        "Glossary: " + t.term(), Dependency.term(Index.termAnchor(t.term()))))
                        .or(() -> unknown(at, "glossary term", rest, index.termKeys()));
            case "framework":
                return framework(rest, at);
            case "control":
                return control(rest, at);
            default:
                diagnostics.error(at, "unknown-ref", "unknown cross-reference kind '" + kind + "' in [[" + body
                        + "]]: use a control id, or service:, area:, page:, term:, framework:"
                        + Suggest.hint(kind, List.of("service", "area", "page", "term", "framework", "control")));
                return Optional.empty();
        }
    }

    private Optional<Target> control(String body, SourcePosition at) {
        String id = body;
        String section = null;
        int hash = body.indexOf('#');
        if (hash >= 0) {
            id = body.substring(0, hash).strip();
            section = body.substring(hash + 1).strip();
        }
        Optional<Control> found = index.control(id);
        if (found.isEmpty()) {
            Optional<Control> viaAlias = index.controlByAlias(id);
            if (viaAlias.isEmpty()) {
                if (!org.bulwark.model.Ids.CONTROL.matcher(id).matches()) {
                    diagnostics.error(at, "unknown-ref", "cannot resolve [[" + body + "]]: not a control id; for other "
                            + "targets write [[service:...]], [[area:...]], [[page:...]], [[term:...]]");
                    return Optional.empty();
                }
                if (index.unreadable(id)) return Optional.empty();
                return unknown(at, "control", id, index.controlIds());
            }
            diagnostics.warning(at, "alias-ref", "[[" + id + "]] is a former id of " + viaAlias.get().id()
                    + "; write [[" + viaAlias.get().id() + (section == null ? "" : "#" + section) + "]]");
            found = viaAlias;
        }
        Control c = found.get();
        if (c.status() == Status.DRAFT && !drafts) {
            diagnostics.error(at, "draft-ref", "[[" + body + "]] refers to draft control " + c.id()
                    + ", which is not published (build with --drafts to preview)");
            return Optional.empty();
        }
        if (c.status() == Status.WITHDRAWN) {
            diagnostics.warning(at, "withdrawn-ref", "[[" + body + "]] refers to withdrawn control " + c.id()
                    + c.supersededBy().map(s -> "; its successor is " + s.id()).orElse(""));
        }
        String url = Urls.control(c.id());
        String text = c.id();
        if (section != null) {
            Set<String> anchors = ControlSection.anchors(c);
            if (!anchors.contains(section)) {
                diagnostics.error(at, "unknown-ref", "control " + c.id() + " has no section '#" + section + "'"
                        + Suggest.hint(section, anchors));
                return Optional.empty();
            }
            url = url + "#" + section;
            text = c.id() + " " + sectionLabel(section);
        }
        return Optional.of(new Target(url, text, c.id() + ": " + c.title(), Dependency.control(c.id())));
    }

    private static String sectionLabel(String section) {
        if (section.startsWith("req-")) return "(" + section.substring(4) + ")";
        if (section.startsWith("evidence-")) return "evidence " + section.substring(9);
        return section.replace('-', ' ');
    }

    private Optional<Target> framework(String rest, SourcePosition at) {
        String id = rest;
        String identifier = null;
        int hash = rest.indexOf('#');
        if (hash >= 0) {
            id = rest.substring(0, hash).strip();
            identifier = rest.substring(hash + 1).strip();
        }
        var fw = index.framework(id);
        if (fw.isEmpty()) return unknown(at, "framework", id, index.frameworkIds());
        String url = Urls.framework(id);
        if (identifier == null) {
            return Optional.of(new Target(url, fw.get().title(), fw.get().title(), Dependency.standard()));
        }
        String anchor = Crosswalk.anchor(identifier);
        Set<String> anchors = crosswalk.anchors(id);
        if (!anchors.contains(anchor)) {
            diagnostics.error(at, "unknown-ref", "no published control cites " + identifier + " of framework '" + id
                    + "', so its cross-walk has no entry for it" + Suggest.hint(anchor, anchors));
            return Optional.empty();
        }
        // the link exists while a listed control cites the identifier: it reads the cross-walk
        return Optional.of(new Target(url + "#" + anchor, identifier, fw.get().title() + " " + identifier,
                Dependency.crosswalk(id)));
    }

    private Optional<Target> unknown(SourcePosition at, String what, String id, java.util.Collection<String> candidates) {
        diagnostics.error(at, "unknown-ref", "unknown " + what + " '" + id + "'" + Suggest.hintOrKnown(id, candidates));
        return Optional.empty();
    }
}
