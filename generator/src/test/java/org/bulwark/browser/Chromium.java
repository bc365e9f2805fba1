package org.bulwark.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Chromium for the whole test run, driven through Debian's chromedriver (never a
 * downloaded one), with a fresh profile, browser console logging and a download folder.
 * Shut down by JUnit when the run ends.
 */
final class Chromium implements ExtensionContext.Store.CloseableResource, AutoCloseable {
    static final Path BINARY = Path.of(System.getenv().getOrDefault("BULWARK_CHROMIUM", "/usr/bin/chromium"));
    static final Path DRIVER = Path.of(System.getenv().getOrDefault("BULWARK_CHROMEDRIVER", "/usr/bin/chromedriver"));

    final ChromeDriver driver;
    final Path downloads;
    private final Path profile;

    private Chromium(ChromeDriver driver, Path profile, Path downloads) {
        this.driver = driver;
        this.profile = profile;
        this.downloads = downloads;
    }

    static boolean installed() {
        return Files.isExecutable(BINARY) && Files.isExecutable(DRIVER);
    }

    /** In CI (CI=true) or with -Dbulwark.browser.required=true a missing browser fails the run. */
    static boolean required() {
        return "true".equalsIgnoreCase(System.getenv("CI")) || Boolean.getBoolean("bulwark.browser.required");
    }

    static Chromium start() throws IOException {
        Path profile = Files.createTempDirectory("bulwark-chromium-profile");
        Path downloads = Files.createTempDirectory("bulwark-chromium-downloads");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BINARY.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-quic", "--no-first-run", "--no-default-browser-check", "--hide-scrollbars",
                "--user-data-dir=" + profile, "--window-size=1280,900", "--lang=en-GB");
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
        options.setExperimentalOption("prefs", Map.of(
                "download.default_directory", downloads.toString(),
                "download.prompt_for_download", false,
                "download.directory_upgrade", true));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        return new Chromium(driver, profile, downloads);
    }

    /** Opens a file of a built site, e.g. {@code controls/IAM-01/index.html#evidence}. */
    void open(Path site, String path) {
        String fragment = "";
        int hash = path.indexOf('#');
        if (hash >= 0) {
            fragment = path.substring(hash);
            path = path.substring(0, hash);
        }
        int query = path.indexOf('?');
        String search = query >= 0 ? path.substring(query) : "";
        if (query >= 0) path = path.substring(0, query);
        driver.get(site.resolve(path).toUri() + search + fragment);
    }

    Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    WebDriverWait waiting() {
        return new WebDriverWait(driver, Duration.ofSeconds(15));
    }

    /**
     * Clicks {@code button}, which downloads {@code name}, and waits until the whole file is
     * there: its lines.
     */
    List<String> download(String name, org.openqa.selenium.By button) throws java.io.IOException {
        Path file = downloads.resolve(name);
        Files.deleteIfExists(file);
        driver.findElement(button).click();
        waiting().until(d -> complete(file));
        return Files.readAllLines(file, java.nio.charset.StandardCharsets.UTF_8);
    }

    /** Whether a download is there whole: not empty, and Chromium's partial file gone. */
    private boolean complete(Path file) {
        try (java.util.stream.Stream<Path> files = Files.list(downloads)) {
            return Files.exists(file) && Files.size(file) > 0
                    && files.noneMatch(p -> p.getFileName().toString().endsWith(".crdownload"));
        } catch (java.io.IOException e) {
            return false;
        }
    }

    void size(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
    }

    /** Console messages at error level since the last call (the log is drained by reading it). */
    List<String> consoleErrors() {
        List<String> errors = new ArrayList<>();
        for (LogEntry e : driver.manage().logs().get(LogType.BROWSER)) {
            if (e.getLevel().intValue() >= Level.SEVERE.intValue()) errors.add(e.getMessage());
        }
        return errors;
    }

    void drainConsole() {
        driver.manage().logs().get(LogType.BROWSER);
    }

    /** Forgets what the site stored (ticks, theme): every file:// page shares one storage. */
    void clearStorage(Path site) {
        open(site, "index.html");
        js("localStorage.clear();");
    }

    @Override
    public void close() throws IOException {
        try {
            driver.quit();
        } finally {
            delete(profile);
            delete(downloads);
        }
    }

    static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}
