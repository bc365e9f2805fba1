package org.bulwark.load;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bulwark.diag.SourcePosition;

/** A YAML value with the position it was written at; the loader's own tree, not Jackson's. */
public sealed interface YamlNode {

    SourcePosition position();

    /** What the value is, in words, for messages ("a list", "a number"). */
    String describe();

    record Scalar(SourcePosition position, Kind kind, String text) implements YamlNode {
        public enum Kind { STRING, NUMBER, BOOLEAN, NULL }

        @Override public String describe() {
            return switch (kind) {
                case STRING -> "a string";
                case NUMBER -> "the number " + text;
                case BOOLEAN -> "the boolean " + text;
                case NULL -> "an empty value";
            };
        }
    }

    record Sequence(SourcePosition position, List<YamlNode> items) implements YamlNode {
        @Override public String describe() { return "a list"; }
    }

    /** A mapping; keys keep their own positions for "unknown key" messages. */
    record Mapping(SourcePosition position, LinkedHashMap<String, Entry> entries) implements YamlNode {
        public record Entry(SourcePosition keyPosition, YamlNode value) {}

        @Override public String describe() { return "a mapping"; }

        public YamlNode get(String key) {
            Entry e = entries.get(key);
            return e == null ? null : e.value();
        }

        public Map<String, Entry> view() { return entries; }
    }
}
