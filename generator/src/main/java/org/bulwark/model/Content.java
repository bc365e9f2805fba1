package org.bulwark.model;

import java.nio.file.Path;
import java.util.List;

/**
 * Everything loaded from a content folder, in a stable order. {@code unreadableControls} are
 * the ids (file names) of control files that could not be read: their errors are reported
 * already, so references to them are not reported again.
 */
public record Content(Path root, Standard standard, List<Area> areas, List<Control> controls,
                      List<Service> services, List<Page> pages, List<Term> glossary,
                      java.util.Set<String> unreadableControls) {}
