package org.bulwark.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.bulwark.diag.Diagnostics;
import org.bulwark.diag.SourcePosition;
import org.bulwark.model.Area;
import org.bulwark.model.Content;
import org.bulwark.model.Control;
import org.bulwark.model.Page;
import org.bulwark.model.Service;
import org.bulwark.model.Standard;
import org.bulwark.model.Term;

/**
 * Loads a content folder (SPEC §3) into the model. Every file is read and parsed once; every
 * problem becomes a diagnostic, so one run reports them all.
 */
public final class ContentLoader {
    private static final int MAX_FILES = 100_000;

    private final YamlReader yaml = new YamlReader();
    private final Reuse.Folder reuse;
    private final FileMemo memo;

    public ContentLoader() {
        this(Reuse.NONE, null);
    }

    /** A loader that takes files from {@code reuse} when it holds them (the files of frozen releases). */
    public ContentLoader(Reuse.Folder reuse) {
        this(reuse, null);
    }

    /** A loader that reads again only the files changed since {@code memo} last saw them (serve). */
    public ContentLoader(FileMemo memo) {
        this(Reuse.NONE, memo);
    }

    private ContentLoader(Reuse.Folder reuse, FileMemo memo) {
        this.reuse = reuse;
        this.memo = memo;
    }

    /** {@code parse} of one file, through the memo or the store of reused files. */
    private <T> T read(Path file, Diagnostics diagnostics, java.util.function.Function<Diagnostics, T> parse) {
        if (memo != null) return memo.read(file, diagnostics, parse);
        return reuse.read(file, () -> parse.apply(diagnostics));
    }

    /** The loaded content, or empty when the folder itself is unusable (no standard.yaml). */
    public Optional<Content> load(Path root, Diagnostics diagnostics) {
        if (!Files.isDirectory(root)) {
            diagnostics.error(SourcePosition.of(root), "no-content", "content folder not found");
            return Optional.empty();
        }
        Path standardFile = root.resolve("standard.yaml");
        if (!Files.isRegularFile(standardFile)) {
            diagnostics.error(SourcePosition.of(standardFile), "no-standard",
                    "standard.yaml is missing: every content folder starts with one");
            return Optional.empty();
        }
        try {
            return load(root, standardFile, diagnostics);
        } finally {
            if (memo != null) memo.sweep();
        }
    }

    private Optional<Content> load(Path root, Path standardFile, Diagnostics diagnostics) {
        // each file is read with diagnostics of its own, so that the memo can give them again
        java.util.function.Function<Diagnostics, Optional<Standard>> readStandard = d -> parseYaml(standardFile, d)
                .flatMap(p -> new Readers(d).standard(p.node(), p.source(), standardFile));
        // never from another release's folder: what it reads is each release's own
        Optional<Standard> standard = memo != null ? memo.read(standardFile, diagnostics, readStandard)
                : readStandard.apply(diagnostics);
        if (standard.isEmpty()) return Optional.empty();

        List<Area> areas = new ArrayList<>();
        for (Path f : list(root.resolve("areas"), ".md", false, diagnostics)) {
            read(f, diagnostics, d -> parseMarkdown(f, d).flatMap(p -> new Readers(d).area(p, f))).ifPresent(areas::add);
        }
        java.util.Set<String> unreadable = java.util.concurrent.ConcurrentHashMap.newKeySet();
        List<Control> controls = new ArrayList<>(
                list(root.resolve("controls"), ".yaml", true, diagnostics).parallelStream()
                        .map(f -> {
                            Optional<Control> c = read(f, diagnostics, d -> parseYaml(f, d)
                                    .flatMap(p -> new Readers(d).control(p.node(), p.source(), f)));
                            if (c.isEmpty()) unreadable.add(f.getFileName().toString().replaceFirst("\\.yaml$", ""));
                            return c;
                        })
                        .flatMap(Optional::stream)
                        .toList());
        List<Service> services = new ArrayList<>();
        for (Path f : list(root.resolve("services"), ".yaml", false, diagnostics)) {
            read(f, diagnostics, d -> parseYaml(f, d).flatMap(p -> new Readers(d).service(p.node(), p.source(), f)))
                    .ifPresent(services::add);
        }
        List<Page> pages = new ArrayList<>();
        for (Path f : list(root.resolve("pages"), ".md", false, diagnostics)) {
            read(f, diagnostics, d -> parseMarkdown(f, d).flatMap(p -> new Readers(d).page(p, f))).ifPresent(pages::add);
        }
        List<Term> glossary = new ArrayList<>();
        Path glossaryFile = root.resolve("glossary.yaml");
        if (Files.isRegularFile(glossaryFile)) {
            glossary.addAll(read(glossaryFile, diagnostics, d -> parseYaml(glossaryFile, d)
                    .map(p -> new Readers(d).glossary(p.node(), p.source())).orElse(List.of())));
        }
        warnAboutStrayFiles(root, diagnostics);

        areas.sort(Comparator.comparingInt(Area::order).thenComparing(Area::id));
        controls.sort(Comparator.comparing(Control::id));
        services.sort(Comparator.comparing(Service::id));
        pages.sort(Comparator.comparingInt(Page::order).thenComparing(Page::id));
        return Optional.of(new Content(root, standard.get(), List.copyOf(areas), List.copyOf(controls),
                List.copyOf(services), List.copyOf(pages), List.copyOf(glossary),
                java.util.Set.copyOf(new java.util.TreeSet<>(unreadable))));
    }

    record Parsed(YamlNode node, MarkdownSource source) {}

    /** A Markdown file: its front matter parsed, its body kept with the line it starts on. */
    record ParsedMarkdown(YamlNode frontMatter, MarkdownSource source, String body, int bodyLine) {}

    private Optional<Parsed> parseYaml(Path file, Diagnostics diagnostics) {
        return SourceFile.read(file, diagnostics).flatMap(text ->
                yaml.read(SourcePosition.of(file).at(1, 1), text, diagnostics)
                        .map(node -> new Parsed(node, new MarkdownSource(text))));
    }

    private Optional<ParsedMarkdown> parseMarkdown(Path file, Diagnostics diagnostics) {
        SourcePosition at = SourcePosition.of(file);
        return SourceFile.read(file, diagnostics)
                .flatMap(text -> FrontMatter.split(text, at, diagnostics)
                        .flatMap(fm -> yaml.read(at.at(2, 1), fm.yaml(), diagnostics)
                                .map(node -> new ParsedMarkdown(node, new MarkdownSource(text), fm.body(),
                                        fm.bodyLine()))));
    }

    /** {@link #files}, through the memo if there is one. */
    private List<Path> list(Path dir, String extension, boolean deep, Diagnostics diagnostics) {
        if (memo == null) return files(dir, extension, deep, diagnostics);
        return memo.list(dir, extension + deep, diagnostics, d -> files(dir, extension, deep, d));
    }

    /** Files with {@code extension} in {@code dir} (and below, if {@code deep}), sorted. */
    private static List<Path> files(Path dir, String extension, boolean deep, Diagnostics diagnostics) {
        if (!Files.isDirectory(dir)) return List.of();
        try (Stream<Path> walk = deep ? Files.walk(dir) : Files.list(dir)) {
            List<Path> all = walk.filter(Files::isRegularFile).sorted().limit(MAX_FILES + 1L).toList();
            if (all.size() > MAX_FILES) {
                diagnostics.error(SourcePosition.of(dir), "too-many-files", "more than " + MAX_FILES + " files");
                return List.of();
            }
            List<Path> out = new ArrayList<>();
            for (Path f : all) {
                String name = f.getFileName().toString();
                if (name.startsWith(".")) continue;
                if (name.endsWith(extension)) {
                    out.add(f);
                } else if (name.endsWith(".yml") && extension.equals(".yaml")) {
                    diagnostics.error(SourcePosition.of(f), "wrong-extension", "content files end in .yaml, not .yml");
                } else {
                    diagnostics.warning(SourcePosition.of(f), "ignored-file",
                            "ignored: only " + extension + " files are read here");
                }
            }
            return out;
        } catch (IOException e) {
            diagnostics.error(SourcePosition.of(dir), "io", "cannot list folder: " + e.getMessage());
            return List.of();
        }
    }

    private static final List<String> KNOWN_TOP_LEVEL =
            List.of("standard.yaml", "glossary.yaml", "areas", "controls", "services", "pages", "releases");

    private static void warnAboutStrayFiles(Path root, Diagnostics diagnostics) {
        try (Stream<Path> list = Files.list(root)) {
            list.sorted().forEach(p -> {
                String name = p.getFileName().toString();
                if (!name.startsWith(".") && !KNOWN_TOP_LEVEL.contains(name) && !name.equalsIgnoreCase("README.md")) {
                    diagnostics.warning(SourcePosition.of(p), "ignored-file", "ignored: not part of the content format"
                            + org.bulwark.diag.Suggest.hint(name, KNOWN_TOP_LEVEL));
                }
            });
        } catch (IOException e) {
            diagnostics.error(SourcePosition.of(root), "io", "cannot list folder: " + e.getMessage());
        }
    }
}
