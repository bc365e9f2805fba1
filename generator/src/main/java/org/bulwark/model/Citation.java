package org.bulwark.model;

import java.util.List;

/** The identifiers a control cites in one framework. */
public record Citation(Ref framework, List<Ref> identifiers) {}
