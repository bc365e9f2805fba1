package org.bulwark.link;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.bulwark.model.Area;
import org.bulwark.model.Content;
import org.bulwark.model.Control;
import org.bulwark.model.Framework;
import org.bulwark.model.Layer;
import org.bulwark.model.Page;
import org.bulwark.model.Service;
import org.bulwark.model.Term;

/**
 * Lookups by id over the loaded content, built once. The first of two things with the same id
 * wins here; the validator reports the duplicate.
 */
public final class Index {
    private final Content content;
    private final Map<String, Control> controls = new LinkedHashMap<>();
    private final Map<String, Control> aliases = new LinkedHashMap<>();
    private final Map<String, Area> areas = new LinkedHashMap<>();
    private final Map<String, Service> services = new LinkedHashMap<>();
    private final Map<String, Page> pages = new LinkedHashMap<>();
    private final Map<String, Term> terms = new TreeMap<>();
    private final Map<String, Framework> frameworks = new LinkedHashMap<>();
    private final Map<String, Layer> layers = new LinkedHashMap<>();
    private final Map<org.bulwark.model.VerificationMethod, Framework> verifiedBy = new java.util.EnumMap<>(
            org.bulwark.model.VerificationMethod.class);

    public Index(Content content) {
        this.content = content;
        for (Control c : content.controls()) controls.putIfAbsent(c.id(), c);
        for (Control c : content.controls()) {
            for (var a : c.aliases()) if (!controls.containsKey(a.id())) aliases.putIfAbsent(a.id(), c);
        }
        for (Area a : content.areas()) areas.putIfAbsent(a.id(), a);
        for (Service s : content.services()) services.putIfAbsent(s.id(), s);
        for (Page p : content.pages()) pages.putIfAbsent(p.id(), p);
        for (Term t : content.glossary()) {
            terms.putIfAbsent(termKey(t.term()), t);
            for (String alias : t.aliases()) terms.putIfAbsent(termKey(alias), t);
        }
        for (Framework f : content.standard().frameworks()) {
            frameworks.putIfAbsent(f.id(), f);
            f.verification().ifPresent(m -> verifiedBy.putIfAbsent(m, f));
        }
        for (Layer l : content.standard().layers()) layers.putIfAbsent(l.id(), l);
    }

    public Content content() { return content; }

    /** A control whose file could not be read: references to it are not reported again. */
    public boolean unreadable(String controlId) { return content.unreadableControls().contains(controlId); }

    public Optional<Control> control(String id) { return Optional.ofNullable(controls.get(id)); }

    /** The control an alias (a former id) now names. */
    public Optional<Control> controlByAlias(String alias) { return Optional.ofNullable(aliases.get(alias)); }

    public Optional<Area> area(String id) { return Optional.ofNullable(areas.get(id)); }

    public Optional<Service> service(String id) { return Optional.ofNullable(services.get(id)); }

    public Optional<Page> page(String id) { return Optional.ofNullable(pages.get(id)); }

    public Optional<Term> term(String text) { return Optional.ofNullable(terms.get(termKey(text))); }

    public Optional<Framework> framework(String id) { return Optional.ofNullable(frameworks.get(id)); }

    public Optional<Layer> layer(String id) { return Optional.ofNullable(layers.get(id)); }

    /** The framework whose identifiers a verification method's refs are, if one takes it. */
    public Optional<Framework> frameworkVerifiedBy(org.bulwark.model.VerificationMethod method) {
        return Optional.ofNullable(verifiedBy.get(method));
    }

    public java.util.Set<String> controlIds() { return Collections.unmodifiableSet(controls.keySet()); }

    public java.util.Set<String> areaIds() { return Collections.unmodifiableSet(areas.keySet()); }

    public java.util.Set<String> serviceIds() { return Collections.unmodifiableSet(services.keySet()); }

    public java.util.Set<String> pageIds() { return Collections.unmodifiableSet(pages.keySet()); }

    public java.util.Set<String> termKeys() { return Collections.unmodifiableSet(terms.keySet()); }

    public java.util.Set<String> frameworkIds() { return Collections.unmodifiableSet(frameworks.keySet()); }

    public java.util.Set<String> layerIds() { return Collections.unmodifiableSet(layers.keySet()); }

    public Map<String, Control> aliasMap() { return Collections.unmodifiableMap(aliases); }

    /** Controls in the published site: drafts only with {@code --drafts}. */
    public List<Control> published(boolean drafts) {
        return content.controls().stream().filter(c -> drafts || c.status().published()).toList();
    }

    /** The anchor of a glossary term: its words, lower case, joined by hyphens. */
    public static String termAnchor(String term) {
        return Slug.of(term);
    }

    static String termKey(String text) {
        return String.join(" ", text.strip().toLowerCase(Locale.ROOT).split("\\s+"));
    }
}
