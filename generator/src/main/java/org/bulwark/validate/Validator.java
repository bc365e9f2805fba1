package org.bulwark.validate;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.bulwark.diag.Diagnostics;
import org.bulwark.diag.SourcePosition;
import org.bulwark.diag.Suggest;
import org.bulwark.link.Index;
import org.bulwark.model.Area;
import org.bulwark.model.Citation;
import org.bulwark.model.Content;
import org.bulwark.model.Control;
import org.bulwark.model.Framework;
import org.bulwark.model.Ids;
import org.bulwark.model.Layer;
import org.bulwark.model.LayerOwner;
import org.bulwark.model.Page;
import org.bulwark.model.Ref;
import org.bulwark.model.Service;
import org.bulwark.model.Status;
import org.bulwark.model.Term;
import org.bulwark.model.Verification;

/**
 * Checks the loaded model as a whole: uniqueness, every reference by id, life-cycle rules and
 * the shared-responsibility matrix. Cross-references inside Markdown are checked when the
 * Markdown is parsed (see {@code render.CrossReferences}).
 */
public final class Validator {
    private final Index index;
    private final Diagnostics diagnostics;
    private final boolean drafts;

    public Validator(Index index, Diagnostics diagnostics, boolean drafts) {
        this.index = index;
        this.diagnostics = diagnostics;
        this.drafts = drafts;
    }

    public void validate() {
        Content content = index.content();
        standard(content);
        unique(content.areas(), Area::id, Area::position, "area");
        unique(content.controls(), Control::id, Control::position, "control");
        caseCollisions(content.controls());
        oscalCollisions(content.controls());
        unique(content.services(), Service::id, Service::position, "service");
        content.areas().forEach(this::area);
        aliases(content.controls());
        content.controls().forEach(this::control);
        content.services().forEach(this::service);
        pages(content.pages());
        glossary(content.glossary());
    }

    private void standard(Content content) {
        List<Layer> layers = content.standard().layers();
        if (layers.isEmpty() && !content.services().isEmpty()) {
            diagnostics.error(content.standard().position(), "missing-field", "standard.yaml defines no layers, but "
                    + "the standard has services, and each service says who owns each layer: add 'layers'");
        }
        if (content.standard().effective().isBlank() && content.controls().stream().allMatch(c -> c.reviewed().isEmpty())) {
            diagnostics.warning(content.standard().position(), "no-date", "standard.yaml has no 'effective' date, "
                    + "and no control a 'reviewed' one: the OSCAL export then says it was last modified on 1970-01-01 "
                    + "(unless SOURCE_DATE_EPOCH is set); add 'effective: YYYY-MM-DD'");
        }
        unique(layers, Layer::id, Layer::position, "layer");
        unique(content.standard().frameworks(), Framework::id, Framework::position, "framework");
        Map<org.bulwark.model.VerificationMethod, Framework> byMethod = new HashMap<>();
        for (Framework f : content.standard().frameworks()) {
            // a method's refs are the identifiers of one framework at most: else whose cross-walk lists them?
            f.verification().ifPresent(m -> {
                Framework first = byMethod.putIfAbsent(m, f);
                if (first != null) {
                    diagnostics.error(f.position(), "duplicate-id", "framework '" + f.id() + "' takes verification "
                            + "method '" + m.keyword() + "', which framework '" + first.id() + "' (at "
                            + where(first.position(), f.position()) + ") takes already: its refs are one "
                            + "framework's identifiers");
                }
            });
            f.url().ifPresent(u -> {
                if (!u.startsWith("https://") && !u.startsWith("http://")) {
                    diagnostics.error(f.position(), "bad-url", "framework url must start with https:// or http://");
                }
            });
        }
    }

    private void area(Area area) {
        unique(area.topics(), t -> t.id(), t -> t.position(), "topic in area '" + area.id() + "'");
        citations(area.references());
    }

    private void aliases(List<Control> controls) {
        Map<String, Ref> seen = new HashMap<>();
        for (Control c : controls) {
            for (Ref alias : c.aliases()) {
                if (index.control(alias.id()).isPresent()) {
                    diagnostics.error(alias.position(), "alias-collision", "alias '" + alias.id()
                            + "' is the id of a live control; an alias names a former id");
                    continue;
                }
                Ref first = seen.putIfAbsent(alias.id(), alias);
                if (first != null) {
                    diagnostics.error(alias.position(), "alias-collision", "alias '" + alias.id()
                            + "' is already an alias at " + first.position().displayPath(java.nio.file.Path.of(""))
                            + ":" + first.position().line());
                }
            }
        }
    }

    private void control(Control c) {
        Optional<Area> area = index.area(c.area().id());
        if (area.isEmpty()) {
            unknown(c.area(), "area", index.areaIds());
        }
        c.topic().ifPresent(topic -> area.ifPresent(a -> {
            List<String> topics = a.topics().stream().map(t -> t.id()).toList();
            if (!topics.contains(topic.id())) {
                diagnostics.error(topic.position(), "unknown-ref", "unknown topic '" + topic.id() + "' in area '"
                        + a.id() + "'" + Suggest.hintOrKnown(topic.id(), topics)
                        + (topics.isEmpty() ? " (the area has no topics)" : ""));
            }
        }));
        for (var s : c.services()) {
            if (index.service(s.service().id()).isEmpty()) unknown(s.service(), "service", index.serviceIds());
        }
        unique(c.services(), s -> s.service().id(), s -> s.service().position(), "service entry");
        unique(c.requirements(), r -> r.id(), r -> r.position(), "requirement");
        requirements(c);
        unique(c.evidence(), e -> e.id(), e -> e.position(), "evidence item");
        for (Verification v : c.verification()) {
            if (v.ref().isEmpty() && v.description().isBlank()) {
                diagnostics.error(v.position(), "missing-field", "a verification needs a 'ref' or a 'description'");
            }
        }
        citations(c.references());
        for (Verification v : c.verification()) {
            // the ref of a method a framework takes is one of its identifiers, with an anchor on its cross-walk
            v.ref().ifPresent(ref -> index.frameworkVerifiedBy(v.method()).ifPresent(f ->
                    anchor(f.id(), new Ref(ref, v.position()))));
        }
        for (Ref r : c.related()) {
            if (r.id().equals(c.id())) {
                diagnostics.error(r.position(), "self-reference", c.id() + " lists itself as related");
                continue;
            }
            controlReference(r, c, "related control");
        }
        lifeCycle(c);
    }

    /**
     * Requirement ids differ in more than case (their anchors would be told apart by case alone),
     * and a requirement may raise its control's level, never lower it: the checklist of a level
     * lists a control with the requirements at that level.
     */
    private void requirements(Control c) {
        Map<String, org.bulwark.model.Requirement> byCase = new HashMap<>();
        for (org.bulwark.model.Requirement r : c.requirements()) {
            org.bulwark.model.Requirement first = byCase.putIfAbsent(Ids.caseKey(r.id()), r);
            if (first != null && !first.id().equals(r.id())) {
                diagnostics.error(r.position(), "duplicate-id", "requirement id '" + r.id() + "' differs from '"
                        + first.id() + "' (line " + first.position().line() + ") only in case; make them distinct");
            }
            r.level().ifPresent(level -> {
                if (!c.level().within(level)) {
                    diagnostics.error(r.position(), "bad-value", "requirement " + r.id() + " is at level '"
                            + level.keyword() + "', below its control's level '" + c.level().keyword()
                            + "': a requirement may raise the level, not lower it (lower the control's level and "
                            + "raise its other requirements instead)");
                }
            });
        }
    }

    /**
     * Control ids and aliases that differ only in case would share a folder under controls/ on
     * a case-insensitive file system (macOS, Windows), so one page would overwrite the other.
     */
    private void caseCollisions(List<Control> controls) {
        Map<String, Ref> seen = new HashMap<>();
        for (Control c : controls) {
            List<Ref> ids = new java.util.ArrayList<>();
            ids.add(new Ref(c.id(), c.position()));
            ids.addAll(c.aliases());
            for (Ref id : ids) {
                Ref first = seen.putIfAbsent(Ids.caseKey(id.id()), id);
                if (first != null && !first.id().equals(id.id())) {
                    diagnostics.error(id.position(), "duplicate-id", "id '" + id.id() + "' differs from '" + first.id()
                            + "' (" + where(first.position(), id.position()) + ") only in case: on a "
                            + "case-insensitive file system their pages would be one folder");
                }
            }
        }
    }

    /** Two controls may not become one OSCAL control id ({@code AC-2(1)} and {@code AC-2.1}). */
    private void oscalCollisions(List<Control> controls) {
        Map<String, Control> seen = new HashMap<>();
        for (Control c : controls) {
            Control first = seen.putIfAbsent(Ids.oscalToken(c.id()), c);
            if (first != null && !Ids.caseKey(first.id()).equals(Ids.caseKey(c.id()))) {
                diagnostics.error(c.position(), "duplicate-id", "control ids '" + first.id() + "' and '" + c.id()
                        + "' are both '" + Ids.oscalToken(c.id()) + "' in OSCAL, which writes (n) as .n; rename one");
            }
        }
    }

    private static String where(SourcePosition first, SourcePosition here) {
        return first.file().equals(here.file()) ? "line " + first.line()
                : first.displayPath(java.nio.file.Path.of("")) + ":" + first.line();
    }

    private void lifeCycle(Control c) {
        boolean retired = c.status() == Status.DEPRECATED || c.status() == Status.WITHDRAWN;
        c.supersededBy().ifPresent(successor -> {
            if (!retired) {
                diagnostics.error(successor.position(), "bad-successor", "superseded_by is only for deprecated or "
                        + "withdrawn controls; " + c.id() + " is " + c.status().keyword());
            }
            if (successor.id().equals(c.id())) {
                diagnostics.error(successor.position(), "bad-successor", c.id() + " cannot supersede itself");
                return;
            }
            controlReference(successor, c, "successor").ifPresent(s -> {
                if (s.status() == Status.WITHDRAWN) {
                    diagnostics.error(successor.position(), "bad-successor", "successor " + s.id()
                            + " is itself withdrawn; name the control that replaced it");
                }
            });
        });
        if (c.status() == Status.DEPRECATED && c.supersededBy().isEmpty()) {
            diagnostics.warning(c.position(), "no-successor", "deprecated control " + c.id()
                    + " names no successor (superseded_by)");
        }
    }

    /** Resolves a control id written in YAML, through aliases with a warning. */
    private Optional<Control> controlReference(Ref r, Control from, String what) {
        Optional<Control> target = index.control(r.id());
        if (target.isEmpty()) {
            Optional<Control> viaAlias = index.controlByAlias(r.id());
            if (viaAlias.isPresent()) {
                diagnostics.warning(r.position(), "alias-ref", what + " '" + r.id() + "' is a former id of "
                        + viaAlias.get().id() + "; write " + viaAlias.get().id());
                target = viaAlias;
            } else {
                if (!index.unreadable(r.id())) unknown(r, what, index.controlIds());
                return Optional.empty();
            }
        }
        Control t = target.get();
        if (!drafts && t.status() == Status.DRAFT && from.status() != Status.DRAFT) {
            diagnostics.error(r.position(), "draft-ref", what + " " + t.id()
                    + " is a draft: published content cannot refer to it (build with --drafts to preview)");
        }
        return target;
    }

    /** Per framework, the first identifier written with each anchor: two may not share one. */
    private final Map<String, Map<String, Ref>> anchors = new HashMap<>();

    private void citations(List<Citation> citations) {
        for (Citation citation : citations) {
            for (Ref r : citation.identifiers()) anchor(citation.framework().id(), r);
            Ref fw = citation.framework();
            if (index.framework(fw.id()).isEmpty()) {
                diagnostics.error(fw.position(), "unknown-ref", "unknown framework '" + fw.id() + "'"
                        + Suggest.hintOrKnown(fw.id(), index.frameworkIds())
                        + (index.frameworkIds().isEmpty() ? " (standard.yaml defines no frameworks)" : ""));
            }
            unique(citation.identifiers(), Ref::id, Ref::position, "identifier in '" + fw.id() + "'");
        }
    }

    private void anchor(String framework, Ref r) {
        Map<String, Ref> taken = anchors.computeIfAbsent(framework, k -> new HashMap<>());
        Ref first = taken.putIfAbsent(org.bulwark.link.Crosswalk.anchor(r.id()), r);
        if (first != null && !first.id().equals(r.id())) {
            diagnostics.error(r.position(), "duplicate-id", "identifiers '" + first.id() + "' ("
                    + where(first.position(), r.position()) + ") and '" + r.id() + "' of framework '"
                    + framework + "' share the anchor #"
                    + org.bulwark.link.Crosswalk.anchor(r.id()) + " on the cross-walk; write them alike");
        }
    }

    private void service(Service s) {
        if (index.layerIds().isEmpty()) return; // one error at standard.yaml says to define them
        Map<String, LayerOwner> covered = new LinkedHashMap<>();
        for (LayerOwner lo : s.responsibilities()) {
            if (index.layer(lo.layer().id()).isEmpty()) {
                unknown(lo.layer(), "layer", index.layerIds());
                continue;
            }
            LayerOwner first = covered.putIfAbsent(lo.layer().id(), lo);
            if (first != null) {
                diagnostics.error(lo.layer().position(), "duplicate-layer", "layer '" + lo.layer().id()
                        + "' is already given at line " + first.layer().position().line()
                        + "; every layer appears exactly once");
            }
        }
        List<String> missing = index.layerIds().stream().filter(l -> !covered.containsKey(l)).toList();
        if (!missing.isEmpty()) {
            diagnostics.error(s.position(), "missing-layer", "service '" + s.id() + "' does not say who owns "
                    + (missing.size() == 1 ? "layer " : "layers ") + String.join(", ", missing)
                    + "; every layer of standard.yaml appears exactly once");
        }
    }

    private void pages(List<Page> pages) {
        for (Page p : pages) {
            p.next().ifPresent(n -> {
                if (index.page(n.id()).isEmpty()) unknown(n, "page", index.pageIds());
                else if (n.id().equals(p.id())) {
                    diagnostics.error(n.position(), "bad-next", "page '" + p.id() + "' names itself as next");
                }
            });
        }
        // a reading path must end: follow every chain and report a loop once
        Set<String> reported = new HashSet<>();
        for (Page start : pages) {
            Set<String> seen = new HashSet<>();
            Page p = start;
            while (p != null && seen.add(p.id())) {
                p = p.next().flatMap(n -> index.page(n.id())).orElse(null);
            }
            if (p != null && p.id().equals(start.id()) && reported.add(String.join(",", new java.util.TreeSet<>(seen)))) {
                diagnostics.error(start.next().get().position(), "reading-path-loop", "the reading path through '"
                        + start.id() + "' loops back to it; the last page has no 'next'");
            }
        }
    }

    private void glossary(List<Term> terms) {
        /** A name of the glossary: a term or one of its aliases, and where it was written. */
        record Name(Term term, Ref written, boolean alias) {
            String what() {
                return alias ? "an alias of '" + term.term() + "'" : "a term";
            }
        }
        Map<String, Name> names = new HashMap<>();
        Map<String, Term> anchors = new HashMap<>();
        for (Term t : terms) {
            boolean duplicate = false;
            List<Name> all = new java.util.ArrayList<>();
            all.add(new Name(t, new Ref(t.term(), t.position()), false));
            t.aliasRefs().forEach(a -> all.add(new Name(t, a, true)));
            for (Name name : all) {
                Name first = names.putIfAbsent(name.written().id().strip().toLowerCase(java.util.Locale.ROOT), name);
                if (first != null && first.term() != t) {
                    duplicate = true;
                    diagnostics.error(name.written().position(), "duplicate-id", "glossary " + (name.alias() ? "alias"
                            : "term") + " '" + name.written().id() + "' is already " + first.what() + " at line "
                            + first.written().position().line());
                }
            }
            Term sameAnchor = anchors.putIfAbsent(Index.termAnchor(t.term()), t);
            if (sameAnchor != null && !duplicate) {
                diagnostics.error(t.position(), "duplicate-id", "glossary terms '" + sameAnchor.term() + "' and '"
                        + t.term() + "' share the anchor #" + Index.termAnchor(t.term()) + "; rename one");
            }
        }
    }

    private void unknown(Ref r, String what, Set<String> candidates) {
        diagnostics.error(r.position(), "unknown-ref", "unknown " + what + " '" + r.id() + "'"
                + Suggest.hintOrKnown(r.id(), candidates));
    }

    private <T> void unique(List<T> items, Function<T, String> id, Function<T, SourcePosition> at, String what) {
        Map<String, T> seen = new HashMap<>();
        for (T item : items) {
            T first = seen.putIfAbsent(id.apply(item), item);
            if (first != null) {
                SourcePosition here = at.apply(item);
                diagnostics.error(here, "duplicate-id", "duplicate " + what + " id '" + id.apply(item)
                        + "' (first defined at " + where(at.apply(first), here) + ")");
            }
        }
    }
}
