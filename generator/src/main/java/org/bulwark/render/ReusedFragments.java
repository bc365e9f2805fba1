package org.bulwark.render;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.bulwark.diag.Diagnostic;
import org.bulwark.diag.Diagnostics;
import org.bulwark.diag.SourcePosition;
import org.bulwark.link.CrossReferences;
import org.bulwark.link.Dependency;
import org.bulwark.model.Markdown;

/**
 * Renders the fragments of one build of a standard that serve keeps loaded, reusing those of the
 * build before. A fragment is a function of its Markdown (text and place), its anchor prefix and
 * heading shift, and the answers to what it looked up while rendering: each cross-reference it
 * resolved (target and diagnostics) and each site path it checked. So each fragment is rendered
 * on its own, those lookups noted beside it; in the next build a fragment whose Markdown value is
 * the same object (its file was not read again) and whose every lookup gets the same answer is
 * taken as it was, with its diagnostics and links; any other is rendered again. Nothing else is
 * assumed about what a fragment depends on.
 */
public final class ReusedFragments implements FragmentRenderer {
    /** One fragment rendered on its own, and what it looked up. */
    private record Entry(String anchorPrefix, int headingShift, Fragment fragment, List<Diagnostic> diagnostics,
                         Map<String, SourcePosition> contentLinks, List<CrossReferences.Lookup> lookups,
                         Map<String, Object> siteQuestions) {}

    private final Map<Markdown, Entry> before;
    private final Map<Markdown, Entry> entries;
    private final CrossReferences references;
    private final SiteIndex site;
    private final Diagnostics diagnostics;
    private final RenderedContent shown;
    private final java.util.function.Predicate<CrossReferences.Lookup> unaffected;
    private final Map<String, SourcePosition> contentLinks = new ConcurrentHashMap<>();
    private final Set<Dependency> changedOwners = ConcurrentHashMap.newKeySet();
    private final AtomicInteger rendered = new AtomicInteger();

    /**
     * @param before      the fragments of the build before (null for the first)
     * @param references  this build's resolver, reporting to {@code diagnostics}
     * @param site        this build's pages and anchors
     * @param shown       the content of the site being shown, to tell whose fragments now differ (null for none)
     * @param unaffected  lookups known to get the same answer from {@code references} without asking it
     *                    (what they name is unchanged since {@code before}); the others are asked again
     */
    public ReusedFragments(ReusedFragments before, CrossReferences references, SiteIndex site, Diagnostics diagnostics,
                           RenderedContent shown, java.util.function.Predicate<CrossReferences.Lookup> unaffected) {
        this.unaffected = unaffected;
        this.entries = Collections.synchronizedMap(new IdentityHashMap<>(before == null ? 1024 : before.entries.size() + 64));
        // read by many threads, written by none any more
        this.before = before == null ? Map.of() : before.entries;
        this.references = references;
        this.site = site;
        this.diagnostics = diagnostics;
        this.shown = shown;
    }

    @Override
    public Fragment render(Markdown md, String anchorPrefix, int headingShift, Dependency owner) {
        if (md == null || md.isBlank()) return Fragment.EMPTY;
        Entry e = before.get(md);
        if (e == null || !e.anchorPrefix().equals(anchorPrefix) || e.headingShift() != headingShift || !stillHolds(e)) {
            e = renderAlone(md, anchorPrefix, headingShift);
            rendered.incrementAndGet();
        }
        entries.put(md, e);
        if (!e.diagnostics().isEmpty()) e.diagnostics().forEach(diagnostics::add);
        if (!e.contentLinks().isEmpty()) e.contentLinks().forEach(contentLinks::putIfAbsent);
        if (shown != null && !e.fragment().equals(shown.of(md))) changedOwners.add(owner);
        return e.fragment();
    }

    private boolean stillHolds(Entry e) {
        for (CrossReferences.Lookup l : e.lookups()) {
            if (!unaffected.test(l) && !references.lookUp(l.raw(), l.at()).equals(l)) return false;
        }
        return e.siteQuestions().isEmpty() || site.answersAsIn(e.siteQuestions());
    }

    private Entry renderAlone(Markdown md, String anchorPrefix, int headingShift) {
        Diagnostics own = new Diagnostics();
        List<CrossReferences.Lookup> lookups = new ArrayList<>(0);
        Map<String, Object> asked = new HashMap<>(0);
        MarkdownRenderer renderer = new MarkdownRenderer(references.recording(own, lookups), site.recording(asked), own);
        Fragment f = renderer.render(md, anchorPrefix, headingShift);
        return new Entry(anchorPrefix, headingShift, f, own.sorted(), Map.copyOf(renderer.contentLinks()),
                List.copyOf(lookups), Map.copyOf(asked));
    }

    /** Links written in Markdown, and where (for the link check to blame). */
    public Map<String, SourcePosition> contentLinks() {
        return contentLinks;
    }

    /**
     * The entities (and the standard) one of whose fragments differs from the site shown: what
     * the route table's dependencies are matched against, beside the entities whose files changed.
     */
    public Set<Dependency> changedOwners() {
        return Set.copyOf(changedOwners);
    }

    /** How many fragments this build rendered (the rest were reused). */
    public int rendered() {
        return rendered.get();
    }
}
