package org.bulwark.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.bulwark.diag.Diagnostic;
import org.bulwark.diag.Diagnostics;
import org.bulwark.link.CrossReferences;
import org.bulwark.link.Dependency;
import org.bulwark.link.Index;
import org.bulwark.load.ContentLoader;
import org.bulwark.load.FileMemo;
import org.bulwark.model.Term;
import org.bulwark.render.CurrentSite;
import org.bulwark.render.PageContext;
import org.bulwark.render.RenderedContent;
import org.bulwark.render.ReusedFragments;
import org.bulwark.render.Route;
import org.bulwark.render.Routes;
import org.bulwark.render.SiteIndex;
import org.bulwark.render.Templates;
import org.bulwark.render.ThemeFiles;
import org.bulwark.site.FrozenPages;
import org.bulwark.site.LinkChecker;
import org.bulwark.site.Manifest;
import org.bulwark.site.Output;
import org.bulwark.site.PageWriter;
import org.bulwark.site.Sha256;
import org.bulwark.site.SiteBuilder;
import org.bulwark.site.Timings;

/**
 * The site {@code serve} shows, kept loaded and brought up to date edit by edit. An update reads
 * again only the files that changed ({@link FileMemo}), validates the whole standard in memory,
 * reuses every Markdown fragment whose inputs are unchanged ({@link ReusedFragments}) and marks
 * stale only the pages whose dependencies in the route table match what changed: the entities
 * whose files changed or whose fragments now differ, the listings, cross-walks and navigation
 * that differ ({@link #changes}). Stale pages are rendered when asked for, or by a background
 * pass, and written one by one; the search index, the exports and the manifest only when asked
 * for. A change of {@code standard.yaml} or of the theme renders everything again.
 *
 * <p>Diagnostics are those of a full {@code check}: the loading, validation and Markdown ones at
 * once, the templates' and the link check's once the background pass has rendered every stale
 * page ({@link #settle}).
 */
public final class LiveSite {
    /** Names the written site in the link check's messages, as {@code check} does. */
    private static final Path SITE_NAME = Path.of("site");

    /** What one update found and did. */
    public record Update(long generation, Diagnostics diagnostics, boolean shown, boolean full, int fragments,
                         int stale, Timings timings) {}

    /**
     * One build of the content: immutable once made. {@code releaseFiles} are the files of frozen
     * releases the site has besides its routes (their controls.json), looked up on every request.
     */
    private record Build(long generation, SiteBuilder.Loaded loaded, Routes routes, RenderedContent rendered,
                         List<SiteBuilder.Frozen> releases, PageContext context, Diagnostics diagnostics,
                         Map<String, Route> byFile, Map<String, FrozenPages.Release> frozenByFile,
                         CurrentSite current, Map<String, org.bulwark.diag.SourcePosition> contentLinks,
                         Set<String> releaseFiles) {}

    /** A page to render again: claimed by one thread, awaited by the others. */
    private static final class Job {
        final AtomicBoolean claimed = new AtomicBoolean();
        final CompletableFuture<Void> done = new CompletableFuture<>();
    }

    /** What is known of a written page. */
    private record Written(String sha256, long version, List<Diagnostic> diagnostics) {}

    private final Path content;
    private final Optional<Path> theme;
    private final boolean drafts;
    private final Path dir;
    private final FileMemo memo = new FileMemo();
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private final Map<String, Job> stale = new ConcurrentHashMap<>();
    private final Map<String, Written> pages = new ConcurrentHashMap<>();
    private final Map<String, String> assets = new ConcurrentHashMap<>();
    private final LinkChecker links = new LinkChecker(Map.of());
    private final java.util.Queue<PageWriter> writers = new java.util.concurrent.ConcurrentLinkedQueue<>();
    private final Object filesLock = new Object();

    private volatile Build shown;
    /** Updates under way: while there are any, {@link #settle} stops rendering. */
    private final java.util.concurrent.atomic.AtomicInteger updating = new java.util.concurrent.atomic.AtomicInteger();
    private volatile Templates templates;
    private ReusedFragments fragments;
    /** The content the fragments were last rendered for, and the names it had. */
    private SiteBuilder.Loaded fragmentsLoaded;
    private Names fragmentNames;
    private long generation;
    /** The generation the files beside the pages were made for, with their hashes; and the manifest's. */
    private long filesGeneration = -1;
    private Map<String, String> filesHashes = Map.of();
    private long manifestGeneration = -1;
    /**
     * Per release, what its pages rendered so far asked of the current site, with the answers
     * the site shown gives: while it answers them all the same, those pages stay as they are.
     */
    private final Map<String, Map<String, String>> frozenAsked = new HashMap<>();
    /**
     * The releases as last loaded, and their Markdown as last rendered with what that reported:
     * a function of the {@code releases/} folder alone, kept while nothing under it changes.
     */
    private SiteBuilder.Releases releases;
    private List<SiteBuilder.Frozen> frozen;
    private Diagnostics frozenDiagnostics;

    /** Serves {@code content} (and {@code theme}), writing pages and files into {@code dir}. */
    public LiveSite(Path content, Optional<Path> theme, boolean drafts, Path dir) {
        this.content = content;
        this.theme = theme;
        this.drafts = drafts;
        this.dir = dir;
        Sha256.prepare();
    }

    // ---- updating --------------------------------------------------------------------------------

    /**
     * Brings the site up to date with the content: {@code changed} are the files a watcher saw
     * change (read again whatever their time stamps say); a change under the theme renders
     * everything again. Returns at once after marking pages stale: rendering them is left to
     * requests and to {@link #settle}.
     */
    public Update update(Collection<Path> changed) throws IOException {
        return update(changed, true);
    }

    /**
     * As {@link #update(Collection)}; {@code complete} says whether {@code changed} is all that
     * changed (else every file's time stamp is looked at, as when a watcher lost events).
     */
    public Update update(Collection<Path> changed, boolean complete) throws IOException {
        // the background pass gives way: an edit has both cores to itself
        updating.incrementAndGet();
        try {
            return apply(changed, complete);
        } finally {
            updating.decrementAndGet();
        }
    }

    private synchronized Update apply(Collection<Path> changed, boolean complete) throws IOException {
        Timings timings = new Timings();
        memo.changed(changed, complete);
        boolean themeChanged = theme.isPresent() && changed.stream().anyMatch(p -> p.toAbsolutePath().normalize()
                .startsWith(theme.get().toAbsolutePath().normalize()));
        long next = generation + 1;
        Diagnostics diagnostics = new Diagnostics();
        boolean releasesChanged = changed.stream().anyMatch(p -> p.toAbsolutePath().normalize()
                .startsWith(content.toAbsolutePath().normalize().resolve("releases")));
        // loaded again when a file under releases/ changed, or when the watcher may have missed one
        if (releasesChanged || !complete) releases = null;
        Optional<SiteBuilder.Checking> checking = timings.time("load", () -> SiteBuilder.loadChecking(
                new ContentLoader(memo), content, Optional.ofNullable(releases), drafts, diagnostics));
        if (checking.isEmpty()) return new Update(next, diagnostics, false, false, 0, 0, timings);
        if (releases != checking.get().releases()) {
            releases = checking.get().releases();
            frozen = null;
        }
        Optional<SiteBuilder.Loaded> loaded = checking.map(SiteBuilder.Checking::loaded);
        Routes routes = timings.time("routes", () -> SiteBuilder.routes(loaded.get(), Optional.empty()));
        Build before = shown;
        CrossReferences references = new CrossReferences(loaded.get().index(), loaded.get().crosswalk(), drafts,
                diagnostics);
        Names names = Names.of(loaded.get());
        ReusedFragments reused = new ReusedFragments(fragments, references, new SiteIndex(routes), diagnostics,
                before == null ? null : before.rendered(), unaffectedLookups(fragmentsLoaded, names, loaded.get()));
        RenderedContent rendered = timings.time("markdown", () -> SiteBuilder.content(loaded.get(), reused,
                diagnostics));
        fragments = reused;
        fragmentsLoaded = loaded.get();
        fragmentNames = names;
        timings.time("validate (rest)", () -> SiteBuilder.await(checking.get().checks()));
        if (diagnostics.hasErrors()) {
            // as build does: nothing is rendered, the last good site stays
            return new Update(next, diagnostics, false, false, reused.rendered(), 0, timings);
        }
        // as build does once the current content has no errors: frozen releases report theirs
        if (frozen == null) {
            frozenDiagnostics = new Diagnostics();
            frozen = timings.time("releases", () -> SiteBuilder.resolveReleases(loaded.get(), Optional.empty(),
                    frozenDiagnostics));
        }
        diagnostics.addAll(frozenDiagnostics);
        List<SiteBuilder.Frozen> releases = frozen;
        PageContext context = timings.time("page models", () -> new PageContext(loaded.get().index(),
                loaded.get().listing(), rendered, loaded.get().crosswalk(), Optional.empty(), loaded.get().history(),
                Optional.empty()));
        Map<String, Route> byFile = new HashMap<>();
        for (Route r : routes.all()) byFile.putIfAbsent(r.file(), r);
        // each release's frozen pages, as build renders them: they see the current site through questions
        CurrentSite current = new CurrentSite(routes, loaded.get().index(), loaded.get().listing(), rendered);
        Map<String, FrozenPages.Release> frozenByFile = new HashMap<>();
        for (FrozenPages.Release r : FrozenPages.plan(releases, current, Optional.empty())) {
            for (Route page : r.routes().pages()) {
                byFile.putIfAbsent(page.file(), page);
                frozenByFile.put(page.file(), r);
            }
        }
        Build build = new Build(next, loaded.get(), routes, rendered, releases, context, diagnostics, byFile,
                frozenByFile, current, Map.copyOf(reused.contentLinks()),
                releases.stream().map(SiteBuilder::releaseExport).collect(java.util.stream.Collectors.toSet()));
        boolean full = before == null || themeChanged || templates == null || releasesChanged
                || before.loaded().index().content().standard() != loaded.get().index().content().standard();
        Set<String> affected = new LinkedHashSet<>();
        timings.time("affected pages", () -> {
            if (full) {
                for (Route r : routes.all()) if (r.kind().isPage()) affected.add(r.file());
                affected.addAll(frozenByFile.keySet());
            } else {
                Set<Dependency> changes = changes(before, build, reused.changedOwners());
                for (Route r : before.routes().affectedBy(changes, before.rendered())) if (r.kind().isPage()) affected.add(r.file());
                for (Route r : routes.affectedBy(changes, rendered)) if (r.kind().isPage()) affected.add(r.file());
                for (Route r : routes.all()) {
                    if (r.kind().isPage() && !before.byFile().containsKey(r.file())) affected.add(r.file());
                }
                for (String file : frozenByFile.keySet()) if (!before.byFile().containsKey(file)) affected.add(file);
            }
            affected.retainAll(byFile.keySet()); // pages of the build before that are gone are deleted, not rendered
        });
        Templates newTemplates = full ? new Templates(theme) : templates;
        lock.writeLock().lock();
        try {
            if (full) writeAssets();
            if (before != null) {
                for (Route gone : before.routes().all()) {
                    if (gone.kind().isPage() && !byFile.containsKey(gone.file())) forget(gone.file());
                }
            }
            templates = newTemplates;
            if (full) frozenAsked.clear();
            else affected.addAll(frozenChanged(before, build));
            for (String file : affected) stale.putIfAbsent(file, new Job());
            generation = next;
            shown = build;
        } finally {
            lock.writeLock().unlock();
        }
        return new Update(next, diagnostics, true, full, reused.rendered(), affected.size(), timings);
    }

    /**
     * The frozen pages to render again because the current site now answers differently a
     * question their release's pages asked of it (a page or anchor they link to is gone or back,
     * a control they name moved): every page of such a release. Called under the write lock, so
     * that no page renders meanwhile and every question asked so far is seen.
     */
    private Set<String> frozenChanged(Build before, Build after) {
        Map<String, Map<String, String>> asked = new HashMap<>();
        for (FrozenPages.Release r : new LinkedHashSet<>(before.frozenByFile().values())) {
            Map<String, String> questions = asked.computeIfAbsent(r.version(),
                    v -> new HashMap<>(frozenAsked.getOrDefault(v, Map.of())));
            questions.putAll(r.release().current().answers());
        }
        frozenAsked.clear();
        Set<String> out = new HashSet<>();
        Set<String> changed = new HashSet<>();
        for (Map.Entry<String, Map<String, String>> e : asked.entrySet()) {
            if (after.current().answersAsBefore(e.getValue())) frozenAsked.put(e.getKey(), e.getValue());
            else changed.add(e.getKey());
        }
        after.frozenByFile().forEach((file, r) -> {
            if (changed.contains(r.version())) out.add(file);
        });
        return out;
    }

    /**
     * Everything a cross-reference can name, by kind: two contents with the same names resolve a
     * reference to the same target, or fail on it with the same message, unless the entity it
     * names changed (or the standard did: frameworks' titles).
     */
    private record Names(Set<String> controls, Map<String, String> aliases, Set<String> areas, Set<String> services,
                         Set<String> pages, Set<String> terms, Set<String> frameworks, Set<String> unreadable,
                         Map<String, Set<String>> crosswalk) {
        static Names of(SiteBuilder.Loaded loaded) {
            Index i = loaded.index();
            Map<String, String> aliases = new HashMap<>();
            i.aliasMap().forEach((alias, c) -> aliases.put(alias, c.id()));
            Map<String, Set<String>> crosswalk = new HashMap<>();
            for (String f : i.frameworkIds()) crosswalk.put(f, Set.copyOf(loaded.crosswalk().anchors(f)));
            return new Names(Set.copyOf(i.controlIds()), aliases, Set.copyOf(i.areaIds()), Set.copyOf(i.serviceIds()),
                    Set.copyOf(i.pageIds()), Set.copyOf(i.termKeys()), Set.copyOf(i.frameworkIds()),
                    Set.copyOf(i.content().unreadableControls()), crosswalk);
        }
    }

    /**
     * Which lookups of the fragments rendered for {@code last} answer the same for {@code now}
     * without asking: those that found a target which is unchanged, when the names and the
     * standard are the same. A failed lookup is always asked again: why it failed (a draft, a
     * missing section) may lie in an entity it does not name as its target.
     */
    private java.util.function.Predicate<CrossReferences.Lookup> unaffectedLookups(SiteBuilder.Loaded last,
                                                                                    Names names,
                                                                                    SiteBuilder.Loaded now) {
        if (last == null || !names.equals(fragmentNames)
                || last.index().content().standard() != now.index().content().standard()) {
            return lookup -> false;
        }
        Set<Dependency> changed = new HashSet<>();
        entityChanges(last.index(), now.index(), changed);
        return lookup -> lookup.target().isPresent() && !changed.contains(lookup.target().get().entity());
    }

    /**
     * What changed between two builds, as the route table names it: each control, area, service,
     * page and term that was added, removed or changed (its file read again to a different value,
     * or one of its fragments rendered differently), the listings and cross-walks that differ,
     * and the navigation if it differs.
     */
    static Set<Dependency> changes(Build before, Build after, Set<Dependency> changedFragments) {
        Set<Dependency> out = new LinkedHashSet<>(changedFragments);
        entityChanges(before.loaded().index(), after.loaded().index(), out);
        out.addAll(after.loaded().listing().changedListings(before.loaded().listing()));
        out.addAll(after.loaded().crosswalk().changedCrosswalks(before.loaded().crosswalk()));
        if (!after.context().navigation().equals(before.context().navigation())) out.add(Dependency.navigation());
        return out;
    }

    /** Each control, area, service, page and term added, removed or changed from {@code a} to {@code b}. */
    private static void entityChanges(Index a, Index b, Set<Dependency> out) {
        differing(a.controlIds(), b.controlIds(), id -> a.control(id).orElse(null), id -> b.control(id).orElse(null),
                Dependency::control, out);
        differing(a.areaIds(), b.areaIds(), id -> a.area(id).orElse(null), id -> b.area(id).orElse(null),
                Dependency::area, out);
        differing(a.serviceIds(), b.serviceIds(), id -> a.service(id).orElse(null), id -> b.service(id).orElse(null),
                Dependency::service, out);
        differing(a.pageIds(), b.pageIds(), id -> a.page(id).orElse(null), id -> b.page(id).orElse(null),
                Dependency::page, out);
        Map<String, Term> termsBefore = terms(a);
        Map<String, Term> termsAfter = terms(b);
        differing(termsBefore.keySet(), termsAfter.keySet(), termsBefore::get, termsAfter::get, Dependency::term, out);
    }

    private static Map<String, Term> terms(Index index) {
        Map<String, Term> out = new HashMap<>();
        for (Term t : index.content().glossary()) out.putIfAbsent(Index.termAnchor(t.term()), t);
        return out;
    }

    /** Adds a dependency for every id whose entity is in one build only, or differs between them. */
    private static <T> void differing(Set<String> before, Set<String> after, java.util.function.Function<String, T> old,
                                      java.util.function.Function<String, T> now,
                                      java.util.function.Function<String, Dependency> dependency, Set<Dependency> out) {
        Set<String> ids = new HashSet<>(before);
        ids.addAll(after);
        for (String id : ids) {
            T x = old.apply(id);
            T y = now.apply(id);
            // an unchanged file gives the very same value: only values read again are compared
            if (x != y && (x == null || !x.equals(y))) out.add(dependency.apply(id));
        }
    }

    private void writeAssets() {
        for (Map.Entry<String, byte[]> asset : ThemeFiles.assets(theme).entrySet()) {
            assets.put(asset.getKey(), write(asset.getKey(), asset.getValue()));
        }
    }

    private void forget(String file) {
        pages.remove(file);
        links.forget(file);
        stale.remove(file);
        try {
            Files.deleteIfExists(dir.resolve(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- rendering ---------------------------------------------------------------------------------

    /** Renders {@code file} now if it is stale (or waits for the thread rendering it). */
    private void fresh(String file) {
        lock.readLock().lock();
        try {
            Job job = stale.get(file);
            if (job == null) return;
            if (!job.claimed.compareAndSet(false, true)) {
                job.done.join();
                return;
            }
            try {
                render(shown, file);
            } finally {
                stale.remove(file, job);
                job.done.complete(null);
            }
        } finally {
            lock.readLock().unlock();
        }
    }

    private void render(Build build, String file) {
        Route route = build.byFile().get(file);
        Diagnostics diagnostics = new Diagnostics();
        PageWriter out = java.util.Objects.requireNonNullElseGet(writers.poll(), PageWriter::new);
        Optional<byte[]> bytes;
        try {
            FrozenPages.Release frozen = build.frozenByFile().get(file);
            bytes = frozen == null ? SiteBuilder.page(route, build.context(), templates, out, diagnostics)
                    : FrozenPages.page(frozen, route, templates, out, diagnostics);
        } finally {
            writers.offer(out);
        }
        Written was = pages.get(file);
        if (bytes.isEmpty()) {
            links.forget(file);
            pages.put(file, new Written("", build.generation(), diagnostics.sorted()));
            return;
        }
        if (route.kind().linksRelative()) links.scan(file, bytes.get());
        String sha = write(file, bytes.get());
        long version = was != null && was.sha256().equals(sha) ? was.version() : build.generation();
        pages.put(file, new Written(sha, version, diagnostics.sorted()));
    }

    /** Writes one file whole (a reader never sees half of it); its SHA-256. */
    private String write(String file, byte[] bytes) {
        Path target = dir.resolve(file);
        try {
            Files.createDirectories(target.getParent());
            Path temp = Files.createTempFile(target.getParent(), ".", ".tmp");
            Files.write(temp, bytes);
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Sha256.hex(bytes);
    }

    /**
     * Renders every stale page (those of {@code first} first), then, if no update came meanwhile,
     * the complete diagnostics of the build shown: what a full {@code check} reports. Empty if an
     * update came: it stops rendering then, and the update's own pass goes on with what is left.
     */
    public Optional<Diagnostics> settle(Collection<String> first) {
        Build build = shown;
        if (build == null) return Optional.empty();
        for (String url : first) pageFile(url).ifPresent(this::fresh);
        new ArrayList<>(stale.keySet()).parallelStream().forEach(file -> {
            if (updating.get() == 0 && shown == build) fresh(file);
        });
        lock.readLock().lock();
        try {
            if (shown != build || !stale.isEmpty() || updating.get() > 0) return Optional.empty();
            Diagnostics all = new Diagnostics();
            for (Diagnostic d : build.diagnostics().sorted()) all.add(d);
            for (Written w : pages.values()) w.diagnostics().forEach(all::add);
            Set<String> files = new HashSet<>(assets.keySet());
            for (Route r : build.byFile().values()) {
                Written w = pages.get(r.file());
                if (!r.kind().isPage() || (w != null && !w.sha256().isEmpty())) files.add(r.file());
            }
            files.addAll(build.releaseFiles());
            files.remove(SiteBuilder.SITEMAP); // made with a base URL only, and serve has none
            links.check(files::contains, build.contentLinks(), SITE_NAME, all);
            return Optional.of(all);
        } finally {
            lock.readLock().unlock();
        }
    }

    // ---- reading ------------------------------------------------------------------------------------

    /** The site file a request path names ({@code controls/IAM-01/} -> its index.html), if the site has it. */
    public Optional<String> pageFile(String path) {
        Build build = shown;
        if (build == null) return Optional.empty();
        String p = path.startsWith("/") ? path.substring(1) : path;
        if (p.isEmpty() || p.endsWith("/")) p = p + "index.html";
        if (build.byFile().containsKey(p) || assets.containsKey(p) || build.releaseFiles().contains(p)) return Optional.of(p);
        if (build.byFile().containsKey(p + "/index.html")) return Optional.of(p + "/index.html");
        return Optional.empty();
    }

    /** Every file of the site shown (pages, the files beside them, theme assets), made or still to make. */
    Set<String> siteFiles() {
        Build build = shown;
        Set<String> out = new java.util.TreeSet<>(assets.keySet());
        if (build == null) return out;
        out.addAll(build.byFile().keySet());
        out.addAll(build.releaseFiles());
        out.remove(SiteBuilder.SITEMAP);
        return out;
    }

    /** Whether a build has been shown yet. */
    public boolean shows() {
        return shown != null;
    }

    /**
     * The bytes of a site file ({@link #pageFile}), made now if stale or not made yet; empty if
     * the site has no such file.
     */
    public Optional<byte[]> read(String file) throws IOException {
        Build build = shown;
        if (build == null) return Optional.empty();
        Route route = build.byFile().get(file);
        if (route != null && route.kind().isPage()) {
            fresh(file);
            Written w = pages.get(file);
            if (w == null || w.sha256().isEmpty()) return Optional.empty();
        } else if (route != null || build.releaseFiles().contains(file)) {
            if (file.equals(SiteBuilder.SITEMAP)) return Optional.empty();
            files(file.equals(SiteBuilder.MANIFEST));
        } else if (!assets.containsKey(file)) {
            return Optional.empty();
        }
        lock.readLock().lock();
        try {
            Path p = dir.resolve(file);
            return Files.isRegularFile(p) ? Optional.of(Files.readAllBytes(p)) : Optional.empty();
        } finally {
            lock.readLock().unlock();
        }
    }

    /**
     * The version of a page: the generation that last changed its bytes (rendering it now if it is
     * stale), so that an open page reloads when its own content changed, not on every edit.
     */
    public long version(String path) {
        Optional<String> file = pageFile(path);
        if (file.isEmpty()) return generation();
        fresh(file.get());
        Written w = pages.get(file.get());
        return w == null ? generation() : w.version();
    }

    public long generation() {
        Build b = shown;
        return b == null ? 0 : b.generation();
    }

    /**
     * Makes the files beside the pages for the build shown, unless made already: the search index,
     * the workload view's data and the exports; with {@code manifest}, also the manifest, which
     * holds every file's SHA-256 and so renders every stale page first. A search or the workload
     * view asks for its file without waiting for the rest of the site.
     */
    private void files(boolean manifest) {
        synchronized (filesLock) {
            Build build = shown;
            if (filesGeneration != build.generation()) {
                Output output = Output.to(dir);
                SiteBuilder.files(build.loaded(), build.routes(), build.rendered(), build.context(), build.releases(),
                        Optional.empty(), output);
                filesHashes = output.hashes();
                filesGeneration = build.generation();
            }
            if (!manifest || manifestGeneration == build.generation()) return;
            new ArrayList<>(stale.keySet()).parallelStream().forEach(this::fresh);
            Map<String, String> hashes = new HashMap<>(filesHashes);
            hashes.putAll(assets);
            lock.readLock().lock();
            try {
                for (Map.Entry<String, Written> p : pages.entrySet()) {
                    if (!p.getValue().sha256().isEmpty()) hashes.put(p.getKey(), p.getValue().sha256());
                }
                byte[] bytes = Manifest.build(build.loaded().index().content().standard(), hashes);
                write(SiteBuilder.MANIFEST, bytes);
            } finally {
                lock.readLock().unlock();
            }
            manifestGeneration = build.generation();
        }
    }
}
