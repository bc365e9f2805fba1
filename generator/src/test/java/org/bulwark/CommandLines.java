package org.bulwark;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bulwark.cli.Main;
import picocli.CommandLine;

/**
 * Bulwark command lines as documentation and CI files write them: split into words the way a
 * shell does, and parsed with the real command line, so a renamed option fails a test.
 */
public final class CommandLines {
    private CommandLines() {}

    /** The commands of a script: one per line, backslash continuations joined, comments dropped. */
    public static List<String> lines(String script) {
        List<String> out = new ArrayList<>();
        for (String line : script.replace("\\\n", " ").split("\n")) {
            String s = line.strip();
            if (s.startsWith("$ ")) s = s.substring(2);
            if (!s.isEmpty() && !s.startsWith("#")) out.add(s);
        }
        return out;
    }

    /**
     * The words of a shell command, quotes removed, up to a redirection, pipe, list operator or
     * comment; {@code ${{ ... }}} workflow expressions stand for a URL.
     */
    public static List<String> words(String command) {
        String line = command.replaceAll("\\$\\{\\{[^}]*}}", "https://example.org/standard");
        List<String> out = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean inWord = false;
        char quote = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote != 0) {
                if (c == quote) quote = 0;
                else word.append(c);
                continue;
            }
            if (c == '\'' || c == '"') {
                quote = c;
                inWord = true;
            } else if (Character.isWhitespace(c)) {
                if (inWord) out.add(word.toString());
                word.setLength(0);
                inWord = false;
            } else if (c == '>' || c == '|' || c == ';' || c == '&' || (c == '#' && !inWord)) {
                break;
            } else {
                word.append(c);
                inWord = true;
            }
        }
        if (inWord) out.add(word.toString());
        return out;
    }

    /** The arguments after {@code java -jar .../bulwark.jar} or {@code bulwark}, if the words run Bulwark. */
    public static Optional<List<String>> bulwarkArguments(List<String> words) {
        int start = 0;
        while (start < words.size() && words.get(start).matches("[A-Z_]+=.*")) start++; // VAR=value bulwark ...
        List<String> w = words.subList(start, words.size());
        if (w.size() >= 3 && w.get(0).equals("java") && w.get(1).equals("-jar") && w.get(2).endsWith("bulwark.jar")) {
            return Optional.of(w.subList(3, w.size()));
        }
        if (!w.isEmpty() && (w.get(0).equals("bulwark") || w.get(0).endsWith("/bin/bulwark"))) {
            return Optional.of(w.subList(1, w.size()));
        }
        return Optional.empty();
    }

    /** Parses {@code args} with the real command line; the message of the failure, if any. */
    public static Optional<String> parseError(List<String> args) {
        try {
            new CommandLine(new Main()).parseArgs(args.toArray(String[]::new));
            return Optional.empty();
        } catch (CommandLine.ParameterException e) {
            return Optional.of(e.getMessage());
        }
    }

    /** The command line's model: its subcommands and their options. */
    public static CommandLine.Model.CommandSpec spec() {
        return new CommandLine(new Main()).getCommandSpec();
    }
}
