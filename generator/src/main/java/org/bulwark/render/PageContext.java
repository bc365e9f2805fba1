package org.bulwark.render;

import static org.bulwark.render.Data.map;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bulwark.history.History;
import org.bulwark.link.Crosswalk;
import org.bulwark.link.Index;
import org.bulwark.link.Urls;
import org.bulwark.link.VerificationRefs;
import org.bulwark.model.Area;
import org.bulwark.model.Citation;
import org.bulwark.model.Control;
import org.bulwark.model.Framework;
import org.bulwark.model.Level;
import org.bulwark.model.Page;
import org.bulwark.model.Standard;
import org.bulwark.model.Topic;
import org.bulwark.model.Verification;
import org.bulwark.model.VerificationMethod;

/**
 * What every page's model is built from, once per build, after every fragment is rendered: the
 * standard and its listing, the rendered Markdown, the cross-walk, the base URL, the site's
 * navigation (the same on every page) and each published control's summary (shared by every
 * list that shows it), the standard's history. The model builders of the page kinds ({@link
 * ControlPage}, {@link AreaPage}, ...) read it; nothing here changes after it is made.
 *
 * <p>The pages of a frozen release are built from a context of their own: the release's
 * standard, listing, fragments and history, and {@link #frozen} saying which release it is and
 * what the current site has (see {@link FrozenLinks} for their links).
 */
public final class PageContext {
    private final Index index;
    private final Listing listing;
    private final RenderedContent rendered;
    private final Crosswalk crosswalk;
    private final Optional<String> baseUrl;
    private final History history;
    private final Optional<FrozenRelease> frozen;
    private final Map<String, Object> site;
    private final Map<String, Map<String, Object>> summaries = new HashMap<>();
    private final VerificationRefs verification;

    public PageContext(Index index, Listing listing, RenderedContent rendered, Crosswalk crosswalk,
                       Optional<String> baseUrl) {
        this(index, listing, rendered, crosswalk, baseUrl, History.NONE, Optional.empty());
    }

    /** {@code frozen}: present for the pages of a frozen release, whose {@code history} ends with it. */
    public PageContext(Index index, Listing listing, RenderedContent rendered, Crosswalk crosswalk,
                       Optional<String> baseUrl, History history, Optional<FrozenRelease> frozen) {
        this.index = index;
        this.listing = listing;
        this.rendered = rendered;
        this.crosswalk = crosswalk;
        this.baseUrl = baseUrl;
        this.history = history;
        this.frozen = frozen;
        for (Control c : listing.published()) summaries.put(c.id(), summary(c));
        this.verification = new VerificationRefs(listing.listed());
        this.site = siteModel();
    }

    Index index() {
        return index;
    }

    Listing listing() {
        return listing;
    }

    RenderedContent rendered() {
        return rendered;
    }

    Crosswalk crosswalk() {
        return crosswalk;
    }

    Optional<String> baseUrl() {
        return baseUrl;
    }

    /** Every ref the listed controls verify with, per method: the verification index. */
    VerificationRefs verification() {
        return verification;
    }

    /**
     * Where a verification's ref is listed with the controls using it: the cross-walk row of the
     * framework that takes the method (Security Hub controls), else the ref's row of the
     * verification index; empty without a ref, or for a control that is not listed.
     */
    String verificationUrl(Control c, Verification v) {
        if (v.ref().isEmpty() || !c.listed()) return "";
        String ref = v.ref().get();
        Optional<Framework> fw = index.frameworkVerifiedBy(v.method());
        if (fw.isPresent()) {
            return crosswalk.entries(fw.get().id()).containsKey(ref) ? Crosswalk.url(fw.get().id(), ref) : "";
        }
        return VerificationRefs.url(v.method(), ref);
    }

    History history() {
        return history;
    }

    /** Present for the pages of a frozen release. */
    public Optional<FrozenRelease> frozen() {
        return frozen;
    }

    /** The navigation every page shows: the standard, its areas, its reading path and other pages. */
    private Map<String, Object> siteModel() {
        Standard s = index.content().standard();
        List<Object> areas = new ArrayList<>();
        for (Area a : index.content().areas()) areas.add(map("id", a.id(), "title", a.title(), "url", Urls.area(a.id())));
        List<Object> nav = new ArrayList<>();
        List<Page> path = listing.readingPath();
        for (Page p : path) {
            if (linkable(Urls.page(p.id()))) nav.add(map("id", p.id(), "title", p.title(), "url", Urls.page(p.id())));
        }
        List<Object> otherPages = new ArrayList<>();
        for (Page p : index.content().pages()) {
            if (p.nav() && !path.contains(p) && linkable(Urls.page(p.id()))) {
                otherPages.add(map("id", p.id(), "title", p.title(), "url", Urls.page(p.id())));
            }
        }
        String example = listing.listed().isEmpty() ? "" : listing.listed().get(0).id();
        return map("id", s.id(), "title", s.title(), "version", s.version(), "versionLabel", versionLabel(s.version()),
                "owner", s.owner(), "effective", s.effective(), "provider", s.provider(), "areas", areas,
                "readingPath", nav, "pages", otherPages, "baselineTitle", s.baseline().title(),
                "hasGlossary", !index.content().glossary().isEmpty(),
                "hasReleases", frozen.isPresent() || !history.releases().isEmpty(),
                "hasServices", !index.content().services().isEmpty() && linkable(Urls.services()),
                // a standard whose controls name no check by ref has no verification index to offer
                "hasVerification", !verification.methods().isEmpty() && linkable(Urls.verification()),
                "verificationKinds", verification.methods().stream().map(VerificationMethod::plural).toList(),
                "exampleId", example, "exampleFamily", family(example),
                "baseUrl", baseUrl.orElse(""));
    }

    /** "v1.0.0" for a version number; any other version as written ("main-b834f71", "v2.1"). */
    static String versionLabel(String version) {
        return !version.isEmpty() && Character.isDigit(version.charAt(0)) ? "v" + version : version;
    }

    /**
     * The family an id belongs to, for search help: the id up to its last separator ({@code
     * IAM-01} -> {@code IAM}, {@code OSPS-AC-01} -> {@code OSPS-AC}, {@code AC-2(1)} -> {@code
     * AC-2}); an id without one is its own family.
     */
    static String family(String id) {
        int cut = -1;
        for (int i = 1; i < id.length(); i++) if ("-._(".indexOf(id.charAt(i)) >= 0) cut = i;
        return cut < 0 ? id : id.substring(0, cut);
    }

    /**
     * Whether a page may link to a site path: always on the current site; on a frozen release's
     * page, when the release has the page or the current site has it (its menu leaves out the
     * free pages removed since).
     */
    private boolean linkable(String path) {
        return frozen.map(f -> Urls.frozen(path) || f.current().page(path).isPresent()).orElse(true);
    }

    /**
     * The navigation every page shows ({@link org.bulwark.link.Dependency.Kind#NAVIGATION}): plain
     * data, equal between two builds exactly when no page's navigation changed.
     */
    public Map<String, Object> navigation() {
        return site;
    }

    /** What every page's model starts with: the site, its kind, URL, title and way back to the root. */
    Map<String, Object> base(Route route, String title) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("site", site);
        m.put("kind", route.kind().modelName());
        m.put("url", route.url());
        m.put("title", title);
        m.put("root", Fragment.ROOT);
        m.put("rootDir", route.root());
        m.put("canonical", absolute(route.url()));
        frozen.ifPresent(f -> m.put("frozen", FrozenBanner.model(this, f, route)));
        return m;
    }

    /** A site URL made absolute with the base URL; empty without one. */
    String absolute(String url) {
        return baseUrl.map(b -> b + sitePath(url)).orElse("");
    }

    /**
     * Where a page of this standard is in the site: the path itself, or on a frozen release's
     * pages, the release's own copy where it has one ({@code releases/1.0.0/controls/IAM-01/}).
     */
    String sitePath(String url) {
        return frozen.map(f -> f.sitePath(url)).orElse(url);
    }

    private Map<String, Object> summary(Control c) {
        Area area = index.area(c.area().id()).orElse(null);
        String topic = c.topic().flatMap(t -> area == null ? Optional.<Topic>empty() : area.topic(t.id()))
                .map(Topic::title).orElse("");
        List<String> services = c.services().stream().map(a -> a.service().id()).sorted().toList();
        return map("id", c.id(), "title", c.title(), "url", Urls.control(c.id()),
                "area", c.area().id(), "areaTitle", area == null ? c.area().id() : area.title(),
                "topic", c.topic().map(t -> t.id()).orElse(""), "topicTitle", topic,
                "level", c.level().keyword(), "levels", levels(c), "severity", c.severity().map(x -> x.keyword()).orElse(""),
                "responsibility", c.responsibility().map(x -> x.keyword()).orElse(""),
                "status", c.status().keyword(), "services", services,
                "statement", rendered.of(c.statement()).html(),
                "successor", c.supersededBy().map(r -> r.id()).orElse(""));
    }

    /**
     * Every level a control has work at, lowest first: its own, and those its requirements are
     * raised to. The catalogue's level filter finds it under each.
     */
    private static List<String> levels(Control c) {
        List<String> out = new ArrayList<>();
        for (Level l : Level.values()) {
            if (l == c.level() || c.requirements().stream().anyMatch(r -> c.levelOf(r) == l)) out.add(l.keyword());
        }
        return out;
    }

    /** A published control's summary: what every list of controls shows of it. */
    Map<String, Object> summary(String controlId) {
        return summaries.get(controlId);
    }

    boolean isPublished(String controlId) {
        return summaries.containsKey(controlId);
    }

    List<Object> summaries(List<Control> controls) {
        List<Object> out = new ArrayList<>();
        for (Control c : controls) out.add(summaries.get(c.id()));
        return out;
    }

    /** A published control by id or former id. */
    Optional<Control> resolve(String id) {
        Optional<Control> c = index.control(id).or(() -> index.controlByAlias(id));
        return c.filter(x -> summaries.containsKey(x.id()));
    }

    /**
     * Citations as pages show them: each framework with its identifiers, each linked to its
     * cross-walk entry when a listed control cites it, and to the framework's own site.
     */
    List<Object> citations(List<Citation> citations) {
        List<Object> out = new ArrayList<>();
        for (Citation citation : citations) {
            Optional<Framework> fw = index.framework(citation.framework().id());
            if (fw.isEmpty()) continue;
            var cited = crosswalk.identifiers(fw.get().id());
            List<Object> ids = new ArrayList<>();
            for (var r : citation.identifiers()) {
                ids.add(map("id", r.id(), "url", cited.containsKey(r.id())
                        ? Crosswalk.url(fw.get().id(), r.id()) : "",
                        "external", fw.get().urlFor(r.id()).orElse("")));
            }
            out.add(map("id", fw.get().id(), "title", fw.get().title(), "url", Urls.framework(fw.get().id()),
                    "identifiers", ids));
        }
        return out;
    }

    static List<Object> headings(Fragment f) {
        List<Object> out = new ArrayList<>();
        for (Fragment.Heading h : f.headings()) out.add(map("level", h.level(), "id", h.id(), "text", h.text()));
        return out;
    }

    /** ", page 2 of 9" in the title of every page of a list but the first. */
    static String pageSuffix(Pagination pages) {
        return pages.number() == 1 ? "" : ", page " + pages.number() + " of " + pages.count();
    }

    static String crumb(Pagination pages) {
        return "Page " + pages.number() + " of " + pages.count();
    }
}
