package org.bulwark.model;

import java.util.Optional;
import org.bulwark.diag.SourcePosition;

/**
 * An external catalogue that controls cite. {@code url} links identifiers to the framework's
 * own site: {@code {id}} in it is replaced by the identifier.
 */
public record Framework(String id, String title, Optional<String> url, SourcePosition position) {

    public Optional<String> urlFor(String identifier) {
        return url.map(u -> u.contains("{id}") ? u.replace("{id}", identifier) : u);
    }
}
