package org.bulwark.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.bulwark.diag.Diagnostic;
import org.bulwark.diag.Diagnostics;
import org.bulwark.diag.Rules;

/** Prints diagnostics: compiler style, GitHub workflow commands, or SARIF 2.1.0. */
final class Report {
    enum Format { text, github, sarif }

    private Report() {}

    static void print(Diagnostics diagnostics, Format format, PrintWriter out) {
        Path wd = Path.of("").toAbsolutePath();
        List<Diagnostic> all = diagnostics.sorted();
        switch (format) {
            case text -> all.forEach(d -> out.println(d.format(wd)));
            case github -> all.forEach(d -> out.println(github(d, wd)));
            case sarif -> out.println(sarif(all, wd));
        }
        out.flush();
    }

    static String summary(Diagnostics d) {
        long e = d.errorCount();
        long w = d.warningCount();
        return e + (e == 1 ? " error, " : " errors, ") + w + (w == 1 ? " warning" : " warnings");
    }

    private static String github(Diagnostic d, Path wd) {
        StringBuilder sb = new StringBuilder("::").append(d.severity() == Diagnostic.Severity.ERROR ? "error" : "warning")
                .append(" file=").append(escapeProperty(d.position().displayPath(wd)));
        if (d.position().line() > 0) sb.append(",line=").append(d.position().line());
        if (d.position().column() > 0) sb.append(",col=").append(d.position().column());
        sb.append(",title=").append(escapeProperty(d.code())).append("::").append(escapeData(d.message()));
        return sb.toString();
    }

    private static String escapeData(String s) {
        return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    private static String escapeProperty(String s) {
        return escapeData(s).replace(":", "%3A").replace(",", "%2C");
    }

    private static String sarif(List<Diagnostic> all, Path wd) {
        StringWriter w = new StringWriter();
        try (JsonGenerator g = new com.fasterxml.jackson.core.JsonFactory().createGenerator(w)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
            g.writeStringField("version", "2.1.0");
            g.writeArrayFieldStart("runs");
            g.writeStartObject();
            g.writeObjectFieldStart("tool");
            g.writeObjectFieldStart("driver");
            g.writeStringField("name", "bulwark");
            g.writeStringField("version", Version.current());
            // no informationUri or helpUri: SARIF wants absolute URIs there (code scanning rejects
            // relative ones), and the documentation's home is the repository or distribution it came with
            g.writeArrayFieldStart("rules");
            for (Rules.Rule rule : Rules.ALL) rule(g, rule);
            g.writeEndArray();
            g.writeEndObject();
            g.writeEndObject();
            g.writeArrayFieldStart("results");
            for (Diagnostic d : all) {
                g.writeStartObject();
                g.writeStringField("ruleId", d.code());
                int index = Rules.ALL.indexOf(Rules.of(d.code()).orElse(null));
                if (index >= 0) g.writeNumberField("ruleIndex", index);
                g.writeStringField("level", d.severity() == Diagnostic.Severity.ERROR ? "error" : "warning");
                g.writeObjectFieldStart("message");
                g.writeStringField("text", d.message());
                g.writeEndObject();
                g.writeArrayFieldStart("locations");
                g.writeStartObject();
                g.writeObjectFieldStart("physicalLocation");
                g.writeObjectFieldStart("artifactLocation");
                g.writeStringField("uri", uriReference(d.position().displayPath(wd)));
                g.writeEndObject();
                if (d.position().line() > 0) {
                    g.writeObjectFieldStart("region");
                    g.writeNumberField("startLine", d.position().line());
                    if (d.position().column() > 0) g.writeNumberField("startColumn", d.position().column());
                    g.writeEndObject();
                }
                g.writeEndObject();
                g.writeEndObject();
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w.toString();
    }

    /** A path as a URI reference: code scanning refuses a report whose paths hold spaces or other raw characters. */
    static String uriReference(String path) {
        try {
            return new URI(null, null, path, null).toASCIIString();
        } catch (URISyntaxException e) {
            return path;
        }
    }

    /** A reportingDescriptor: what code scanning shows as the rule's name and help. */
    private static void rule(JsonGenerator g, Rules.Rule rule) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", rule.code());
        g.writeObjectFieldStart("shortDescription");
        g.writeStringField("text", rule.summary());
        g.writeEndObject();
        g.writeObjectFieldStart("help");
        g.writeStringField("text", rule.summary() + " Documentation: " + rule.documentation()
                + " in the Bulwark repository or distribution.");
        g.writeStringField("markdown", rule.summary() + "\n\nDocumentation: `" + rule.documentation()
                + "` in the Bulwark repository or distribution.");
        g.writeEndObject();
        g.writeObjectFieldStart("defaultConfiguration");
        g.writeStringField("level", rule.severity().label());
        g.writeEndObject();
        g.writeEndObject();
    }
}
