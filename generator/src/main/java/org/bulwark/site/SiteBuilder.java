package org.bulwark.site;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.bulwark.diag.Diagnostics;
import org.bulwark.diag.Diagnostic;
import org.bulwark.export.ExportInput;
import org.bulwark.export.Exports;
import org.bulwark.history.History;
import org.bulwark.history.Ledger;
import org.bulwark.history.Release;
import org.bulwark.history.ReleaseHistory;
import org.bulwark.history.ReleaseLoader;
import org.bulwark.link.CrossReferences;
import org.bulwark.link.Crosswalk;
import org.bulwark.link.Index;
import org.bulwark.link.Urls;
import org.bulwark.load.ContentLoader;
import org.bulwark.model.Content;
import org.bulwark.model.Control;
import org.bulwark.render.CurrentSite;
import org.bulwark.render.Listing;
import org.bulwark.render.FragmentRenderer;
import org.bulwark.render.MarkdownRenderer;
import org.bulwark.render.PageContext;
import org.bulwark.render.RenderedContent;
import org.bulwark.render.ReusedFragments;
import org.bulwark.render.Route;
import org.bulwark.render.Routes;
import org.bulwark.render.SearchIndex;
import org.bulwark.render.SiteIndex;
import org.bulwark.render.Templates;
import org.bulwark.render.ThemeFiles;
import org.bulwark.render.UnlistedControls;
import org.bulwark.render.WorkloadData;
import org.bulwark.validate.Validator;

/**
 * The pipeline: load, validate, resolve, render, check, publish. {@code build} writes the site
 * atomically; {@code check} runs the same steps and writes nothing.
 */
public final class SiteBuilder {
    public static final String MANIFEST = "manifest.json";
    public static final String SEARCH_INDEX = "search-index.js";
    public static final String SITEMAP = "sitemap.xml";

    public record Options(Path content, Optional<Path> templates, Optional<Path> out, Optional<String> baseUrl,
                          boolean drafts, boolean strict) {}

    /** What a run produced: its diagnostics, and counts for the summary line. */
    public record Result(Diagnostics diagnostics, int pages, int controls, boolean published, Timings timings) {}

    /**
     * A fully loaded and validated standard, ready for rendering or exports, with its history:
     * its releases ({@code history.releases()}), what changed in each and per control.
     */
    public record Loaded(Index index, List<Control> published, Crosswalk crosswalk, Listing listing, History history) {
        public Loaded(Index index, List<Control> published, Crosswalk crosswalk, Listing listing) {
            this(index, published, crosswalk, listing, History.NONE);
        }
    }

    /**
     * Load and validate only, with every release of the content folder and the ledger between
     * them and the content; empty when the content folder is unusable.
     */
    public static Optional<Loaded> load(Path contentDir, boolean drafts, Diagnostics diagnostics) {
        return load(new ContentLoader(), contentDir, drafts, diagnostics);
    }

    /** Load with {@code loader} (serve's reads only the files that changed) and validate. */
    public static Optional<Loaded> load(ContentLoader loader, Path contentDir, boolean drafts, Diagnostics diagnostics) {
        Optional<Checking> c = loadChecking(loader, contentDir, drafts, diagnostics);
        c.ifPresent(x -> await(x.checks()));
        return c.map(Checking::loaded);
    }

    /**
     * A loaded standard whose validation is still running: {@code checks} ends when its
     * diagnostics are all in. {@code releases} is what its releases' folders gave.
     */
    public record Checking(Loaded loaded, CompletableFuture<Void> checks, Releases releases) {}

    /**
     * The releases of a content folder as loaded from {@code releases/}, compared with each other,
     * and what loading them reported: a function of that folder alone, so serve keeps it from
     * edit to edit while nothing under it changes.
     */
    public record Releases(History history, List<Diagnostic> diagnostics) {
        public static Releases load(Path contentDir) {
            Diagnostics own = new Diagnostics();
            ReleaseHistory releases = ReleaseLoader.load(contentDir, Sha256::digest, own);
            return new Releases(History.of(releases), own.sorted());
        }
    }

    /**
     * Loads, and validates on the pool meanwhile: what follows (routes, Markdown) reads the
     * standard, not the validation, so serve lets the two run side by side and awaits the checks
     * before it looks at the diagnostics.
     */
    public static Optional<Checking> loadChecking(ContentLoader loader, Path contentDir, boolean drafts,
                                                  Diagnostics diagnostics) {
        return loadChecking(loader, contentDir, Optional.empty(), drafts, diagnostics);
    }

    /** As {@link #loadChecking(ContentLoader, Path, boolean, Diagnostics)}, with the releases loaded already if {@code known}. */
    public static Optional<Checking> loadChecking(ContentLoader loader, Path contentDir, Optional<Releases> known,
                                                  boolean drafts, Diagnostics diagnostics) {
        // the releases load beside the current content: they only read their own folders
        CompletableFuture<Releases> loading = known.map(CompletableFuture::completedFuture)
                .orElseGet(() -> CompletableFuture.supplyAsync(() -> Releases.load(contentDir)));
        Optional<Content> content = loader.load(contentDir, diagnostics);
        Releases releases = await(loading);
        releases.diagnostics().forEach(diagnostics::add);
        if (content.isEmpty()) return Optional.empty();
        Index index = new Index(content.get());
        ReleaseHistory history = releases.history().releases();
        CompletableFuture<Void> checks = CompletableFuture.runAsync(() -> {
            new Validator(index, diagnostics, drafts).validate();
            new Ledger(history, index, contentDir, diagnostics).check();
        });
        List<Control> published = index.published(drafts);
        Crosswalk crosswalk = new Crosswalk(content.get().standard().frameworks(), published);
        return Optional.of(new Checking(new Loaded(index, published, crosswalk, new Listing(index, published),
                History.of(releases.history(), Optional.of(content.get().standard()), published)), checks, releases));
    }

    /** A frozen release as a standard of its own, with its history up to itself and its Markdown rendered. */
    public record Frozen(Release release, Loaded loaded, RenderedContent rendered) {}

    /**
     * Renders the Markdown of every release of a loaded standard, as {@link #resolve} does for the
     * current content; only errors are reported (see {@link ReleaseLoader}).
     */
    public static List<Frozen> resolveReleases(Loaded current, Optional<String> baseUrl, Diagnostics diagnostics) {
        return resolveReleases(current, baseUrl, diagnostics, r -> true);
    }

    /**
     * As {@link #resolveReleases(Loaded, Optional, Diagnostics)}, for the releases {@code which}
     * accepts. They render oldest first, each reusing the fragments of the one before
     * ({@link ReusedFragments}): consecutive releases share most files, parsed once, and a
     * fragment whose Markdown is the same object and whose every lookup gets the same answer in
     * this release renders the same.
     */
    static List<Frozen> resolveReleases(Loaded current, Optional<String> baseUrl, Diagnostics diagnostics,
                                        java.util.function.Predicate<Release> which) {
        List<Frozen> out = new ArrayList<>();
        ReusedFragments before = null;
        for (Release r : current.history().releases().releases()) {
            if (!which.test(r)) continue;
            Diagnostics own = new Diagnostics();
            Loaded loaded = new Loaded(r.index(), r.published(), r.crosswalk(), new Listing(r.index(), r.published()),
                    current.history().upTo(r));
            CrossReferences references = new CrossReferences(loaded.index(), loaded.crosswalk(), false, own);
            // every lookup is asked again of this release: only the rendering is saved
            ReusedFragments fragments = new ReusedFragments(before, references, new SiteIndex(routes(loaded, baseUrl)),
                    own, null, lookup -> false);
            RenderedContent rendered = content(loaded, fragments, own);
            diagnostics.addErrors(own);
            out.add(new Frozen(r, loaded, rendered));
            before = fragments;
        }
        return out;
    }

    /** What a site holds besides its pages and theme assets. */
    private static final List<String> FILES_BESIDE_PAGES = java.util.stream.Stream.concat(
            java.util.Arrays.stream(Exports.Format.values()).map(Exports.Format::file),
            java.util.stream.Stream.of(MANIFEST, SEARCH_INDEX, SITEMAP)).toList();

    /** The route table of a loaded standard: every page and file the site will have. */
    public static Routes routes(Loaded loaded, Optional<String> baseUrl) {
        return new Routes(loaded.index(), loaded.listing(), loaded.crosswalk(), baseUrl, FILES_BESIDE_PAGES,
                loaded.history());
    }

    /** Every Markdown fragment of a loaded standard, rendered once with its references resolved. */
    public record Resolved(Routes routes, MarkdownRenderer markdown, RenderedContent rendered) {}

    /** Renders every fragment, reporting each broken cross-reference or site link at its source. */
    public static Resolved resolve(Loaded loaded, boolean drafts, Optional<String> baseUrl, Diagnostics diagnostics) {
        Routes routes = routes(loaded, baseUrl);
        CrossReferences references = new CrossReferences(loaded.index(), loaded.crosswalk(), drafts, diagnostics);
        MarkdownRenderer markdown = new MarkdownRenderer(references, new SiteIndex(routes), diagnostics);
        return new Resolved(routes, markdown, content(loaded, markdown, diagnostics));
    }

    /**
     * The rendered content of a loaded standard, its fragments from {@code fragments}, and the
     * checks made on it: what {@link #resolve} does once it has a renderer (serve brings its own,
     * which reuses the fragments of the edit before).
     */
    public static RenderedContent content(Loaded loaded, FragmentRenderer fragments, Diagnostics diagnostics) {
        RenderedContent rendered = new RenderedContent(loaded.index(), loaded.published(), fragments);
        UnlistedControls.check(loaded.index(), loaded.published(), rendered, diagnostics);
        return rendered;
    }

    public Result run(Options options) throws IOException {
        Diagnostics diagnostics = new Diagnostics();
        Timings timings = new Timings();
        if (options.out().isPresent()) Sha256.prepare(); // ready by the time pages are written; check hashes nothing
        Optional<Publisher> publisher = options.out().map(Publisher::new);
        if (publisher.isPresent()) publisher.get().checkReplaceable();
        Optional<Loaded> loaded = timings.time("load+validate", () -> load(options.content(), options.drafts(),
                diagnostics));
        if (loaded.isEmpty()) return new Result(diagnostics, 0, 0, false, timings);
        Index index = loaded.get().index();
        List<Control> published = loaded.get().published();
        Crosswalk crosswalk = loaded.get().crosswalk();

        Optional<String> baseUrl = options.baseUrl().map(b -> b.endsWith("/") ? b : b + "/");
        Resolved resolved = timings.time("markdown", () -> resolve(loaded.get(), options.drafts(), baseUrl,
                diagnostics));
        MarkdownRenderer markdown = resolved.markdown();
        RenderedContent rendered = resolved.rendered();
        Routes routes = resolved.routes();
        if (diagnostics.hasErrors()) return new Result(diagnostics, 0, published.size(), false, timings);
        History history = loaded.get().history();
        CurrentSite current = new CurrentSite(routes, index, loaded.get().listing(), rendered);
        // a release whose frozen output the last build left, with nothing it depends on changed, is reused
        FrozenCache cache = FrozenCache.open(options.out(), options.templates(), baseUrl, current.version());
        Map<String, FrozenCache.Entry> reused = timings.time("release cache", () -> cache.reusable(history, current));
        // the other releases' Markdown renders on the pool beside the current pages
        CompletableFuture<List<Frozen>> releases = CompletableFuture.supplyAsync(() -> timings.time("releases",
                () -> resolveReleases(loaded.get(), baseUrl, diagnostics, r -> !reused.containsKey(r.version().text()))));

        PageContext context = timings.time("page models", () -> new PageContext(index, loaded.get().listing(),
                rendered, crosswalk, baseUrl, history, Optional.empty()));
        Templates templates = new Templates(options.templates());

        Path staged = publisher.isPresent() ? publisher.get().stage() : null;
        boolean done = false;
        // work on the pool that writes into the staging folder: finished before the folder goes
        List<CompletableFuture<Void>> background = new ArrayList<>();
        try {
            Output output = staged == null ? Output.discarding() : Output.to(staged);
            LinkChecker links = new LinkChecker(markdown.contentLinks());
            List<Route> jobs = routes.pages();
            // the search index and the exports read only the resolved content: they are built on
            // the pool while this thread renders pages, and the pool's other threads help with those
            ExportInput exportInput = new ExportInput(index, published, crosswalk, rendered, baseUrl)
                    .withHistory(loaded.get().history());
            // written (hashed too) on the pool as well: tens of megabytes at 10,000 controls
            CompletableFuture<Void> search = CompletableFuture.runAsync(() -> timings.time("search index",
                    () -> output.write(SEARCH_INDEX, SearchIndex.build(routes, index, rendered, crosswalk))));
            CompletableFuture<Void> exports = CompletableFuture.runAsync(() -> timings.time("exports", () -> {
                Exports.all(exportInput, output::write);
                for (Frozen f : await(releases)) output.write(releaseExport(f),
                        Exports.one(Exports.Format.JSON, frozenInput(f, exportInput)));
            }));
            // the workload view's data: HTML in JSON strings, its links made relative to the view's page
            CompletableFuture<Void> workload = CompletableFuture.runAsync(() -> timings.time("workload data",
                    () -> WorkloadData.build(context).forEach((file, text) -> output.write(file,
                            linksFrom(WorkloadData.page(), text)))));
            background.add(search);
            background.add(exports);
            background.add(workload);
            background.add(releases.thenAccept(r -> { }));
            // page writers are reused page after page, one per rendering thread at most, and go with
            // this build (serve builds again and again)
            java.util.Queue<PageWriter> writers = new java.util.concurrent.ConcurrentLinkedQueue<>();
            timings.time("render pages", () -> jobs.parallelStream()
                    .forEach(job -> render(job, context, templates, writers, output, links, diagnostics)));
            List<FrozenPages.Release> frozen = timings.time("frozen pages", () -> {
                reused.values().forEach(e -> FrozenCache.carry(e, output));
                List<FrozenPages.Release> plan = FrozenPages.plan(await(releases), current, baseUrl);
                FrozenPages.render(plan, templates, output, links, diagnostics);
                return plan;
            });
            if (!reused.isEmpty()) timings.note("frozen output reused from the last build: " + String.join(", ",
                    reused.keySet()));
            for (Map.Entry<String, byte[]> asset : ThemeFiles.assets(options.templates()).entrySet()) {
                output.write(asset.getKey(), asset.getValue());
            }
            await(search);
            await(exports);
            await(workload);
            if (staged != null && !history.releases().isEmpty()) {
                Map<String, FrozenCache.Entry> record = new java.util.TreeMap<>(reused);
                java.util.SortedMap<String, String> hashes = output.hashes();
                Map<String, Long> sizes = output.sizes();
                for (FrozenPages.Release r : frozen) {
                    record.put(r.version(), FrozenCache.rendered(cache.key(history, r.frozen().release()),
                            r.release().current().answers(), r.release().prefix(), hashes, sizes));
                }
                FrozenCache.write(staged, record);
            }
            baseUrl.ifPresent(b -> output.write(SITEMAP, Sitemap.build(b, routes.sitemap())));
            output.write(MANIFEST, Manifest.build(index.content().standard(), output.hashes()));
            if (staged != null) timings.note("SHA-256 of the files by " + Sha256.provider());
            timings.time("link check", () -> links.check(output, options.out().orElse(Path.of("site")), diagnostics));

            boolean failed = diagnostics.fails(options.strict());
            if (!failed && staged != null) {
                Publisher p = publisher.get();
                timings.time("publish", () -> {
                    try {
                        // the reused releases' folders move from the last site into this one
                        p.publish(staged, reused.keySet().stream().map(Urls::release).toList());
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                });
                done = true;
            }
            long listed = published.stream().filter(Control::listed).count();
            int pages = jobs.size() + FrozenPages.count(frozen) + reused.values().stream()
                    .mapToInt(e -> (int) e.files().keySet().stream().filter(f -> f.endsWith(".html")).count()).sum();
            return new Result(diagnostics, pages, (int) listed, done, timings);
        } finally {
            // a failure on this thread must not delete the folder under the pool's feet: that left
            // a staging folder behind, or replaced the failure with the deletion's own
            for (CompletableFuture<Void> work : background) work.handle((v, e) -> null).join();
            if (staged != null && !done) publisher.get().discard(staged);
        }
    }

    /** The export input of a frozen release: its own content and history, its pages under releases/VERSION/. */
    private static ExportInput frozenInput(Frozen f, ExportInput current) {
        Loaded l = f.loaded();
        return new ExportInput(l.index(), l.published(), l.crosswalk(), f.rendered(), current.baseUrl(),
                current.sourceDate(), l.history(), f.release().sitePath());
    }

    /** A text's site links made relative to the page at {@code url}, as a page's are. */
    private static byte[] linksFrom(String url, String text) {
        PageWriter writer = new PageWriter().start(Urls.rootFrom(url));
        writer.write(text);
        return writer.toByteArray();
    }

    /** The value of work done on the pool, or what it threw, as it threw it. */
    public static <T> T await(CompletableFuture<T> work) {
        try {
            return work.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error r) throw r;
            throw e;
        }
    }

    private static void render(Route route, PageContext context, Templates templates, java.util.Queue<PageWriter> writers,
                               Output output, LinkChecker links, Diagnostics diagnostics) {
        PageWriter out = java.util.Objects.requireNonNullElseGet(writers.poll(), PageWriter::new);
        Optional<byte[]> bytes;
        try {
            bytes = page(route, context, templates, out, diagnostics);
        } finally {
            writers.offer(out);
        }
        if (bytes.isEmpty()) return;
        // the 404 page is served at any depth, so its links start at the base path, not relative
        if (route.kind().linksRelative()) links.scan(route.file(), bytes.get());
        output.write(route.file(), bytes.get());
    }

    /** One page of the site, written with {@code out}; empty if its template failed (reported). */
    public static Optional<byte[]> page(Route route, PageContext context, Templates templates, PageWriter out,
                                        Diagnostics diagnostics) {
        Map<String, Object> model = route.model(context);
        out.start(route.root());
        if (!templates.render(route.kind().template().orElseThrow(), model, out, diagnostics)) return Optional.empty();
        return Optional.of(out.toByteArray());
    }

    /**
     * The files beside the pages but the manifest (the search index, the workload view's data,
     * the exports, each frozen release's controls.json and, with a base URL, the sitemap), written
     * to {@code output}: what serve makes when one of them is asked for.
     */
    public static void files(Loaded loaded, Routes routes, RenderedContent rendered, PageContext context,
                             List<Frozen> releases, Optional<String> baseUrl, Output output) {
        output.write(SEARCH_INDEX, SearchIndex.build(routes, loaded.index(), rendered, loaded.crosswalk()));
        WorkloadData.build(context).forEach((file, text) -> output.write(file, linksFrom(WorkloadData.page(), text)));
        ExportInput exportInput = new ExportInput(loaded.index(), loaded.published(), loaded.crosswalk(), rendered,
                baseUrl).withHistory(loaded.history());
        Exports.all(exportInput, output::write);
        for (Frozen f : releases) {
            output.write(releaseExport(f), Exports.one(Exports.Format.JSON, frozenInput(f, exportInput)));
        }
        baseUrl.ifPresent(b -> output.write(SITEMAP, Sitemap.build(b, routes.sitemap())));
    }

    /** Where a frozen release's controls.json is in the site. */
    public static String releaseExport(Frozen f) {
        return f.release().sitePath() + Exports.Format.JSON.file();
    }


}
