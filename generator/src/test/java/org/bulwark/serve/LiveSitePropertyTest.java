package org.bulwark.serve;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.bulwark.Sites;
import org.bulwark.diag.Diagnostic;
import org.bulwark.diag.Diagnostics;
import org.bulwark.site.Publisher;
import org.bulwark.site.SiteBuilder;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Serve's incremental updates are exact: random sequences of edits (titles, statements and
 * references changed; controls, services, pages, terms and areas added, removed and renamed;
 * references broken and fixed; edits undone) are applied to a copy of a test standard, and after
 * each one every file the live site serves must be byte-identical to a full build of the same
 * content, and its diagnostics those of a full check. Reproducible: a failure names its seed and
 * the edits so far; {@code -Dserve.seed=N -Dserve.edits=M} replays one sequence.
 */
class LiveSitePropertyTest {
    @TempDir
    Path tmp;

    @ParameterizedTest(name = "{0}, seed {1}")
    @CsvSource({"audit-features, 1", "audit-features, 2", "minimal, 3", "reader, 4", "content, 5"})
    void everyServedFileEqualsAFullBuildAfterEveryEdit(String site, long seed) throws Exception {
        long chosen = Long.getLong("serve.seed", seed);
        // the default standard is the largest: fewer edits there
        int edits = Integer.getInteger("serve.edits", site.equals("content") ? 10 : 25);
        // content: the repository's own standard, with a frozen release
        Path original = site.equals("content") ? Sites.defaultContent() : Sites.site(site);
        if (Files.isDirectory(original.resolve("content"))) original = original.resolve("content");
        Path content = tmp.resolve("content");
        Sites.copy(original, content);
        if (site.equals("content")) {
            // the shipped content is its latest release: edits to it need the next version, else the
            // ledger refuses every one (version-reused) and nothing is compared but diagnostics
            Path standard = content.resolve("standard.yaml");
            Files.writeString(standard, Files.readString(standard).replaceFirst("(?m)^version: .*$", "version: 9.0.0"));
        }
        Edits random = new Edits(content, new Random(chosen));
        LiveSite live = new LiveSite(content, Optional.empty(), false, tmp.resolve("live"));
        List<String> done = new ArrayList<>();
        int built = 0;
        {
            if (compare(live, live.update(Set.of()), content, site, chosen, done)) built++;
            for (int i = 0; i < edits; i++) {
                Edits.Edit edit = random.next();
                done.add(edit.description());
                // as a watcher says: now and then it lost events, and every file's time stamp is looked at
                boolean good = compare(live, live.update(edit.touched(), i % 5 != 4), content, site, chosen, done);
                random.builds(good);
                if (good) built++;
            }
        }
        System.err.println("LiveSitePropertyTest: " + site + " seed " + chosen + ": " + built + " of " + (edits + 1)
                + " states built and compared file by file, the rest compared by diagnostics");
        // a sequence stuck in broken states would prove little about pages
        if (built < edits / 3) fail(context(site, chosen, done) + "only " + built + " states built");
    }

    /** After one update: diagnostics as check's, and, if it builds, every file as build's (then true). */
    private boolean compare(LiveSite live, LiveSite.Update update, Path content, String site, long seed, List<String> done)
            throws IOException {
        Diagnostics check = new SiteBuilder().run(new SiteBuilder.Options(content, Optional.empty(), Optional.empty(),
                Optional.empty(), false, false)).diagnostics();
        List<Diagnostic> expected = check.sorted();
        List<Diagnostic> actual;
        if (update.shown()) {
            actual = live.settle(List.of()).orElseThrow().sorted();
        } else {
            actual = update.diagnostics().sorted();
        }
        if (!actual.equals(expected)) {
            fail(context(site, seed, done) + "diagnostics differ\n  full check: " + lines(expected) + "\n  serve:      "
                    + lines(actual));
        }
        if (Boolean.getBoolean("serve.verbose")) System.err.println((done.isEmpty() ? "start" : done.get(done.size() - 1))
                + " -> " + (check.hasErrors() ? expected.stream().filter(d -> d.severity() == Diagnostic.Severity.ERROR).toList() : "ok"));
        if (check.hasErrors()) return false; // serve shows the last good site: compared once the content builds again
        if (!update.shown()) fail(context(site, seed, done) + "serve refused a build that check passes");
        Path out = tmp.resolve("full");
        SiteBuilder.Result built = new SiteBuilder().run(new SiteBuilder.Options(content, Optional.empty(),
                Optional.of(out), Optional.empty(), false, false));
        if (!built.published()) fail(context(site, seed, done) + "the full build failed: " + built.diagnostics().sorted());
        Map<String, byte[]> full = files(out);
        Set<String> served = live.siteFiles();
        if (!served.equals(full.keySet())) {
            Set<String> missing = new TreeSet<>(full.keySet());
            missing.removeAll(served);
            Set<String> extra = new TreeSet<>(served);
            extra.removeAll(full.keySet());
            fail(context(site, seed, done) + "serve's files differ from the build's: missing " + missing + ", extra "
                    + extra);
        }
        for (Map.Entry<String, byte[]> f : full.entrySet()) {
            byte[] mine = live.read(f.getKey()).orElse(null);
            if (mine == null) fail(context(site, seed, done) + f.getKey() + " is not served");
            if (!Arrays.equals(mine, f.getValue())) {
                fail(context(site, seed, done) + f.getKey() + " differs from the full build's:\n"
                        + firstDifference(new String(f.getValue(), StandardCharsets.UTF_8),
                        new String(mine, StandardCharsets.UTF_8)));
            }
        }
        return true;
    }

    private static String context(String site, long seed, List<String> done) {
        return "site " + site + ", seed " + seed + " (replay: -Dserve.seed=" + seed + " -Dserve.edits=" + done.size()
                + "), after " + done.size() + " edits:\n  " + String.join("\n  ", done) + "\n";
    }

    private static String lines(List<Diagnostic> ds) {
        StringBuilder sb = new StringBuilder();
        for (Diagnostic d : ds) sb.append("\n    ").append(d);
        return ds.isEmpty() ? "(none)" : sb.toString();
    }

    private static String firstDifference(String expected, String actual) {
        int i = 0;
        while (i < expected.length() && i < actual.length() && expected.charAt(i) == actual.charAt(i)) i++;
        int from = Math.max(0, i - 200);
        return "  build: ..." + expected.substring(from, Math.min(expected.length(), i + 200)) + "\n  serve: ..."
                + actual.substring(from, Math.min(actual.length(), i + 200));
    }

    private static Map<String, byte[]> files(Path root) throws IOException {
        Map<String, byte[]> out = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                String rel = root.relativize(p).toString().replace('\\', '/');
                // the build's own records beside the site, no part of it
                if (!rel.startsWith(".bulwark-")) out.put(rel, Files.readAllBytes(p));
            }
        }
        return out;
    }

    /** Random edits of a content folder, as an author makes them, each with the files it touched. */
    static final class Edits {
        record Edit(String description, Set<Path> touched) {}

        private final Path root;
        private final Random random;
        private final List<Map<String, byte[]>> history = new ArrayList<>();
        private Map<String, byte[]> lastGood;
        private boolean broken;
        private int serial;

        Edits(Path root, Random random) throws IOException {
            this.root = root;
            this.random = random;
            this.lastGood = snapshot();
        }

        /** Whether the content as it is now builds: a broken one is often fixed next, as authors do. */
        void builds(boolean good) throws IOException {
            broken = !good;
            if (good) lastGood = snapshot();
        }

        Edit next() throws IOException {
            Map<String, byte[]> before = snapshot();
            history.add(before);
            if (broken && random.nextInt(3) > 0) {
                restore(lastGood);
                return new Edit("fix: back to the last content that built", touched(before, snapshot()));
            }
            String what;
            while (true) {
                Optional<String> done = attempt(KINDS[random.nextInt(KINDS.length)]);
                if (done.isPresent()) {
                    what = done.get();
                    break;
                }
            }
            return new Edit(what, touched(before, snapshot()));
        }

        /** The kinds of edit of {@link #attempt}, each as often as authors make it, roughly. */
        private static final int[] KINDS = {0, 0, 0, 1, 2, 2, 3, 4, 4, 5, 5, 6, 6, 7, 8, 9, 10, 11, 12, 13, 13, 13, 14,
            15, 16, 16, 17, 18, 18, 19, 19, 20, 21, 22, 23, 24, 24, 25, 26};

        /** One kind of edit; empty if it does not apply to the content as it is. */
        private Optional<String> attempt(int kind) throws IOException {
            int n = ++serial;
            switch (kind) {
                case 0, 1 -> {
                    return edit(pick(files("controls", ".yaml")), "^title: .*$", "title: Retitled control " + n,
                            "control title");
                }
                case 2, 3 -> {
                    return statement(pick(files("controls", ".yaml")), "A statement, version " + n + ".");
                }
                case 4, 5 -> {
                    return statement(pick(files("controls", ".yaml")), "See [[" + target() + "]] now.");
                }
                case 6 -> {
                    String id = "NEW-" + n;
                    String body = "id: " + id + "\ntitle: New control " + n + "\narea: " + pickArea() + "\nlevel: "
                            + (random.nextBoolean() ? "baseline" : "standard") + "\nseverity: high\nresponsibility: "
                            + "customer\nstatement: The new control " + n + " refers to [[" + target() + "]].\n"
                            + (random.nextBoolean() ? "services: [" + pickId("services", ".yaml", "s3") + "]\n" : "")
                            + (random.nextBoolean() ? "references:\n  nist-800-53: [\"AC-" + random.nextInt(4) + "\"]\n" : "");
                    return write("controls/new/" + id + ".yaml", body, "add control " + id);
                }
                case 7 -> {
                    return remove(pick(files("controls", ".yaml")), "remove control");
                }
                case 8 -> {
                    Optional<Path> f = pick(files("controls", ".yaml"));
                    if (f.isEmpty()) return Optional.empty();
                    String id = "REN-" + n;
                    String text = Files.readString(f.get()).replaceFirst("(?m)^id: .*$", "id: " + id);
                    Files.delete(f.get());
                    Files.writeString(f.get().resolveSibling(id + ".yaml"), text);
                    return Optional.of("rename control " + name(f.get()) + " to " + id);
                }
                case 9 -> {
                    return edit(pick(files("controls", ".yaml")), "^area: .*$", "area: " + pickArea(), "move control to another area");
                }
                case 10 -> {
                    String[] statuses = {"withdrawn", "deprecated", "draft", "active"};
                    String status = statuses[random.nextInt(statuses.length)];
                    Optional<Path> f = pick(files("controls", ".yaml"));
                    if (f.isEmpty()) return Optional.empty();
                    String text = Files.readString(f.get());
                    text = text.contains("\nstatus: ") ? text.replaceFirst("(?m)^status: .*$", "status: " + status)
                            : text.replaceFirst("(?m)^(level: .*)$", "$1\nstatus: " + status);
                    Files.writeString(f.get(), text);
                    return Optional.of("status " + status + " for " + name(f.get()));
                }
                case 11 -> {
                    // a copy of a service with another id and name: it names every layer of the standard
                    Optional<Path> like = pick(files("services", ".yaml"));
                    if (like.isEmpty()) return Optional.empty();
                    String id = "svc-" + n;
                    String text = Files.readString(like.get()).replaceFirst("(?m)^id: .*$", "id: " + id)
                            .replaceFirst("(?m)^name: .*$", "name: Service " + n)
                            .replaceFirst("(?m)^summary: .*$", "summary: Service " + n + ", see [[" + target() + "]].");
                    return write("services/" + id + ".yaml", text, "add service " + id);
                }
                case 12 -> {
                    return remove(pick(files("services", ".yaml")), "remove service");
                }
                case 13 -> {
                    Optional<Path> f = pick(files("services", ".yaml"));
                    if (f.isEmpty()) return Optional.empty();
                    if (random.nextBoolean()) return edit(f, "^name: .*$", "name: Renamed service " + n, "service name");
                    String id = "svc-" + n;
                    String text = Files.readString(f.get()).replaceFirst("(?m)^id: .*$", "id: " + id);
                    Files.delete(f.get());
                    Files.writeString(f.get().resolveSibling(id + ".yaml"), text);
                    return Optional.of("rename service " + name(f.get()) + " to " + id);
                }
                case 14 -> {
                    String id = "page-" + n;
                    String next = random.nextBoolean() ? "next: " + pickId("pages", ".md", "citing") + "\n" : "";
                    return write("pages/" + id + ".md", "---\ntitle: Page " + n + "\norder: " + random.nextInt(5) + "\nnav: "
                            + random.nextBoolean() + "\n" + next + "---\nPage " + n + " names [[" + target() + "]].\n",
                            "add page " + id);
                }
                case 15 -> {
                    return remove(pick(files("pages", ".md")), "remove page");
                }
                case 16 -> {
                    Optional<Path> f = pick(files("pages", ".md"));
                    if (f.isEmpty()) return Optional.empty();
                    if (random.nextBoolean()) return edit(f, "^title: .*$", "title: Page retitled " + n, "page title");
                    Path to = f.get().resolveSibling("moved-" + n + ".md");
                    Files.move(f.get(), to);
                    return Optional.of("rename page " + name(f.get()) + " to " + name(to));
                }
                case 17 -> {
                    Path glossary = root.resolve("glossary.yaml");
                    String text = Files.exists(glossary) ? Files.readString(glossary) : "";
                    if (!text.isEmpty() && !text.endsWith("\n")) text += "\n";
                    Files.writeString(glossary, text + "- term: Term " + n + "\n  definition: Term " + n + " is defined, see [["
                            + target() + "]].\n");
                    return Optional.of("add term Term " + n);
                }
                case 18 -> {
                    Path glossary = root.resolve("glossary.yaml");
                    if (!Files.exists(glossary)) return Optional.empty();
                    String text = Files.readString(glossary);
                    int last = text.lastIndexOf("- term:");
                    if (last < 0) return Optional.empty();
                    if (random.nextBoolean()) {
                        Files.writeString(glossary, text.substring(0, last));
                        return Optional.of("remove the last term");
                    }
                    Files.writeString(glossary, text.replaceFirst("(?m)^(\\s*definition: ).*$", "$1Redefined " + n + "."));
                    return Optional.of("change a definition");
                }
                case 19 -> {
                    Optional<Path> f = pick(files("areas", ".md"));
                    if (random.nextBoolean()) return edit(f, "^title: .*$", "title: Area retitled " + n, "area title");
                    return edit(f, "^summary: .*$", "summary: Summary " + n + " names [[" + target() + "]].", "area summary");
                }
                case 20 -> {
                    String id = "area-" + n;
                    return write("areas/" + id + ".md", "---\ntitle: Area " + n + "\norder: " + random.nextInt(4)
                            + "\nsummary: New area.\n---\nArea body.\n", "add area " + id);
                }
                case 21 -> {
                    return remove(pick(files("areas", ".md")), "remove area");
                }
                case 22 -> {
                    return edit(Optional.of(root.resolve("standard.yaml")), "^title: .*$", "title: Standard " + n,
                            "standard title");
                }
                case 25 -> {
                    // a link written as a site path: checked against the pages the site will have
                    List<Path> controls = files("controls", ".yaml");
                    String to = controls.isEmpty() ? "NOPE-1" : name(controls.get(random.nextInt(controls.size())));
                    return statement(pick(controls), "Read [the page](/controls/" + to + "/) too.");
                }
                case 26 -> {
                    // a frozen release edited (the ledger reports it) or its notes
                    List<Path> frozen = files("releases", ".yaml");
                    if (frozen.isEmpty()) return Optional.empty();
                    return edit(pick(frozen), "^title: .*$", "title: Changed in a release " + n, "release file title");
                }
                case 24 -> {
                    Optional<Path> f = pick(files("controls", ".yaml"));
                    if (f.isEmpty()) return Optional.empty();
                    String text = Files.readString(f.get());
                    if (text.contains("\nservices:")) return Optional.empty();
                    String service = pickId("services", ".yaml", "s3");
                    Files.writeString(f.get(), text + (text.endsWith("\n") ? "" : "\n") + "services: [" + service + "]\n");
                    return Optional.of("apply " + name(f.get()) + " to service " + service);
                }
                default -> {
                    if (history.size() < 2) return Optional.empty();
                    restore(history.get(history.size() - 2));
                    return Optional.of("undo the edit before");
                }
            }
        }

        /** What a reference may name: present, former or missing ids, and every other kind of target. */
        private String target() throws IOException {
            List<String> targets = new ArrayList<>();
            for (Path f : files("controls", ".yaml")) targets.add(name(f));
            if (random.nextInt(3) == 0) targets.add("NOPE-" + random.nextInt(3)); // broken until fixed
            targets.add("NEW-" + (serial + 1));
            for (Path f : files("services", ".yaml")) targets.add("service:" + name(f));
            for (Path f : files("pages", ".md")) targets.add("page:" + name(f));
            for (Path f : files("areas", ".md")) targets.add("area:" + name(f));
            targets.add("term:MFA");
            targets.add("term:Term " + random.nextInt(serial + 1));
            targets.add("framework:nist-800-53#AC-2");
            List<Path> controls = files("controls", ".yaml");
            if (!controls.isEmpty()) targets.add(name(controls.get(random.nextInt(controls.size()))) + "#evidence");
            return targets.get(random.nextInt(targets.size()));
        }

        private Optional<String> statement(Optional<Path> f, String text) throws IOException {
            if (f.isEmpty()) return Optional.empty();
            String s = Files.readString(f.get());
            Matcher m = Pattern.compile("(?m)^statement: (.*)$").matcher(s);
            if (!m.find()) return Optional.empty();
            String replaced = m.group(1).strip().equals("|")
                    ? s.substring(0, m.end()) + "\n  " + text + s.substring(m.end())
                    : s.substring(0, m.start()) + "statement: " + text + s.substring(m.end());
            Files.writeString(f.get(), replaced);
            return Optional.of("statement of " + name(f.get()) + ": " + text);
        }

        private Optional<String> edit(Optional<Path> f, String regex, String replacement, String what) throws IOException {
            if (f.isEmpty()) return Optional.empty();
            String s = Files.readString(f.get());
            String t = s.replaceFirst("(?m)" + regex, Matcher.quoteReplacement(replacement));
            if (t.equals(s)) return Optional.empty();
            Files.writeString(f.get(), t);
            return Optional.of(what + " of " + name(f.get()) + ": " + replacement);
        }

        private Optional<String> write(String path, String text, String what) throws IOException {
            Path p = root.resolve(path);
            Files.createDirectories(p.getParent());
            Files.writeString(p, text);
            return Optional.of(what);
        }

        private Optional<String> remove(Optional<Path> f, String what) throws IOException {
            if (f.isEmpty()) return Optional.empty();
            Files.delete(f.get());
            return Optional.of(what + " " + name(f.get()));
        }

        private String pickArea() throws IOException {
            return random.nextInt(10) == 0 ? "no-such-area" : pickId("areas", ".md", "identity");
        }

        private String pickId(String folder, String ext, String otherwise) throws IOException {
            return pick(files(folder, ext)).map(Edits::name).orElse(otherwise);
        }

        private Optional<Path> pick(List<Path> files) {
            return files.isEmpty() ? Optional.empty() : Optional.of(files.get(random.nextInt(files.size())));
        }

        private List<Path> files(String folder, String ext) throws IOException {
            Path dir = root.resolve(folder);
            if (!Files.isDirectory(dir)) return List.of();
            try (Stream<Path> walk = Files.walk(dir)) {
                return walk.filter(p -> Files.isRegularFile(p) && p.toString().endsWith(ext)).sorted().toList();
            }
        }

        private static String name(Path file) {
            return file.getFileName().toString().replaceFirst("\\.[a-z]+$", "");
        }

        private Map<String, byte[]> snapshot() throws IOException {
            Map<String, byte[]> out = new TreeMap<>();
            try (Stream<Path> walk = Files.walk(root)) {
                for (Path p : walk.filter(Files::isRegularFile).toList()) {
                    out.put(root.relativize(p).toString(), Files.readAllBytes(p));
                }
            }
            return out;
        }

        private void restore(Map<String, byte[]> state) throws IOException {
            Map<String, byte[]> now = snapshot();
            for (String p : now.keySet()) if (!state.containsKey(p)) Files.delete(root.resolve(p));
            for (Map.Entry<String, byte[]> e : state.entrySet()) {
                if (!Arrays.equals(now.get(e.getKey()), e.getValue())) {
                    Files.createDirectories(root.resolve(e.getKey()).getParent());
                    Files.write(root.resolve(e.getKey()), e.getValue());
                }
            }
        }

        /** The files an edit created, changed or deleted: what a watcher reports. */
        private Set<Path> touched(Map<String, byte[]> before, Map<String, byte[]> after) {
            Set<Path> out = new TreeSet<>();
            Set<String> all = new TreeSet<>(before.keySet());
            all.addAll(after.keySet());
            for (String p : all) if (!Arrays.equals(before.get(p), after.get(p))) out.add(root.resolve(p));
            return out;
        }
    }
}
