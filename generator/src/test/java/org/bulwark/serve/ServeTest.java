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
