package org.bulwark.load;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import org.bulwark.diag.Diagnostics;
import org.bulwark.diag.SourcePosition;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads YAML into {@link YamlNode}s through Jackson's streaming parser, so every value keeps its
 * line and column. Anchors, aliases and tags are rejected: content is plain data. Nesting depth
 * and document size are bounded.
 */
public final class YamlReader {
    public static final int MAX_DEPTH = 16;
    private static final int MAX_CODE_POINTS = 1 << 20;
    private static final long MAX_TOKENS = 200_000;

    private final YAMLFactory factory;

    public YamlReader() {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(MAX_CODE_POINTS);
        options.setAllowDuplicateKeys(true); // detected here, with both positions
        factory = YAMLFactory.builder()
                .loaderOptions(options)
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(256)
                        .maxTokenCount(MAX_TOKENS)
                        .build())
                .build();
    }

    /**
     * Parses {@code text}, whose first line is line {@code firstLine} of {@code file}.
     * Problems go to {@code diagnostics}; the result is empty when the text is unusable.
     */
    public Optional<YamlNode> read(SourcePosition origin, String text, Diagnostics diagnostics) {
        int lineOffset = Math.max(origin.line(), 1) - 1;
        try (YAMLParser parser = (YAMLParser) factory.createParser(new StringReader(text))) {
            Session session = new Session(parser, origin, lineOffset, diagnostics);
            JsonToken first = parser.nextToken();
            if (first == null) {
                diagnostics.error(origin.at(Math.max(origin.line(), 1), 1), "empty-file", "the document is empty");
                return Optional.empty();
            }
            YamlNode root = session.value(first, 1);
            return session.failed ? Optional.empty() : Optional.ofNullable(root);
        } catch (StreamConstraintsException e) {
            diagnostics.error(origin.at(Math.max(origin.line(), 1), 1), "too-large",
                    "the document exceeds a size limit: " + firstSentence(e.getOriginalMessage()));
        } catch (JsonProcessingException e) {
            diagnostics.error(syntaxPosition(e, origin, lineOffset), "yaml-syntax", syntaxMessage(e));
        } catch (IOException e) {
            diagnostics.error(origin, "io", "cannot read: " + e.getMessage());
        }
        return Optional.empty();
    }

    private static SourcePosition syntaxPosition(JsonProcessingException e, SourcePosition origin, int lineOffset) {
        if (e.getCause() instanceof MarkedYAMLException m && m.getProblemMark() != null) {
            Mark mark = m.getProblemMark();
            return origin.at(mark.getLine() + 1 + lineOffset, mark.getColumn() + 1);
        }
        JsonLocation l = e.getLocation();
        if (l != null && l.getLineNr() > 0) return origin.at(l.getLineNr() + lineOffset, Math.max(l.getColumnNr(), 1));
        return origin.at(lineOffset + 1, 1);
    }

    private static String syntaxMessage(JsonProcessingException e) {
        if (e.getCause() instanceof MarkedYAMLException m && m.getProblem() != null) {
            String context = m.getContext() == null ? "" : m.getContext() + ": ";
            return "invalid YAML: " + context + m.getProblem();
        }
        String original = e.getOriginalMessage();
        if (original != null && original.startsWith("Duplicate field")) return "invalid YAML: " + original;
        return "invalid YAML: " + firstSentence(original);
    }

    private static String firstSentence(String s) {
        if (s == null) return "unreadable";
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).trim();
    }

    /** The state of one parse. */
    private static final class Session {
        private final YAMLParser parser;
        private final SourcePosition origin;
        private final int lineOffset;
        private final Diagnostics diagnostics;
        private boolean failed;

        Session(YAMLParser parser, SourcePosition origin, int lineOffset, Diagnostics diagnostics) {
            this.parser = parser;
            this.origin = origin;
            this.lineOffset = lineOffset;
            this.diagnostics = diagnostics;
        }

        private SourcePosition here() {
            JsonLocation l = parser.currentTokenLocation();
            return origin.at(l.getLineNr() + lineOffset, l.getColumnNr());
        }

        YamlNode value(JsonToken token, int depth) throws IOException {
            SourcePosition at = here();
            if (depth > MAX_DEPTH) {
                diagnostics.error(at, "too-deep", "nesting deeper than " + MAX_DEPTH + " levels");
                failed = true;
                parser.skipChildren();
                return null;
            }
            checkPlainData(at);
            return switch (token) {
                case START_OBJECT -> mapping(at, depth);
                case START_ARRAY -> sequence(at, depth);
                case VALUE_STRING -> new YamlNode.Scalar(at, YamlNode.Scalar.Kind.STRING, parser.getText());
                case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT ->
                        new YamlNode.Scalar(at, YamlNode.Scalar.Kind.NUMBER, parser.getText());
                case VALUE_TRUE, VALUE_FALSE ->
                        new YamlNode.Scalar(at, YamlNode.Scalar.Kind.BOOLEAN, parser.getText());
                case VALUE_NULL -> new YamlNode.Scalar(at, YamlNode.Scalar.Kind.NULL, "");
                default -> {
                    diagnostics.error(at, "yaml-syntax", "unexpected YAML token " + token);
                    failed = true;
                    yield null;
                }
            };
        }

        private void checkPlainData(SourcePosition at) throws IOException {
            if (parser.isCurrentAlias()) {
                diagnostics.error(at, "yaml-alias",
                        "YAML aliases (*" + parser.getText() + ") are not allowed; write the value out");
                failed = true;
            } else if (parser.getObjectId() != null) {
                diagnostics.error(at, "yaml-anchor",
                        "YAML anchors (&" + parser.getObjectId() + ") are not allowed; write the value out");
                failed = true;
            }
            if (parser.getTypeId() != null) { // explicit tags such as !!python/object
                diagnostics.error(at, "yaml-tag", "YAML tags (" + parser.getTypeId() + ") are not allowed");
                failed = true;
            }
        }

        private YamlNode mapping(SourcePosition at, int depth) throws IOException {
            LinkedHashMap<String, YamlNode.Mapping.Entry> entries = new LinkedHashMap<>();
            JsonToken t;
            while ((t = parser.nextToken()) == JsonToken.FIELD_NAME) {
                SourcePosition keyAt = here();
                String key = parser.currentName();
                YamlNode v = value(parser.nextToken(), depth + 1);
                YamlNode.Mapping.Entry previous = entries.get(key);
                if (previous != null) {
                    diagnostics.error(keyAt, "duplicate-key", "duplicate key '" + key + "' (first at line "
                            + previous.keyPosition().line() + ")");
                    continue;
                }
                if (v != null) entries.put(key, new YamlNode.Mapping.Entry(keyAt, v));
            }
            if (t != JsonToken.END_OBJECT) throw new IOException("unbalanced mapping");
            return new YamlNode.Mapping(at, entries);
        }

        private YamlNode sequence(SourcePosition at, int depth) throws IOException {
            List<YamlNode> items = new ArrayList<>();
            JsonToken t;
            while ((t = parser.nextToken()) != JsonToken.END_ARRAY) {
                if (t == null) throw new IOException("unbalanced list");
                YamlNode v = value(t, depth + 1);
                if (v != null) items.add(v);
            }
            return new YamlNode.Sequence(at, List.copyOf(items));
        }
    }
}
