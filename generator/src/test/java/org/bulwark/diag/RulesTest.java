package org.bulwark.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.bulwark.export.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * {@link Rules#ALL} is the one list of diagnostic codes: every code the sources emit and the
 * corpus expects is in it, with the severity it is emitted with; nothing in it is dead; and the
 * table of docs/diagnostics.md says exactly what it says.
 */
class RulesTest {
    private static final Pattern CALL = Pattern.compile("\\b\\w+\\.(error|warning)\\(");
    private static final Pattern CODE_LITERAL = Pattern.compile("\"([a-z0-9-]+)\"");
    private static final Pattern DOC_ROW = Pattern.compile(
            "\\| <a id=\"([a-z0-9-]+)\"></a>`([a-z0-9-]+)` \\| ([a-z, ]+) \\| (.+) \\|");

    /** Code -> severities, from every {@code x.error(at, "code", ...)} and {@code x.warning(...)} in src/main/java. */
    static Map<String, Set<Diagnostic.Severity>> emitted() throws IOException {
        Map<String, Set<Diagnostic.Severity>> codes = new TreeMap<>();
        List<String> notLiteral = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Fixtures.repo().resolve("generator/src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                String java = Files.readString(f, StandardCharsets.UTF_8);
                Matcher m = CALL.matcher(java);
                while (m.find()) {
                    List<String> args = arguments(java, m.end());
                    if (args.size() < 3) continue; // not a Diagnostics call: those take (position, code, message)
                    Matcher code = CODE_LITERAL.matcher(args.get(1).strip());
                    if (!code.matches()) {
                        notLiteral.add(f.getFileName() + ": " + m.group() + args.get(1).strip());
                        continue;
                    }
                    codes.computeIfAbsent(code.group(1), k -> EnumSet.noneOf(Diagnostic.Severity.class))
                            .add(m.group(1).equals("error") ? Diagnostic.Severity.ERROR : Diagnostic.Severity.WARNING);
                }
            }
        }
        assertEquals(List.of(), notLiteral, "diagnostic codes are string literals, so that this scan sees them all");
        return codes;
    }

    /** The top-level arguments of a call whose '(' ends just before {@code from}. */
    private static List<String> arguments(String java, int from) {
        List<String> args = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int depth = 0;
        boolean inString = false;
        for (int i = from; i < java.length(); i++) {
            char c = java.charAt(i);
            if (inString) {
                current.append(c);
                if (c == '\\') current.append(java.charAt(++i));
                else if (c == '"') inString = false;
                continue;
            }
            if (c == '"') inString = true;
            if (c == '(' || c == '[' || c == '{') depth++;
            if (c == ')' || c == ']' || c == '}') {
                if (depth == 0) {
                    args.add(current.toString());
                    return args;
                }
                depth--;
            }
            if (c == ',' && depth == 0) {
                args.add(current.toString());
                current.setLength(0);
                continue;
            }
            current.append(c);
        }
        return args;
    }

    @Test
    void everyEmittedCodeIsARuleWithItsSeverity() throws IOException {
        Map<String, Set<Diagnostic.Severity>> emitted = emitted();
        assertTrue(emitted.size() > 30, "the scan finds the codes: " + emitted.keySet());
        List<String> problems = new ArrayList<>();
        emitted.forEach((code, severities) -> Rules.of(code).ifPresentOrElse(
                rule -> {
                    if (!rule.severities().equals(severities)) {
                        problems.add(code + ": emitted as " + severities + ", listed as " + rule.severities());
                    }
                },
                () -> problems.add(code + ": emitted but not in Rules.ALL")));
        for (Rules.Rule rule : Rules.ALL) {
            if (!emitted.containsKey(rule.code())) problems.add(rule.code() + ": in Rules.ALL but never emitted");
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void everyCodeTheCorpusExpectsIsARule() throws IOException {
        Set<String> expected = new TreeSet<>();
        Pattern code = Pattern.compile("\\[([a-z0-9-]+)]$");
        try (Stream<Path> files = Files.walk(Fixtures.repo().resolve("generator/src/test/resources/corpus"))) {
            for (Path f : files.filter(p -> p.getFileName().toString().equals("expected")).toList()) {
                for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                    Matcher m = code.matcher(line);
                    if (m.find()) expected.add(m.group(1));
                }
            }
        }
        assertTrue(expected.size() > 20, expected.toString());
        assertEquals(Set.of(), expected.stream().filter(c -> Rules.of(c).isEmpty()).collect(Collectors.toSet()));
    }

    @Test
    void codesAreUniqueAndSummariesAreSentences() {
        assertEquals(Rules.ALL.size(), Rules.ALL.stream().map(Rules.Rule::code).distinct().count());
        for (Rules.Rule r : Rules.ALL) {
            assertTrue(r.summary().endsWith(".") && !r.summary().contains("|"), r.code() + ": " + r.summary());
        }
    }

    @Test
    void theDocumentationTableIsTheList() throws IOException {
        Path doc = Fixtures.repo().resolve(Rules.DOCUMENT);
        Map<String, String> rows = new LinkedHashMap<>();
        for (String line : Files.readAllLines(doc, StandardCharsets.UTF_8)) {
            if (!line.startsWith("| <a id=")) continue;
            Matcher m = DOC_ROW.matcher(line);
            if (!m.matches() || !m.group(1).equals(m.group(2))) fail("malformed row in " + doc + ": " + line);
            rows.put(m.group(1), m.group(3) + " | " + m.group(4));
        }
        Map<String, String> listed = new LinkedHashMap<>();
        for (Rules.Rule r : Rules.ALL) listed.put(r.code(), severities(r) + " | " + r.summary());
        assertEquals(listed, rows, Rules.DOCUMENT + " lists every rule of Rules.ALL, in its order, with its words");
    }

    /** "error", "warning" or "warning, error" as the documentation writes it. */
    static String severities(Rules.Rule r) {
        return r.severities().size() == 2 ? "warning, error" : r.severity().label();
    }
}
