package org.bulwark.model;

import java.util.List;
import org.bulwark.diag.SourcePosition;

/** A glossary entry. */
public record Term(String term, Markdown definition, List<String> aliases, SourcePosition position) {}
