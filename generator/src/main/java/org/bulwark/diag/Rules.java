package org.bulwark.diag;

import static org.bulwark.diag.Diagnostic.Severity.ERROR;
import static org.bulwark.diag.Diagnostic.Severity.WARNING;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Every diagnostic code Bulwark reports, with the rule it stands for: the one list the SARIF
 * report's rules and the table of docs/diagnostics.md come from. Tests hold it to the codes the
 * sources emit and to the documentation, so a new check cannot ship without both.
 */
public final class Rules {
    /** Where each code is explained: the anchor of its row in the repository's documentation. */
    public static final String DOCUMENT = "docs/diagnostics.md";

    /** One code: the severities it is reported with, and what it asks of the content, in a sentence. */
    public record Rule(String code, Set<Diagnostic.Severity> severities, String summary) {
        public Rule {
            severities = Set.copyOf(severities);
        }

        /** The severity a tool should assume before it sees a result: error if the code is ever one. */
        public Diagnostic.Severity severity() {
            return severities.contains(ERROR) ? ERROR : WARNING;
        }

        /** The repository path of its documentation, e.g. {@code docs/diagnostics.md#unknown-ref}. */
        public String documentation() {
            return DOCUMENT + "#" + code;
        }
    }

    private static Rule error(String code, String summary) {
        return new Rule(code, EnumSet.of(ERROR), summary);
    }

    private static Rule warning(String code, String summary) {
        return new Rule(code, EnumSet.of(WARNING), summary);
    }

    /** In the order the documentation lists them: files, then fields, then references, then the output. */
    public static final List<Rule> ALL = List.of(
            error("no-content", "The content folder exists."),
            error("no-standard", "The content folder has a standard.yaml."),
            error("io", "Every file and folder of the content can be read."),
            error("too-many-files", "A content folder holds at most 100,000 files."),
            error("too-large", "A file is at most 512 KiB, and a YAML document within the parser's limits (1,048,576 "
                    + "characters, 200,000 tokens)."),
            error("not-utf8", "A file is UTF-8 text."),
            error("not-text", "A file holds no NUL bytes: binary files are not content."),
            error("empty-file", "A file is not empty."),
            error("wrong-extension", "Content files end in .yaml, not .yml."),
            warning("ignored-file", "Files the content format does not read are reported, since a misplaced file would "
                    + "vanish silently."),
            error("missing-front-matter", "A Markdown file of areas/ or pages/ opens with --- front matter."),
            error("unterminated-front-matter", "Front matter is closed by a line of ---."),
            error("yaml-syntax", "The file is valid YAML."),
            error("duplicate-key", "No key appears twice in one mapping."),
            error("yaml-anchor", "No YAML anchors (&name): content is plain data."),
            error("yaml-alias", "No YAML aliases (*name): content is plain data."),
            error("yaml-tag", "No YAML tags (!tag): content is plain data."),
            error("too-deep", "YAML nesting is at most 16 levels deep."),
            error("unknown-key", "Every key is one the content format defines (with a did-you-mean for typos)."),
            error("missing-field", "Required fields are present."),
            error("missing-value", "Fields that are present have a value."),
            error("wrong-type", "A value has the type its field takes: a mapping, a list, a whole number, true or false."),
            error("not-a-string", "Where a string belongs, a YAML number or boolean (1.10, NO) is an error: quote it."),
            error("bad-value", "A keyword field holds one of its keywords (level, severity, responsibility, status, "
                    + "category, owner, method), and a requirement's level is not below its control's."),
            error("bad-date", "Dates are ISO dates (YYYY-MM-DD)."),
            error("bad-url", "A framework's url starts with https:// or http://."),
            error("bad-id", "An id matches the pattern of its kind; a framework identifier is one line of at most "
                    + "200 characters, without spaces at either end."),
            error("file-name", "A control or service file is named after its id."),
            error("duplicate-id", "Ids are unique per kind: areas, controls, services, layers, frameworks, the topics of "
                    + "an area, a control's requirements, evidence items, service entries and cited identifiers, and "
                    + "glossary terms, aliases and their anchors; control and requirement ids also differ in more than "
                    + "case and in their OSCAL form, and the identifiers of a framework in their anchors; no two "
                    + "frameworks take the same verification method."),
            error("alias-collision", "An alias is neither a live control id nor another control's alias."),
            error("unknown-ref", "Everything named exists: areas, topics, services, layers, frameworks, related "
                    + "controls, successors, pages, terms, framework identifiers, control sections and every [[...]] "
                    + "cross-reference."),
            warning("alias-ref", "A reference through a former id resolves, with a warning to write the current id."),
            error("draft-ref", "Published content never refers to a draft control (unless build --drafts)."),
            warning("withdrawn-ref", "A reference to a withdrawn control names its successor instead."),
            warning("unlisted-control", "A control that a service's layer notes cite lists that service among its "
                    + "services, so the service's page counts it among the controls that apply."),
            error("self-reference", "A control does not list itself as related."),
            error("bad-successor", "superseded_by is only for deprecated or withdrawn controls, and names another "
                    + "control that is not withdrawn."),
            warning("no-successor", "A deprecated control names its successor."),
            error("missing-layer", "A service gives the owner of every layer of standard.yaml."),
            warning("no-date", "The standard has an effective date, or a control a reviewed date, for the OSCAL "
                    + "export's last-modified."),
            error("duplicate-layer", "A service gives each layer once."),
            error("bad-next", "A page's next page is another page."),
            error("reading-path-loop", "The reading path of next pages ends."),
            error("release-name", "Every entry of releases/ is a release folder named after a version."),
            error("release-duplicate", "One version, one release folder: 1.0 and 1.0.0 are the same version."),
            error("release-manifest-missing", "Every release folder has its release.json."),
            error("release-manifest", "A release.json is valid JSON, a manifest of the SHA-256 of its release's files, "
                    + "of its folder's version."),
            error("release-file-missing", "Every file a release.json lists is in its release."),
            error("release-file-unlisted", "A release holds only the files its release.json lists."),
            error("release-edited", "A release is never edited: each of its files has the SHA-256 its release.json "
                    + "lists."),
            error("released-id-missing", "Every id a release published (a control, deprecated and withdrawn ones included, "
                    + "or a former id) still exists in the current content, as a published control or "
                    + "an alias."),
            error("version-reused", "Content that differs from a release does not carry that release's version."),
            error("version-order", "The current version sorts after every release."),
            error("bad-version", "With releases, and to release, the version in standard.yaml is a version: "
                    + "numbers and words joined by dots, starting with a number."),
            error("release-exists", "release refuses a version that is already released, however it is spelt."),
            error("template", "The theme's templates parse and render; reported at template.ftlh:line:column."),
            error("broken-link", "Every internal link and fragment of every built page resolves."),
            error("external-request", "No page loads anything from outside the site (scripts, styles, images, "
                    + "frames)."),
            new Rule("unsafe-url", EnumSet.of(WARNING, ERROR), "javascript:, data:, vbscript: and file: links are "
                    + "dropped from Markdown (a warning); one in a built page is an error."),
            warning("external-image", "Images load only from the site itself: an image from elsewhere is dropped."),
            // import oscal and import csv (docs/importing.md)
            error("not-json", "import oscal: the file is JSON (gzipped or not)."),
            error("not-a-catalog", "import oscal: the JSON is an OSCAL 1.x catalog, not a profile or another model."),
            error("oscal-schema", "import oscal: the catalog is valid against NIST's OSCAL catalog schema of its version."),
            warning("derived-id", "import oscal: a control's or item's label is a valid, unique id; where it is not, "
                    + "the import makes one from the OSCAL id and says so."),
            warning("no-statement", "import oscal: a control has a statement; where it has none, its title stands in."),
            error("csv-syntax", "import csv: the file is CSV (RFC 4180): every quoted cell is closed."),
            error("ragged-row", "import csv: every row has as many cells as the header."),
            error("missing-column", "import csv: every column the map names is in the header."),
            error("duplicate-column", "import csv: a column the map names is in the header once."));

    private Rules() {}

    public static Optional<Rule> of(String code) {
        return ALL.stream().filter(r -> r.code().equals(code)).findFirst();
    }
}
