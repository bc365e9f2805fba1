package org.bulwark.importing;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BigIntegerNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bulwark.diag.Diagnostics;
import org.bulwark.diag.SourcePosition;

/**
 * A JSON document as Jackson's tree, with the line and column where each object, array and
 * string starts, so that a problem found in the tree (by a JSON Schema validator, or by the
 * importer) is reported where it is in the file.
 */
final class LocatedJson {
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(200).build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private final JsonNode root;
    private final Map<JsonNode, JsonLocation> where;
    private final SourcePosition file;

    private LocatedJson(JsonNode root, Map<JsonNode, JsonLocation> where, SourcePosition file) {
        this.root = root;
        this.where = where;
        this.file = file;
    }

    /**
     * Parses {@code in}; a syntax error becomes a {@code not-json} diagnostic at its position.
     * Failures to read are thrown.
     */
    static Optional<LocatedJson> parse(InputStream in, SourcePosition file, Diagnostics diagnostics)
            throws IOException {
        Map<JsonNode, JsonLocation> where = new IdentityHashMap<>();
        try (JsonParser p = FACTORY.createParser(in)) {
            JsonToken first = p.nextToken();
            if (first == null) {
                diagnostics.error(file.at(1, 1), "not-json", "the file is empty");
                return Optional.empty();
            }
            JsonNode root = value(p, first, where);
            if (p.nextToken() != null) {
                JsonLocation l = p.currentTokenLocation();
                diagnostics.error(at(file, l), "not-json", "more than one JSON value in the file");
                return Optional.empty();
            }
            return Optional.of(new LocatedJson(root, where, file));
        } catch (JsonProcessingException e) {
            JsonLocation l = e.getLocation();
            diagnostics.error(l == null ? file.at(1, 1) : at(file, l), "not-json",
                    "not valid JSON: " + firstLine(e.getOriginalMessage()));
        }
        return Optional.empty();
    }

    JsonNode root() {
        return root;
    }

    /** Where {@code node} starts; a value without a place of its own (a number, true) is found by its pointer. */
    SourcePosition position(JsonNode node) {
        JsonLocation l = where.get(node);
        return l == null ? file.at(1, 1) : at(file, l);
    }

    /**
     * Where {@code node} starts, else the value at {@code path} (property names and array
     * indexes from the root), else its nearest ancestor that has a place.
     */
    SourcePosition position(JsonNode node, List<Object> path) {
        if (node != null && where.containsKey(node)) return position(node);
        JsonNode n = root;
        JsonNode located = root;
        for (Object step : path) {
            n = step instanceof Integer i ? n.path(i) : n.path(String.valueOf(step));
            if (n.isMissingNode()) break;
            if (where.containsKey(n)) located = n;
        }
        return position(located);
    }

    private static JsonNode value(JsonParser p, JsonToken t, Map<JsonNode, JsonLocation> where) throws IOException {
        JsonLocation at = p.currentTokenLocation();
        JsonNode node = switch (t) {
            case START_OBJECT -> {
                ObjectNode o = JsonNodeFactory.instance.objectNode();
                JsonToken k;
                while ((k = p.nextToken()) == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    o.set(name, value(p, p.nextToken(), where));
                }
                if (k != JsonToken.END_OBJECT) throw new IOException("unbalanced object");
                yield o;
            }
            case START_ARRAY -> {
                ArrayNode a = JsonNodeFactory.instance.arrayNode();
                JsonToken k;
                while ((k = p.nextToken()) != JsonToken.END_ARRAY) {
                    if (k == null) throw new IOException("unbalanced array");
                    a.add(value(p, k, where));
                }
                yield a;
            }
            // fresh nodes, not Jackson's shared ones for "" or small numbers: each keeps its own place
            case VALUE_STRING -> new TextNode(p.getText());
            case VALUE_NUMBER_INT -> p.getNumberType() == JsonParser.NumberType.BIG_INTEGER
                    ? new BigIntegerNode(p.getBigIntegerValue()) : new LongNode(p.getLongValue());
            case VALUE_NUMBER_FLOAT -> new DecimalNode(p.getDecimalValue());
            case VALUE_TRUE -> JsonNodeFactory.instance.booleanNode(true);
            case VALUE_FALSE -> JsonNodeFactory.instance.booleanNode(false);
            case VALUE_NULL -> JsonNodeFactory.instance.nullNode();
            default -> throw new IOException("unexpected " + t);
        };
        if (!node.isBoolean() && !node.isNull()) where.put(node, at);
        return node;
    }

    private static SourcePosition at(SourcePosition file, JsonLocation l) {
        return file.at(Math.max(l.getLineNr(), 1), Math.max(l.getColumnNr(), 1));
    }

    private static String firstLine(String s) {
        if (s == null) return "unreadable";
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).trim();
    }
}
