package org.bulwark.export;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bulwark.history.History;
import org.bulwark.link.Crosswalk;
import org.bulwark.link.Index;
import org.bulwark.link.Urls;
import org.bulwark.model.Area;
import org.bulwark.model.Control;
import org.bulwark.render.RenderedContent;

/**
 * What every export reads: the validated content, the published controls (drafts only with
 * {@code --drafts}), the framework cross-walk, the rendered Markdown (for its prose), the base URL ({@code --base-url}), if any, and
 * the reproducible-build time ({@code SOURCE_DATE_EPOCH}), if any. Exports never read a clock.
 * {@code history} is the standard's releases and what changed in each; {@code root} is where the
 * standard's pages are in the site: "" for the current content, {@code releases/1.0.0/} for the
 * export of a frozen release.
 */
public record ExportInput(Index index, List<Control> published, Crosswalk crosswalk, RenderedContent rendered,
                          Optional<String> baseUrl, Optional<Instant> sourceDate, History history, String root) {

    /** With the build time from {@code SOURCE_DATE_EPOCH}, the one thing taken from the environment. */
    public ExportInput(Index index, List<Control> published, Crosswalk crosswalk, RenderedContent rendered,
                       Optional<String> baseUrl) {
        this(index, published, crosswalk, rendered, baseUrl, sourceDateEpoch(System.getenv("SOURCE_DATE_EPOCH")));
    }

    /** The current content, without releases. */
    public ExportInput(Index index, List<Control> published, Crosswalk crosswalk, RenderedContent rendered,
                       Optional<String> baseUrl, Optional<Instant> sourceDate) {
        this(index, published, crosswalk, rendered, baseUrl, sourceDate, History.NONE, "");
    }

    /** The same export with the standard's history. */
    public ExportInput withHistory(History history) {
        return new ExportInput(index, published, crosswalk, rendered, baseUrl, sourceDate, history, root);
    }

    /** The export of a frozen release, whose pages are under {@code root} ({@code releases/1.0.0/}). */
    public ExportInput under(String root) {
        return new ExportInput(index, published, crosswalk, rendered, baseUrl, sourceDate, history, root);
    }

    /**
     * A URL of this standard's pages: absolute with a base URL, else relative to the site root.
     * A frozen release has its own home, area, control and baseline pages (SPEC §4); its
     * services, frameworks and glossary are the current site's.
     */
    public String url(String sitePath) {
        boolean frozenPage = sitePath.isEmpty() || sitePath.startsWith(Urls.controls()) || sitePath.startsWith(Urls.areas())
                || sitePath.startsWith(Urls.baseline());
        return siteUrl(frozenPage ? root + sitePath : sitePath);
    }

    /** A URL of the site itself, whichever standard this is (a file beside the current one, another release). */
    public String siteUrl(String sitePath) {
        return baseUrl.map(b -> b + sitePath).orElse(sitePath.isEmpty() ? "./" : sitePath);
    }

    /** Published controls in the catalogue, checklist and counts: all but withdrawn ones. */
    public List<Control> listed() {
        return published.stream().filter(Control::listed).toList();
    }

    /** The baseline checklist's controls, in its order: by area, then as the catalogue lists them. */
    public List<Control> baseline() {
        List<Control> out = new ArrayList<>();
        List<Control> listed = listed();
        for (Area a : index.content().areas()) {
            for (Control c : listed) if (c.isBaseline() && c.area().id().equals(a.id())) out.add(c);
        }
        return out;
    }

    /** Seconds since the epoch, as the Reproducible Builds convention writes them; empty if unset or not a number. */
    static Optional<Instant> sourceDateEpoch(String value) {
        if (value == null || !value.strip().matches("\\d{1,12}")) return Optional.empty();
        return Optional.of(Instant.ofEpochSecond(Long.parseLong(value.strip())));
    }
}
