package org.bulwark.model;

import java.util.List;
import org.bulwark.diag.SourcePosition;

/** A glossary entry. {@code aliasRefs}: its other names, each where it was written. */
public record Term(String term, Markdown definition, List<Ref> aliasRefs, SourcePosition position) {

    /** The other names of the term. */
    public List<String> aliases() {
        return aliasRefs.stream().map(Ref::id).toList();
    }
}
