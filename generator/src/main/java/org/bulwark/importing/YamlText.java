package org.bulwark.importing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.util.StringQuotingChecker;
import java.io.UncheckedIOException;
import java.util.regex.Pattern;

/**
 * Writes a mapping as YAML the way a person would: plain scalars where YAML reads them back as
 * the same string, quotes where it would not ({@code "1.10"}, {@code "yes"}, {@code "null"}),
 * literal blocks for text with line breaks, no line folding.
 */
final class YamlText {
    /**
     * Plain scalars the loader reads as strings whatever the YAML version: a letter, then letters,
     * digits and a few safe marks. Everything else that SnakeYAML would leave plain is quoted, so
     * that no value turns into a number, a boolean, a date or null on the way back.
     */
    private static final Pattern SAFE_PLAIN = Pattern.compile("[\\p{L}][\\p{L}\\p{N} ._()/,'+-]*");
    private static final Pattern YAML_WORDS = Pattern.compile(
            "(?i)y|n|yes|no|on|off|true|false|null|nan|inf");

    private static final ObjectMapper YAML = new ObjectMapper(YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.LITERAL_BLOCK_STYLE)
            .disable(YAMLGenerator.Feature.SPLIT_LINES)
            .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
            .stringQuotingChecker(new Quoting())
            .build());

    private YamlText() {}

    static ObjectNode mapping() {
        return YAML.createObjectNode();
    }

    static String of(ObjectNode node) {
        try {
            return YAML.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Markdown as a field: LF line ends, no blank lines around it, a final line break (a literal block). */
    static String markdown(String text) {
        String t = text.replace("\r\n", "\n").replace('\r', '\n').strip();
        return t.isEmpty() ? "" : t + "\n";
    }

    private static final class Quoting extends StringQuotingChecker.Default {
        private static final long serialVersionUID = 1L;

        @Override
        public boolean needToQuoteValue(String value) {
            if (value.indexOf('\n') >= 0) return super.needToQuoteValue(value);
            String s = value.strip();
            return super.needToQuoteValue(value) || !SAFE_PLAIN.matcher(value).matches()
                    || YAML_WORDS.matcher(s).matches() || !s.equals(value);
        }
    }
}
