package org.bulwark.export;

import java.util.Optional;
import org.bulwark.model.Markdown;
import org.bulwark.render.Fragment;
import org.bulwark.render.RenderedContent;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.text.TextContentRenderer;

/**
 * Markdown of the standard as exports carry it: the author's text with every {@code [[...]]}
 * cross-reference replaced by what the site shows as its link text ({@code IAM-01},
 * {@code Amazon S3}), since a reader of an export has no site to follow it in. That text comes
 * from the fragment the site rendered (each fragment is parsed once, for both). References
 * inside code are left alone, as the site leaves them. {@link #plain} is the same text without
 * Markdown, for spreadsheets.
 */
final class Prose {
    private final RenderedContent rendered;
    private final Parser parser = Parser.builder().build();
    private final TextContentRenderer text = TextContentRenderer.builder().build();

    Prose(ExportInput input) {
        this.rendered = input.rendered();
    }

    /** The Markdown with cross-references as readable text; empty for absent or blank fields. */
    Optional<String> markdown(Markdown md) {
        if (md == null || md.isBlank()) return Optional.empty();
        Fragment f = rendered.of(md);
        // a field the site did not render would be exported blank: a mistake to see, not to ship
        if (f == Fragment.EMPTY) throw new IllegalStateException("no rendered form of the Markdown at " + md.start());
        return Optional.of(f.prose());
    }

    /** Plain text: Markdown rendered without markup, cross-references as readable text. */
    Optional<String> plain(Markdown md) {
        return markdown(md).map(s -> text.render(parser.parse(s)).strip());
    }
}
