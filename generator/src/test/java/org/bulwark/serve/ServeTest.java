package org.bulwark.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bulwark.Sites;
import org.bulwark.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code serve}: builds, serves on loopback, rebuilds on change, tells open pages to reload. */
class ServeTest {
    @TempDir
    Path tmp;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private HttpResponse<String> get(int port, String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void servesRebuildsOnChangeAndKeepsTheLastGoodBuild() throws Exception {
        Path content = tmp.resolve("content");
        Sites.copy(Sites.site("minimal"), content);
        StringWriter out = new StringWriter();
        Thread serve = new Thread(() -> Main.run(new PrintWriter(out, true), new PrintWriter(new StringWriter(), true),
                "serve", "--port", "0", "--content", content.toString()));
        serve.start();
        try {
            int port = waitForPort(out);
            HttpResponse<String> home = get(port, "/");
            assertEquals(200, home.statusCode());
            assertTrue(home.body().contains(PreviewServer.RELOAD_PATH), "pages get the reload script");
            HttpResponse<String> script = get(port, PreviewServer.RELOAD_PATH);
            assertEquals(200, script.statusCode());
            assertTrue(script.headers().firstValue("Content-Type").orElse("").startsWith("text/javascript"));
            // the script asks for the status beside its own URL
            assertTrue(script.body().contains("new URL('status', document.currentScript.src)"), script.body());
            assertEquals(PreviewServer.STATUS_PATH, URI.create("http://127.0.0.1" + PreviewServer.RELOAD_PATH)
                    .resolve("status").getPath());
            assertEquals(404, get(port, "/nope/").statusCode());
            assertEquals(404, get(port, "/../../etc/passwd").statusCode());
            long first = build(get(port, PreviewServer.STATUS_PATH).body());

            Path page = content.resolve("pages/second.md");
            Files.writeString(page, Files.readString(page).replace("The end of the path.", "Freshly edited."));
            long second = waitForBuild(port, first);
            assertTrue(get(port, "/pages/second/index.html").body().contains("Freshly edited."));

            Files.writeString(page, "---\ntitle: Broken\n---\n[[NOPE-1]]\n");
            waitForBuild(port, second);
            String status = get(port, PreviewServer.STATUS_PATH).body();
            assertTrue(status.contains("unknown control"), status);
            assertTrue(get(port, "/pages/second/index.html").body().contains("Freshly edited."), "last good build stays");
        } finally {
            serve.interrupt();
            serve.join(10_000);
        }
    }

    @Test
    void refusesRequestsThatNameAnotherHost() throws Exception {
        Path content = tmp.resolve("content");
        Sites.copy(Sites.site("minimal"), content);
        StringWriter out = new StringWriter();
        Thread serve = new Thread(() -> Main.run(new PrintWriter(out, true), new PrintWriter(new StringWriter(), true),
                "serve", "--port", "0", "--content", content.toString()));
        serve.start();
        try {
            int port = waitForPort(out);
            assertTrue(raw(port, "127.0.0.1:" + port).startsWith("HTTP/1.1 200"));
            assertTrue(raw(port, "localhost:" + port).startsWith("HTTP/1.1 200"));
            assertTrue(raw(port, "LOCALHOST:" + port).startsWith("HTTP/1.1 200"));
            // a page of another site whose name now resolves to 127.0.0.1 (DNS rebinding)
            String rebound = raw(port, "attacker.example:" + port);
            assertTrue(rebound.startsWith("HTTP/1.1 421"), rebound);
            assertTrue(rebound.contains("answers only to 127.0.0.1:" + port), rebound);
            assertTrue(!rebound.contains("Minimal"), "nothing of the standard");
            assertTrue(raw(port, "127.0.0.1:" + (port + 1)).startsWith("HTTP/1.1 421"), "another port");
            assertTrue(raw(port, "localhost").startsWith("HTTP/1.1 421"), "no port: port 80");
            assertTrue(raw(port, null).startsWith("HTTP/1.1 4"), "no Host at all");
        } finally {
            serve.interrupt();
            serve.join(10_000);
        }
    }

    @Test
    void theHostCheckAcceptsOnlyLoopbackNamesWithThePort() {
        assertTrue(PreviewServer.hostAllowed("127.0.0.1:8080", 8080));
        assertTrue(PreviewServer.hostAllowed("localhost:8080", 8080));
        assertTrue(PreviewServer.hostAllowed("[::1]:8080", 8080));
        assertTrue(PreviewServer.hostAllowed("localhost", 80));
        assertTrue(!PreviewServer.hostAllowed("localhost", 8080));
        assertTrue(!PreviewServer.hostAllowed("localhost.attacker.example:8080", 8080));
        assertTrue(!PreviewServer.hostAllowed("127.0.0.2:8080", 8080));
        assertTrue(!PreviewServer.hostAllowed("", 8080));
        assertTrue(!PreviewServer.hostAllowed(null, 8080));
    }

    @Test
    void aFirstBuildThatFailsShowsItsErrorsUntilFixed() throws Exception {
        Path content = tmp.resolve("content");
        Sites.copy(Sites.site("minimal"), content);
        Path page = content.resolve("pages/second.md");
        String good = Files.readString(page);
        Files.writeString(page, "---\ntitle: Broken\n---\n[[NOPE-1]]\n");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Thread serve = new Thread(() -> Main.run(new PrintWriter(out, true), new PrintWriter(err, true),
                "serve", "--port", "0", "--content", content.toString()));
        serve.start();
        try {
            int port = waitForPort(out);
            assertTrue(err.toString().contains("nothing to serve until it builds"), err.toString());
            assertTrue(!err.toString().contains("last good build"), err.toString());
            for (String path : new String[] {"/", "/controls/IAM-01/"}) {
                HttpResponse<String> r = get(port, path);
                assertEquals(503, r.statusCode());
                assertTrue(r.body().contains("Build failed"), r.body());
                assertTrue(r.body().contains("unknown control"), r.body());
                assertTrue(r.body().contains(PreviewServer.RELOAD_PATH), "it reloads once fixed");
            }
            long first = build(get(port, PreviewServer.STATUS_PATH).body());
            Files.writeString(page, good);
            waitForBuild(port, first);
            HttpResponse<String> home = get(port, "/");
            assertEquals(200, home.statusCode());
            assertTrue(!home.body().contains("Build failed"));
        } finally {
            serve.interrupt();
            serve.join(10_000);
        }
    }

    /** A GET of / written by hand, with {@code host} as the Host header (none if null); the whole answer. */
    private static String raw(int port, String host) throws IOException {
        try (java.net.Socket s = new java.net.Socket(java.net.InetAddress.getLoopbackAddress(), port)) {
            String request = "GET / HTTP/1.1\r\n" + (host == null ? "" : "Host: " + host + "\r\n") + "Connection: close\r\n\r\n";
            s.getOutputStream().write(request.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            return new String(s.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    private static long build(String status) {
        Matcher m = Pattern.compile("\"build\":(\\d+)").matcher(status);
        assertTrue(m.find(), status);
        return Long.parseLong(m.group(1));
    }

    private long waitForBuild(int port, long after) throws Exception {
        for (int i = 0; i < 200; i++) {
            long b = build(get(port, PreviewServer.STATUS_PATH).body());
            if (b > after) return b;
            Thread.sleep(50);
        }
        throw new AssertionError("no rebuild after a change");
    }

    private static int waitForPort(StringWriter out) throws InterruptedException {
        Pattern p = Pattern.compile("Serving on http://127\\.0\\.0\\.1:(\\d+)/");
        for (int i = 0; i < 400; i++) {
            Matcher m = p.matcher(out.toString());
            if (m.find()) return Integer.parseInt(m.group(1));
            Thread.sleep(25);
        }
        throw new AssertionError("serve did not start: " + out);
    }
}
