package org.bulwark.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Serves a built site on 127.0.0.1 only. HTML pages get one extra script that polls the
 * build number and reloads the open page when it changes, or shows the build's errors.
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
    private final AtomicReference<Path> site = new AtomicReference<>();
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

    /** A new site is ready: open pages reload. */
    public void publish(Path dir) {
        site.set(dir);
        errors.set("");
        build.incrementAndGet();
    }

    /** The last rebuild failed: open pages show why and keep the previous site. */
    public void failed(String diagnostics) {
        errors.set(diagnostics);
        build.incrementAndGet();
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            String path = URI.create(ex.getRequestURI().getRawPath()).normalize().getPath();
            if (!ex.getRequestMethod().equals("GET") && !ex.getRequestMethod().equals("HEAD")) {
                send(ex, 405, "text/plain; charset=utf-8", "method not allowed".getBytes(StandardCharsets.UTF_8));
                return;
            }
            if (path.equals(RELOAD_PATH)) {
                send(ex, 200, TYPES.get("js"), reloadScript);
                return;
            }
            if (path.equals(STATUS_PATH)) {
                String json = "{\"build\":" + build.get() + ",\"errors\":" + quote(errors.get()) + "}";
                send(ex, 200, TYPES.get("json"), json.getBytes(StandardCharsets.UTF_8));
                return;
            }
            Path root = site.get();
            if (root == null) {
                send(ex, 503, "text/plain; charset=utf-8", "building...".getBytes(StandardCharsets.UTF_8));
                return;
            }
            Path file = root.resolve(path.substring(1)).normalize();
            if (!file.startsWith(root)) {
                send(ex, 404, "text/plain; charset=utf-8", "not found".getBytes(StandardCharsets.UTF_8));
                return;
            }
            if (Files.isDirectory(file)) file = file.resolve("index.html");
            int status = 200;
            if (!Files.isRegularFile(file)) {
                file = root.resolve("404.html");
                status = 404;
            }
            byte[] body = Files.readAllBytes(file);
            String name = file.getFileName().toString();
            String ext = name.substring(name.lastIndexOf('.') + 1);
            if (ext.equals("html")) body = withReload(body);
            send(ex, status, TYPES.getOrDefault(ext, "application/octet-stream"), body);
        }
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
