package org.bulwark.importing;

import java.util.List;
import java.util.Optional;

/**
 * A standard an importer has made, before it is written as a content folder (SPEC §3). Plain
 * values only: {@link ContentFiles} decides how they are spelled in YAML and Markdown.
 */
public record Draft(Standard standard, List<Area> areas, List<Control> controls) {

    public record Standard(String id, String title, String version, Optional<String> owner,
                           Optional<String> effective, Optional<String> provider, String summary,
                           List<Framework> frameworks) {}

    public record Framework(String id, String title, Optional<String> url) {}

    /** An area; {@code body} is the Markdown below its front matter. */
    public record Area(String id, String title, int order, String summary, List<Topic> topics, String body) {}

    public record Topic(String id, String title) {}

    /** A framework and the identifiers a control cites in it. */
    public record Citation(String framework, List<String> identifiers) {}

    public record Requirement(String id, String text) {}

    /**
     * One control, written to {@code controls/<folder>/<id>.yaml}. Empty strings and lists are
     * left out of the file; the optional keywords are written as given.
     */
    public record Control(String folder, String id, String title, String area, Optional<String> topic,
                          Optional<String> level, Optional<String> severity, Optional<String> responsibility,
                          Optional<String> status, Optional<String> owner, Optional<String> reviewed,
                          String statement, List<Requirement> requirements, String rationale, String guidance,
                          List<Citation> references, List<String> related, List<String> aliases,
                          Optional<String> supersededBy) {}

    public int controlCount() {
        return controls.size();
    }
}
