package org.bulwark.model;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The id rules of SPEC §3. Control and requirement ids are written as real standards write them
 * ({@code IAM-01}, {@code OSPS-AC-01.01}, {@code PO.1.1}, {@code AC-2(1)}, {@code a}); every other
 * id is a lower-case slug. Ids become URL path segments and anchors, hence the small alphabet.
 */
public final class Ids {
    /** A date as the content writes it: ISO 8601, {@code 2026-05-01}. */
    public static final Pattern ISO_DATE = Pattern.compile("\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])");

    private Ids() {}

    /** Control ids, aliases and requirement ids: letters, digits and {@code - . _ ( )}, 1-64 long. */
    public static final Pattern CONTROL = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._()-]{0,63}");

    /** Area, topic, service, page, layer, framework and evidence ids. */
    public static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    /** What {@link #CONTROL} asks for, in words, for diagnostics. */
    public static final String CONTROL_RULE = "1-64 letters, digits and - . _ ( ), starting with a letter or digit "
            + "(like IAM-01, OSPS-AC-01.01, PO.1.1, AC-2(1))";

    /** What {@link #SLUG} asks for, in words. */
    public static final String SLUG_RULE = "lower-case words joined by hyphens ([a-z0-9]+(-[a-z0-9]+)*)";

    /** The longest framework identifier (a reference as the framework publishes it). */
    public static final int MAX_IDENTIFIER = 200;

    /**
     * Two ids that differ only in case share a folder on case-insensitive file systems: the key
     * under which they collide.
     */
    public static String caseKey(String id) {
        return id.toLowerCase(Locale.ROOT);
    }

    /**
     * A control or requirement id as an OSCAL token, the way NIST writes its own: lower case, a
     * parenthesised enhancement as a dotted one ({@code AC-2(1)} -> {@code ac-2.1}), and a leading
     * '_' where the id starts with a digit (tokens start with a letter or '_').
     */
    public static String oscalToken(String id) {
        StringBuilder sb = new StringBuilder(id.length() + 1);
        if (!id.isEmpty() && Character.isDigit(id.charAt(0))) sb.append('_');
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (c == '(') sb.append('.');
            else if (c != ')') sb.append(Character.toLowerCase(c));
        }
        return sb.toString();
    }

    /**
     * Why a framework identifier cannot be used, or null: identifiers are free text as the
     * framework publishes them ({@code Claim 1.4.2}), on one line, 1-200 characters.
     */
    public static String identifierProblem(String s) {
        if (s.isBlank()) return "is empty";
        if (s.length() > MAX_IDENTIFIER) return "is " + s.length() + " characters long; at most " + MAX_IDENTIFIER;
        if (!s.equals(s.strip())) return "starts or ends with a space";
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                return "holds a line break or control character; an identifier is one line of text";
            }
        }
        return null;
    }
}
