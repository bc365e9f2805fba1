package org.bulwark.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bulwark.Sites;
import org.bulwark.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriverException;

/**
 * {@code serve}'s reload script in a browser: the open page reloads when its content is rebuilt,
 * and shows the errors of a build that failed, within the page's content security policy.
 */
class LiveReloadTest extends BrowserTest {
    @TempDir
    Path tmp;

    @Test
    void theOpenPageReloadsAfterAnEditAndShowsWhyABuildFailed(Chromium browser) throws Exception {
        Path content = tmp.resolve("content");
        Sites.copy(Sites.site("minimal"), content);
        StringWriter out = new StringWriter();
        Thread serve = new Thread(() -> Main.run(new PrintWriter(out, true), new PrintWriter(new StringWriter(), true),
                "serve", "--port", "0", "--content", content.toString()));
        serve.start();
        try {
            int port = waitForPort(out);
            browser.driver.get("http://127.0.0.1:" + port + "/pages/second/");
            browser.drainConsole();
            browser.js("window.sameDocument = true;");
            // the script polls the status from the start: let it see the first build before the edit
            browser.waiting().until(d -> browser.js("return performance.getEntriesByType('resource')"
                    + ".some(function (e) { return e.name.indexOf('/__bulwark/status') >= 0; });").equals(true));

            // an edit elsewhere, which this page does not show: it stays as it is
            Path control = content.resolve("controls/dp/DP-01.yaml");
            Files.writeString(control, Files.readString(control).replace("MUST be encrypted.", "MUST be encrypted, always."));
            java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
            browser.waiting().until(d -> {
                try {
                    return http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + port
                            + "/controls/DP-01/")).build(), java.net.http.HttpResponse.BodyHandlers.ofString()).body()
                            .contains("always.");
                } catch (Exception e) {
                    return false;
                }
            });
            Thread.sleep(1500); // several polls of the status
            assertEquals(true, browser.js("return window.sameDocument || null;"), "a page whose content did not change"
                    + " is not reloaded");

            Path page = content.resolve("pages/second.md");
            Files.writeString(page, Files.readString(page).replace("The end of the path.", "Freshly edited."));
            // read by script: the page may be replaced between finding an element and reading it
            browser.waiting().ignoring(WebDriverException.class).until(d -> String.valueOf(browser.js("var m = document.querySelector('main');"
                    + " return m ? m.textContent : '';")).contains("Freshly edited."));
            assertEquals(null, browser.js("return window.sameDocument || null;"), "the page was loaded again");

            Files.writeString(page, "---\ntitle: Broken\n---\n[[NOPE-1]]\n");
            browser.waiting().ignoring(WebDriverException.class)
                    .until(d -> browser.js("return document.querySelector('pre.bulwark-build-errors') !== null;")
                    .equals(true));
            String shown = browser.driver.findElement(By.cssSelector("pre.bulwark-build-errors")).getText();
            assertTrue(shown.startsWith("Build failed; showing the last good site."), shown);
            assertTrue(shown.contains("unknown control"), shown);
            assertEquals(java.util.List.of(), browser.consoleErrors(), "no script or policy error");
        } finally {
            serve.interrupt();
            serve.join(10_000);
        }
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
