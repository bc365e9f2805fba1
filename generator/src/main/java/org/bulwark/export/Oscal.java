package org.bulwark.export;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.bulwark.history.History;
import org.bulwark.model.Control;
import org.bulwark.model.Standard;

/**
 * What the OSCAL catalog and profile share: the OSCAL version, Bulwark's namespace for its own
 * props and parts, how our ids become OSCAL tokens, name-based UUIDs, timestamps from the
 * content, and metadata.
 */
final class Oscal {
    static final String VERSION = "1.2.1";
    /** Qualifies the names of Bulwark's own props and parts (level, severity, evidence, ...). */
    static final String NS = "urn:bulwark:oscal";
    /** The namespace of every UUID Bulwark makes: a v5 UUID of {@link #NS}. */
    static final UUID UUID_NAMESPACE = NameUuid.v5(NameUuid.URL_NAMESPACE, NS);

    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'Z'",
            Locale.ROOT).withZone(ZoneOffset.UTC);

    private Oscal() {}

    /**
     * A control or requirement id as an OSCAL id, as NIST's catalogs write them
     * ({@code IAM-01} -> {@code iam-01}, {@code AC-2(1)} -> {@code ac-2.1}); the original stays
     * in the {@code label} prop.
     */
    static String controlId(String id) {
        return org.bulwark.model.Ids.oscalToken(id);
    }

    /** A lower-case id ({@code [a-z0-9]+(-[a-z0-9]+)*}) as a token: one starting with a digit gets a '_'. */
    static String token(String id) {
        return !id.isEmpty() && Character.isDigit(id.charAt(0)) ? "_" + id : id;
    }

    /** The same UUID for the same thing of the same standard, build after build. */
    static String uuid(Standard standard, String thing) {
        return NameUuid.v5(UUID_NAMESPACE, standard.id() + "/" + thing).toString();
    }

    /** The effective date at midnight UTC, if it is a real date OSCAL accepts. */
    static Optional<Instant> published(Standard standard) {
        return date(standard.effective());
    }

    /**
     * When the document last changed, never from a clock: {@code SOURCE_DATE_EPOCH} if set,
     * else the effective date, else the latest review date of a control, else 1970-01-01.
     */
    static Instant lastModified(ExportInput input) {
        return input.sourceDate().filter(Oscal::representable)
                .or(() -> published(input.index().content().standard()))
                .or(() -> input.published().stream().map(Control::reviewed).flatMap(Optional::stream)
                        .map(Oscal::date).flatMap(Optional::stream).max(Comparator.naturalOrder()))
                .orElse(Instant.EPOCH);
    }

    static String timestamp(Instant instant) {
        return TIMESTAMP.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }

    private static Optional<Instant> date(String iso) {
        if (iso == null || iso.isBlank()) return Optional.empty();
        try {
            return Optional.of(LocalDate.parse(iso).atStartOfDay().toInstant(ZoneOffset.UTC)).filter(Oscal::representable);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** OSCAL's date-time pattern takes the years 1900 to 2999 only. */
    private static boolean representable(Instant instant) {
        int year = instant.atZone(ZoneOffset.UTC).getYear();
        return year >= 1900 && year <= 2999;
    }

    /** The metadata of a document of this standard, linking the site's home page. */
    static void metadata(JsonDocument json, ExportInput input, String title) {
        Standard s = input.index().content().standard();
        json.object("metadata");
        json.field("title", line(title));
        published(s).ifPresent(p -> json.field("published", timestamp(p)));
        json.field("last-modified", timestamp(lastModified(input)));
        json.field("version", line(s.version()));
        json.field("oscal-version", VERSION);
        revisions(json, input, s);
        json.array("props");
        prop(json, "standard-id", s.id());
        json.end().array("links");
        json.object().field("href", href(input, "")).field("rel", "alternate").field("media-type", "text/html")
                .field("text", line(s.title())).end();
        json.end();
        if (!s.owner().isBlank()) owner(json, s);
        json.end();
    }

    /**
     * The releases, latest first as OSCAL asks, each with its effective date, what changed in
     * it and its own controls.json; the current content first when it has moved on since the
     * latest release (prop {@code release-status} says which is which).
     */
    private static void revisions(JsonDocument json, ExportInput input, Standard s) {
        json.array("revisions");
        List<History.Step> steps = new java.util.ArrayList<>(input.history().steps());
        java.util.Collections.reverse(steps);
        for (History.Step step : steps) {
            History.Edition e = step.to();
            json.object();
            json.field("title", line(s.title() + " " + e.version()));
            date(e.effective()).ifPresent(p -> json.field("published", timestamp(p)));
            json.field("version", line(e.version()));
            json.array("props");
            prop(json, "release-status", e.released() ? "released" : "unreleased");
            json.end().array("links");
            e.release().ifPresent(r -> json.object().field("href", href(input, r.sitePath() + "controls.json"))
                    .field("rel", "alternate").field("media-type", "application/json")
                    .field("text", "controls.json of " + r.version().text()).end());
            json.end();
            json.field("remarks", step.from().map(f -> "Changes since " + f.version() + ": "
                    + step.changes().counts().summary() + ".")
                    .orElse("First release: " + e.controls().size() + " controls."));
            json.end();
        }
        json.end();
    }

    /** The owner of the standard as the party in the role creator. */
    private static void owner(JsonDocument json, Standard s) {
        String party = uuid(s, "party/owner");
        json.array("roles").object().field("id", "creator").field("title", "Owner of the standard").end().end();
        json.array("parties").object().field("uuid", party).field("type", "organization").field("name", line(s.owner()))
                .end().end();
        json.array("responsible-parties").object().field("role-id", "creator").strings("party-uuids", List.of(party))
                .end().end();
    }

    /** A prop in Bulwark's namespace, as an element of the props being written. */
    static void prop(JsonDocument json, String name, String value) {
        json.object().field("name", name).field("ns", NS).field("value", line(value)).end();
    }

    /**
     * A site URL as an href in a file under {@code oscal/}: absolute with a base URL, else
     * relative to that folder. Fragments are percent-encoded where URI syntax requires.
     */
    static String href(ExportInput input, String sitePath) {
        int hash = sitePath.indexOf('#');
        String path = hash < 0 ? sitePath : sitePath.substring(0, hash) + "#" + fragment(sitePath.substring(hash + 1));
        return input.baseUrl().map(b -> b + path).orElse("../" + path);
    }

    /** RFC 3986 fragment: unreserved, sub-delims, ':', '@', '/', '?' stay; the rest is %-encoded UTF-8. */
    static String fragment(String s) {
        StringBuilder sb = new StringBuilder();
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || "-._~!$&'()*+,;=:@/?".indexOf(c) >= 0) {
                sb.append(c);
            } else {
                sb.append('%').append(String.format(Locale.ROOT, "%02X", b & 0xff));
            }
        }
        return sb.toString();
    }

    /** OSCAL strings and markup-lines are one line without surrounding space. */
    static String line(String s) {
        String v = s.strip();
        // most are one line already: the regular expression only for those that are not
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r' || (c == ' ' && v.charAt(i + 1) == ' ')) {
                v = SPACES.matcher(v).replaceAll(" ");
                break;
            }
        }
        return v.isEmpty() ? "-" : v;
    }
}
