package org.bulwark.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import org.bulwark.Sites;
import org.bulwark.cli.Main;
import org.bulwark.content.OspsBaseline;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Browser tests: a site built from {@code src/test/resources/sites/reader}, opened from
 * {@code file://} in headless Chromium. They skip when Chromium is not installed locally; in
 * CI (CI=true) a missing browser is a failure, not a skip.
 */
@ExtendWith(BrowserTest.Setup.class)
abstract class BrowserTest {

    /** A built site, once per run: the reader test standard, or with {@link DefaultStandard} the shipped one. */
    record Site(Path dir) implements ExtensionContext.Store.CloseableResource {
        @Override
        public void close() throws IOException {
            Chromium.delete(dir.getParent());
        }

        String url(String path) {
            return dir.resolve(path).toUri().toString();
        }
    }

    static final class Setup implements BeforeAllCallback, ParameterResolver {
        private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(BrowserTest.class);

        @Override
        public void beforeAll(ExtensionContext context) {
            if (!Chromium.installed()) {
                String why = "Chromium not found (" + Chromium.BINARY + ", " + Chromium.DRIVER
                        + "): apt-get install -y chromium chromium-driver";
                if (Chromium.required()) throw new IllegalStateException(why + " (required: CI=true)");
                Assumptions.abort(why);
            }
        }

        @Override
        public boolean supportsParameter(ParameterContext p, ExtensionContext e) {
            Class<?> type = p.getParameter().getType();
            return type == Chromium.class || type == Site.class;
        }

        @Override
        public Object resolveParameter(ParameterContext p, ExtensionContext e) {
            ExtensionContext.Store store = e.getRoot().getStore(NS);
            if (p.getParameter().getType() == Site.class) {
                boolean shipped = e.getRequiredTestClass().isAnnotationPresent(DefaultStandard.class);
                OtherStandard other = e.getRequiredTestClass().getAnnotation(OtherStandard.class);
                if (other != null) {
                    // the site beside its content, in one temporary folder that closing the site deletes
                    return store.getOrComputeIfAbsent(other.value(), k -> {
                        Path content = otherStandard(k);
                        return build(content, content.resolveSibling("site"));
                    }, Site.class);
                }
                return shipped ? store.getOrComputeIfAbsent("default", k -> build(defaultContent()), Site.class)
                        : store.getOrComputeIfAbsent("reader", k -> build(testStandard("reader")), Site.class);
            }
            return store.getOrComputeIfAbsent("chromium", k -> {
                try {
                    return Chromium.start();
                } catch (IOException ex) {
                    throw new UncheckedIOException(ex);
                }
            }, Chromium.class);
        }
    }

    /** Test classes marked so get the default standard of {@code content/} as their site. */
    @java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME)
    @java.lang.annotation.Target(java.lang.annotation.ElementType.TYPE)
    @interface DefaultStandard {}

    /**
     * Test classes marked so get a standard of another shape as their site: {@code osps}, the
     * OSPS Baseline converted as in OspsBaselineTest (no services, no provider, dotted ids,
     * levels per requirement, long free-text identifiers); {@code long-ids}, the minimal test
     * standard with services and a control whose id has 20 characters.
     */
    @java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME)
    @java.lang.annotation.Target(java.lang.annotation.ElementType.TYPE)
    @interface OtherStandard {
        String value();
    }

    /** The content folder of an {@link OtherStandard}, written to a new temporary folder. */
    static Path otherStandard(String name) {
        try {
            Path content = Files.createTempDirectory("bulwark-content-").resolve("content");
            switch (name) {
                case "osps" -> OspsBaseline.convert(Sites.resource("osps"), content, true);
                case "long-ids" -> {
                    Sites.copy(Sites.site("minimal"), content);
                    Files.createDirectories(content.resolve("controls/slsa"));
                    Files.writeString(content.resolve("controls/slsa/" + LONG_ID + ".yaml"), """
                            id: %s
                            title: Build on a hosted platform
                            area: data
                            level: baseline
                            severity: high
                            responsibility: shared
                            statement: Releases MUST be built on a hosted build platform.
                            requirements:
                              - { id: %s.01, text: The build runs on the platform's own runners. }
                            services:
                              - { id: s3, responsibility: shared, provider: Runs the storage., customer: You keep the artefacts. }
                            references:
                              nist-800-53: ["Implementation: Secure Build: Build Process: Create a formal definition of the build process"]
                            """.formatted(LONG_ID, LONG_ID));
                }
                default -> throw new IllegalArgumentException("no standard " + name);
            }
            return content;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A control id of 20 characters, in the long-ids standard. */
    static final String LONG_ID = "SUPPLY-CHAIN-SLSA-04";

    static Path testStandard(String name) {
        try {
            URL content = BrowserTest.class.getResource("/sites/" + name + "/content");
            if (content == null) throw new IllegalStateException("no test standard sites/" + name);
            return Path.of(content.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Path defaultContent() {
        return Path.of(System.getProperty("bulwark.repo", "..")).resolve("content");
    }

    /** Builds a content folder with the real command line, as a user would. */
    static Site build(Path content) {
        try {
            return build(content, Files.createTempDirectory("bulwark-site-").resolve("site"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Site build(Path content, Path out) {
        int code = Main.run("build", "--content", content.toString(), "--out", out.toString());
        assertEquals(0, code, "building " + content);
        return new Site(out);
    }
}
