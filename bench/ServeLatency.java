import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The author's loop, measured the way an author feels it: a preview server runs on a standard,
 * one control's title is edited in its source file, and the clock stops when the served page of
 * that control shows the new title. Done for `bulwark serve` and for `hugo server` (its default
 * fast-render mode) on the same controls, in one run, so the machine's minute is the same for
 * both. Also the resident memory of each server (its whole process tree) once warm.
 *
 * <pre>java -cp CLASSES ServeLatency JAR CONTENT_DIR HUGO_DIR EDITS</pre>
 *
 * Both folders are copied to a scratch folder first; the inputs are never edited. Prints one
 * line per tool: {@code tool median min max rssMB latencies...} (milliseconds).
 */
public final class ServeLatency {
    private static final Duration GIVE_UP = Duration.ofSeconds(120);
    private static final Pattern SERVING = Pattern.compile("(https?:)?//(127\\.0\\.0\\.1|localhost):(\\d+)/?");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public static void main(String[] args) throws Exception {
        if (args.length != 4) {
            System.err.println("usage: java -cp CLASSES ServeLatency JAR CONTENT_DIR HUGO_DIR EDITS");
            System.exit(2);
        }
        Path jar = Path.of(args[0]);
        Path content = Path.of(args[1]);
        Path hugo = Path.of(args[2]);
        int edits = Integer.parseInt(args[3]);
        ServeLatency bench = new ServeLatency();
        List<String> ids = bench.pick(content, edits);
        Path scratch = Files.createTempDirectory("serve-latency-");
        try {
            bench.report("ours", bench.ours(jar, copy(content, scratch.resolve("ours")), ids));
            bench.report("hugo", bench.hugo(copy(hugo, scratch.resolve("hugo")), ids));
        } finally {
            deleteTree(scratch);
        }
    }

    record Run(List<Long> millis, long rssKb) {}

    void report(String tool, Run run) {
        List<Long> sorted = new ArrayList<>(run.millis());
        Collections.sort(sorted);
        long median = sorted.get(sorted.size() / 2);
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%s %d %d %d %.0f", tool, median,
                sorted.get(0), sorted.get(sorted.size() - 1), run.rssKb() / 1024.0));
        for (long m : run.millis()) line.append(' ').append(m);
        System.out.println(line);
    }

    /** Controls spread over the whole standard (not drafts or withdrawn ones: they may have no page). */
    List<String> pick(Path content, int n) throws IOException {
        List<String> ids = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(content.resolve("controls"))) {
            for (Path p : walk.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                String text = Files.readString(p);
                if (text.contains("\nstatus: draft") || text.contains("\nstatus: withdrawn")) continue;
                ids.add(p.getFileName().toString().replace(".yaml", ""));
            }
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) out.add(ids.get((int) ((i + 0.5) * ids.size() / n)));
        return out;
    }

    Run ours(Path jar, Path content, List<String> ids) throws Exception {
        Process p = new ProcessBuilder("java", "-jar", jar.toString(), "serve", "--port", "0", "--content",
                content.toString()).redirectErrorStream(true).start();
        try {
            int port = port(p, "Serving on");
            List<Long> millis = new ArrayList<>();
            for (int i = 0; i < ids.size(); i++) {
                String id = ids.get(i);
                Path file = find(content.resolve("controls"), id + ".yaml");
                String marker = "Edited" + i + "x" + System.nanoTime();
                String url = "http://127.0.0.1:" + port + "/controls/" + id + "/";
                // quoted or plain, the marker goes inside the value
                millis.add(edit(file, Pattern.compile("(?m)^title: (\"?)(?<t>.*?)\\1$"), "title: $1${t} " + marker + "$1",
                        url, marker));
                settle();
            }
            return new Run(millis, rss(p.toHandle()));
        } finally {
            stop(p);
        }
    }

    Run hugo(Path site, List<String> ids) throws Exception {
        Process p = new ProcessBuilder("hugo", "server", "-s", site.toString(), "--bind", "127.0.0.1", "--port", freePort(),
                "--disableLiveReload").redirectErrorStream(true).start();
        try {
            int port = port(p, "Web Server is available at");
            List<Long> millis = new ArrayList<>();
            for (int i = 0; i < ids.size(); i++) {
                String id = ids.get(i);
                Path file = site.resolve("content/controls/" + id + ".md");
                String marker = "Edited" + i + "x" + System.nanoTime();
                // HugoSite keeps the case of URLs (disablePathToLower), as ours does
                String url = "http://127.0.0.1:" + port + "/controls/" + id + "/";
                millis.add(edit(file, Pattern.compile("\"title\" : \"(?<t>[^\"]*)\""),
                        "\"title\" : \"${t} " + marker + "\"", url, marker));
                settle();
            }
            return new Run(millis, rss(p.toHandle()));
        } finally {
            stop(p);
        }
    }

    /** Rewrites the first match in the file as an editor's save does, then polls until the page shows it. */
    long edit(Path file, Pattern pattern, String replacement, String url, String marker) throws Exception {
        String before = Files.readString(file);
        Matcher m = pattern.matcher(before);
        if (!m.find()) throw new IllegalStateException("no title in " + file);
        String after = m.replaceFirst(replacement);
        if (!get(url).contains(m.group("t").replace("&", "&amp;"))) {
            System.err.println("warning: " + url + " does not show the title before the edit");
        }
        long start = System.nanoTime();
        Files.writeString(file, after, StandardCharsets.UTF_8);
        while (true) {
            if (get(url).contains(marker)) return (System.nanoTime() - start) / 1_000_000;
            if (System.nanoTime() - start > GIVE_UP.toNanos()) throw new IllegalStateException("gave up on " + url);
            Thread.sleep(5);
        }
    }

    String get(String url) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .build(), HttpResponse.BodyHandlers.ofString());
        return r.statusCode() == 200 ? r.body() : "";
    }

    /** Lets work a server does after answering (search index, exports) finish before the next edit. */
    static void settle() throws InterruptedException {
        Thread.sleep(Long.getLong("settle.ms", 3000));
    }

    /** Reads the process's output until it names its port; the rest of the output is drained. */
    static int port(Process p, String readyText) throws Exception {
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        CompletableFuture<Integer> port = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try {
                String line;
                while ((line = out.readLine()) != null) {
                    if (System.getenv("SERVE_LATENCY_VERBOSE") != null) System.err.println("  | " + line);
                    Matcher m = SERVING.matcher(line);
                    if (!port.isDone() && line.contains(readyText) && m.find()) port.complete(Integer.parseInt(m.group(3)));
                }
                port.completeExceptionally(new IllegalStateException("the server exited before it was ready"));
            } catch (IOException e) {
                port.completeExceptionally(e);
            }
        });
        reader.setDaemon(true);
        reader.start();
        return port.get(GIVE_UP.toSeconds(), TimeUnit.SECONDS);
    }

    /** Hugo prints the port it was given, not the one port 0 chose: pick a free one for it. */
    static String freePort() throws IOException {
        try (java.net.ServerSocket s = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return String.valueOf(s.getLocalPort());
        }
    }

    /** Resident memory of a process and all its descendants (the jar relaunches itself once), in KB. */
    static long rss(ProcessHandle root) throws IOException {
        long kb = rssOf(root.pid());
        for (ProcessHandle child : root.descendants().toList()) kb += rssOf(child.pid());
        return kb;
    }

    private static long rssOf(long pid) throws IOException {
        Path status = Path.of("/proc/" + pid + "/status");
        if (!Files.exists(status)) return 0;
        for (String line : Files.readAllLines(status)) {
            if (line.startsWith("VmRSS:")) return Long.parseLong(line.replaceAll("[^0-9]", ""));
        }
        return 0;
    }

    static void stop(Process p) throws InterruptedException {
        p.descendants().forEach(ProcessHandle::destroy);
        p.destroy();
        if (!p.waitFor(10, TimeUnit.SECONDS)) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
        }
    }

    static Path find(Path dir, String name) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(f -> f.getFileName().toString().equals(name)).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no " + name + " under " + dir));
        }
    }

    static Path copy(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else Files.copy(p, target);
            }
        }
        return to;
    }

    static void deleteTree(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Collections.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}
