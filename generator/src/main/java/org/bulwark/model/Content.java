package org.bulwark.model;

import java.nio.file.Path;
import java.util.List;

/** Everything loaded from a content folder, in a stable order. */
public record Content(Path root, Standard standard, List<Area> areas, List<Control> controls,
                      List<Service> services, List<Page> pages, List<Term> glossary) {}
