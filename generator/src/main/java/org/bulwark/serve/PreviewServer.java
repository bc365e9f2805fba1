package org.bulwark.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Serves a {@link LiveSite} on 127.0.0.1 only, to requests that name it as 127.0.0.1 or
 * localhost with its port (a page of another site, its name rebound to 127.0.0.1, gets nothing).
 * HTML pages get one extra script that polls the status of the page it is on and reloads it when
 * its content changed, or shows the build's errors. Until a first build succeeds, every page is
 * one that shows why and reloads once it does.
 */
public final class PreviewServer implements AutoCloseable {
    /** The reload script and the build status it polls, side by side: the script finds the status from its own URL. */
    public static final String RELOAD_PATH = "/__bulwark/reload.js";
    public static final String STATUS_PATH = "/__bulwark/status";

    private static final Map<String, String> TYPES = Map.of("html", "text/html; charset=utf-8", "css",
            "text/css; charset=utf-8", "js", "text/javascript; charset=utf-8", "json", "application/json",
            "csv", "text/csv; charset=utf-8", "xml", "application/xml", "svg", "image/svg+xml", "png", "image/png",
            "txt", "text/plain; charset=utf-8");

    private final HttpServer server;
    private final AtomicReference<LiveSite> site = new AtomicReference<>();
    private final AtomicLong build = new AtomicLong();
    private final AtomicReference<String> errors = new AtomicReference<>("");
    private final byte[] reloadScript = resource("reload.js");

    public PreviewServer(int port) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        server.createContext("/", this::handle);
        server.setExecutor(Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "bulwark-serve");
            t.setDaemon(true);
            return t;
        }));
    }

    public void start() {
        server.start();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** The site is up to date with the content (or being brought up to date): open pages whose content changed reload. */
    public void publish(LiveSite live) {
        site.set(live);
        errors.set("");
        build.incrementAndGet();
    }

    /**
     * The last build failed (or its pages showed errors): open pages show why and keep the site
     * shown, if any; before a first good build every page shows why.
     */
    public void failed(String diagnostics) {
        errors.set(diagnostics);
        build.incrementAndGet();
    }

    /**
     * Whether the request names this server: its Host is 127.0.0.1, [::1] or localhost with the
     * server's port (no port only for port 80). A browser sends the name it resolved, so a page of
     * any other site whose name was rebound to 127.0.0.1 (DNS rebinding) is refused.
     */
    static boolean hostAllowed(String host, int port) {
        if (host == null) return false;
        String h = host.strip().toLowerCase(java.util.Locale.ROOT);
        for (String name : new String[] {"127.0.0.1", "localhost", "[::1]"}) {
            if (h.equals(name + ":" + port) || (port == 80 && h.equals(name))) return true;
        }
        return false;
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            if (!hostAllowed(ex.getRequestHeaders().getFirst("Host"), port())) {
                send(ex, 421, "text/plain; charset=utf-8", ("this preview answers only to 127.0.0.1:" + port()
                        + " and localhost:" + port() + "\n").getBytes(StandardCharsets.UTF_8));
                return;
            }
            String path = URI.create(ex.getRequestURI().getRawPath()).normalize().getPath();
            if (!ex.getRequestMethod().equals("GET") && !ex.getRequestMethod().equals("HEAD")) {
                send(ex, 405, "text/plain; charset=utf-8", "method not allowed".getBytes(StandardCharsets.UTF_8));
                return;
            }
            if (path.equals(RELOAD_PATH)) {
                send(ex, 200, TYPES.get("js"), reloadScript);
                return;
            }
            LiveSite live = site.get();
            if (path.equals(STATUS_PATH)) {
                // the version of the page asking: it reloads when that changes, not on every edit
                String page = query(ex.getRequestURI().getRawQuery(), "page");
                long version = live == null ? 0 : page == null ? live.generation() : live.version(page);
                String json = "{\"build\":" + build.get() + ",\"page\":" + version + ",\"errors\":"
                        + quote(errors.get()) + "}";
                send(ex, 200, TYPES.get("json"), json.getBytes(StandardCharsets.UTF_8));
                return;
            }
            if (live == null || !live.shows()) {
                String text = errors.get();
                byte[] page = (text.isEmpty() ? waiting() : failedPage(text)).getBytes(StandardCharsets.UTF_8);
                send(ex, 503, TYPES.get("html"), withReload(page));
                return;
            }
            if (path.contains("/../") || path.endsWith("/..") || !path.startsWith("/")) {
                send(ex, 404, "text/plain; charset=utf-8", "not found".getBytes(StandardCharsets.UTF_8));
                return;
            }
            int status = 200;
            Optional<String> file = live.pageFile(path);
            Optional<byte[]> body = file.isPresent() ? live.read(file.get()) : Optional.empty();
            if (body.isEmpty()) {
                file = Optional.of("404.html");
                body = live.read("404.html");
                status = 404;
            }
            if (body.isEmpty()) {
                send(ex, 404, "text/plain; charset=utf-8", "not found".getBytes(StandardCharsets.UTF_8));
                return;
            }
            String name = file.get();
            String ext = name.substring(name.lastIndexOf('.') + 1);
            byte[] bytes = ext.equals("html") ? withReload(body.get()) : body.get();
            send(ex, status, TYPES.getOrDefault(ext, "application/octet-stream"), bytes);
        }
    }

    /** The value of one query parameter, decoded; null if absent. */
    private static String query(String raw, String name) {
        if (raw == null) return null;
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && pair.substring(0, eq).equals(name)) {
                return java.net.URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    /** What every path shows before the first build is done. */
    private static String waiting() {
        return page("Building", "<p>The first build is running; this page reloads when it is done.</p>");
    }

    /** What every path shows while no build has succeeded: the errors, reloading once fixed. */
    private static String failedPage(String diagnostics) {
        return page("Build failed", "<h1>Build failed</h1>\n<p>Nothing to show yet: fix these and the page"
                + " reloads.</p>\n<pre class=\"bulwark-first-build\">" + escape(diagnostics) + "</pre>");
    }

    private static String page(String title, String body) {
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>" + title
                + " - bulwark serve</title>\n</head>\n<body>\n" + body + "\n</body>\n</html>\n";
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static byte[] withReload(byte[] html) {
        String page = new String(html, StandardCharsets.UTF_8);
        int end = page.lastIndexOf("</body>");
        if (end < 0) return html;
        return (page.substring(0, end) + "<script src=\"" + RELOAD_PATH + "\"></script>\n" + page.substring(end))
                .getBytes(StandardCharsets.UTF_8);
    }

    private static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
        ex.getResponseHeaders().set("Content-Type", type);
        ex.getResponseHeaders().set("Cache-Control", "no-store");
        ex.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        boolean head = ex.getRequestMethod().equals("HEAD");
        ex.sendResponseHeaders(status, head ? -1 : body.length);
        if (!head) {
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private static byte[] resource(String name) {
        try (var in = PreviewServer.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("missing resource " + name);
            return in.readAllBytes();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String quote(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20 || c == '<' || c == '>' || c == '&') sb.append(String.format("\\u%04x", (int) c));
                    else sb.append(c);
                }
            }
        }
        return sb.append('"').toString();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
