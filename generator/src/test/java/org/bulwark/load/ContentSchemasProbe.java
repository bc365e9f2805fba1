package org.bulwark.load;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** The editor schemas' complaints about a content folder, for tests outside this package. */
public final class ContentSchemasProbe {
    private ContentSchemasProbe() {}

    public static List<String> problems(Path content) throws IOException {
        return ContentSchemasTest.problems(content);
    }
}
