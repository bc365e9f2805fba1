package org.bulwark.render;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.concurrent.ConcurrentSkipListMap;
import org.bulwark.link.Index;
import org.bulwark.link.Urls;
import org.bulwark.model.Control;
import org.bulwark.model.Status;

/**
 * The current site as the pages of a frozen release see it. A frozen page links outside its
 * release (a service, a framework's cross-walk, the glossary, a free page) only where the
 * current site has that page and anchor, and shows the text alone where it has not, so that
 * content removed later can never break a frozen page; its banner names the current page of
 * the same control.
 *
 * <p>Each release asks through its own {@link Questions}, which keep every question with its
 * answer: a release's frozen pages depend on the current site through these answers alone, so
 * a later build may reuse them when the current site answers every question the same way.
 */
public final class CurrentSite {
    private static final String PAGE = "page ";
    private static final String CONTROL = "control ";

    private final Routes routes;
    private final Index index;
    private final Listing listing;
    private final RenderedContent rendered;

    public CurrentSite(Routes routes, Index index, Listing listing, RenderedContent rendered) {
        this.routes = routes;
        this.index = index;
        this.listing = listing;
        this.rendered = rendered;
    }

    /** The current standard's version, which every frozen page's banner names. */
    public String version() {
        return index.content().standard().version();
    }

    /** A new record of questions, for one release's pages. */
    public Questions questions() {
        return new Questions();
    }

    /**
     * The answer to a question as {@link Questions} put it: "" when the current site has no such
     * page, anchor or control. A question is "page PATH[#ANCHOR]" or "control ID".
     */
    public String answer(String question) {
        if (question.startsWith(PAGE)) return page(question.substring(PAGE.length())) ? "yes" : "";
        if (question.startsWith(CONTROL)) return control(question.substring(CONTROL.length()));
        return "";
    }

    /** Whether the current site has a page or file at a site path, and the anchor it names. */
    private boolean page(String path) {
        String fragment = "";
        int hash = path.indexOf('#');
        if (hash >= 0) {
            fragment = decode(path.substring(hash + 1));
            path = path.substring(0, hash);
        }
        String dir = path.endsWith("index.html") ? path.substring(0, path.length() - "index.html".length()) : path;
        Optional<Route> route = routes.at(dir).or(() -> routes.at(dir + "/"));
        if (route.isEmpty()) return false;
        return fragment.isEmpty() || anchors(route.get()).contains(fragment);
    }

    /** The anchors a page is known to have: its route's, and for a free page its headings'. */
    private Set<String> anchors(Route route) {
        if (route.kind() != PageKind.PAGE) return route.anchors();
        Set<String> out = new HashSet<>(route.anchors());
        index.page(route.id()).ifPresent(p -> rendered.of(p.body()).headings().forEach(h -> out.add(h.id())));
        return out;
    }

    /**
     * The current control a frozen control's id leads to, as "ID how": the control of that id
     * ({@code same}), the control that took it as a former id ({@code renamed}), or, where that
     * control is withdrawn, its successor ({@code successor}); "" when there is none (the ledger
     * reports that).
     */
    private String control(String id) {
        Optional<Control> c = published(index.control(id));
        String how = "same";
        if (c.isEmpty()) {
            c = published(index.controlByAlias(id));
            how = "renamed";
        }
        if (c.isEmpty()) return "";
        Control here = c.get();
        // a chain of withdrawals ends at a live control, or at the last tombstone
        for (int hops = 0; here.status() == Status.WITHDRAWN && hops < 16; hops++) {
            Optional<Control> next = here.supersededBy().flatMap(r -> published(index.control(r.id())
                    .or(() -> index.controlByAlias(r.id()))));
            if (next.isEmpty() || next.get() == here) break;
            here = next.get();
            how = "successor";
        }
        return here.id() + " " + how;
    }

    private Optional<Control> published(Optional<Control> c) {
        return c.filter(x -> listing.isPublished(x.id()));
    }

    private static String decode(String fragment) {
        String f = fragment.replace("&amp;", "&").replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<")
                .replace("&gt;", ">");
        if (f.indexOf('%') < 0) return f;
        try {
            return URLDecoder.decode(f.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return f;
        }
    }

    /** What a control of a frozen release is in the current site. */
    public record CurrentControl(String id, String how) {
        /** Its current page. */
        public String url() {
            return Urls.control(id);
        }
    }

    /** The questions one release's pages asked of the current site, each with its answer. */
    public final class Questions {
        private final ConcurrentSkipListMap<String, String> asked = new ConcurrentSkipListMap<>();

        private Questions() {}

        /** The site path if the current site has that page (and anchor); empty if not. */
        public Optional<String> page(String path) {
            return ask(PAGE + path).isEmpty() ? Optional.empty() : Optional.of(path);
        }

        /** Where the current site has the control a frozen page shows under {@code id}. */
        public Optional<CurrentControl> control(String id) {
            String a = ask(CONTROL + id);
            if (a.isEmpty()) return Optional.empty();
            int space = a.indexOf(' ');
            return Optional.of(new CurrentControl(a.substring(0, space), a.substring(space + 1)));
        }

        public String version() {
            return CurrentSite.this.version();
        }

        private String ask(String question) {
            return asked.computeIfAbsent(question, CurrentSite.this::answer);
        }

        /** Every question asked so far with its answer, sorted. */
        public SortedMap<String, String> answers() {
            return new java.util.TreeMap<>(asked);
        }
    }

    /** Whether the current site answers every one of {@code asked} as it was answered then. */
    public boolean answersAsBefore(Map<String, String> asked) {
        for (Map.Entry<String, String> e : asked.entrySet()) {
            if (!answer(e.getKey()).equals(e.getValue())) return false;
        }
        return true;
    }
}
