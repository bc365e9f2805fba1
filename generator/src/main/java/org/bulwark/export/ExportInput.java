package org.bulwark.export;

import java.util.List;
import java.util.Optional;
import org.bulwark.link.Crosswalk;
import org.bulwark.link.Index;
import org.bulwark.model.Control;

/**
 * What every export reads: the validated content, the published controls (drafts only with
 * {@code --drafts}), the framework cross-walk and the base URL ({@code --base-url}), if any.
 */
public record ExportInput(Index index, List<Control> published, Crosswalk crosswalk, Optional<String> baseUrl) {

    /** A site URL: absolute with a base URL, else relative to the site root. */
    public String url(String sitePath) {
        return baseUrl.map(b -> b + sitePath).orElse(sitePath);
    }
}
