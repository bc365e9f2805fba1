// Shared by the benchmark's programs; run.sh compiles bench/*.java together (see bench/README.md).
import java.util.List;

/**
 * A tiny YAML writer for this format: double-quoted scalars with escapes, literal block
 * scalars for Markdown, block mappings and sequences. Never emits anchors, tags or plain
 * scalars that YAML could read as numbers, booleans or null.
 */
final class Yaml {
    private final StringBuilder b = new StringBuilder();

    void key(int indent, String key) {
        pad(indent).append(key).append(":\n");
    }

    void scalar(int indent, String key, String value) {
        pad(indent).append(key).append(": ").append(quote(value)).append('\n');
    }

    /** An unquoted value the caller vouches for: ints, booleans, ISO dates. */
    void raw(int indent, String key, String value) {
        pad(indent).append(key).append(": ").append(value).append('\n');
    }

    /** Starts a sequence item that is a mapping: "- key: value". */
    void item(int indent, String key, String value) {
        pad(indent).append("- ").append(key).append(": ").append(quote(value)).append('\n');
    }

    /** A top-level sequence item that is a mapping. */
    void rootItem(String key, String value) {
        item(0, key, value);
    }

    void listItem(int indent, String value) {
        pad(indent).append("- ").append(quote(value)).append('\n');
    }

    void list(int indent, String key, List<String> values) {
        pad(indent).append(key).append(": [");
        for (int i = 0; i < values.size(); i++) {
            b.append(i == 0 ? "" : ", ").append(quote(values.get(i)));
        }
        b.append("]\n");
    }

    /** A literal block scalar; falls back to a quoted scalar where a block cannot hold the text. */
    void block(int indent, String key, String text) {
        String t = stripTrailing(text.replace("\r\n", "\n").replace('\t', ' '));
        if (t.isEmpty() || t.startsWith(" ") || t.startsWith("\n") || !printable(t)) {
            scalar(indent, key, text);
            return;
        }
        pad(indent).append(key).append(": |\n");
        for (String line : t.split("\n", -1)) {
            if (line.isBlank()) {
                b.append('\n');
            } else {
                pad(indent + 2).append(line).append('\n');
            }
        }
    }

    private static String stripTrailing(String s) {
        int end = s.length();
        while (end > 0 && Character.isWhitespace(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(0, end);
    }

    private static boolean printable(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c < 0x20 && c != '\n') || c == 0x7f || c == '\uFEFF' || (c >= 0x80 && c <= 0x9f)
                    || c == '\u2028' || c == '\u2029') {
                return false;
            }
        }
        return true;
    }

    static String quote(String s) {
        StringBuilder q = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> q.append("\\\"");
                case '\\' -> q.append("\\\\");
                case '\n' -> q.append("\\n");
                case '\t' -> q.append("\\t");
                case '\r' -> q.append("\\r");
                default -> {
                    if (c < 0x20 || c == 0x7f || (c >= 0x80 && c <= 0x9f) || c == '\uFEFF'
                            || c == '\u2028' || c == '\u2029') {
                        q.append(String.format("\\u%04x", (int) c));
                    } else {
                        q.append(c);
                    }
                }
            }
        }
        return q.append('"').toString();
    }

    private StringBuilder pad(int indent) {
        return b.append(" ".repeat(indent));
    }

    @Override
    public String toString() {
        return b.toString();
    }
}
