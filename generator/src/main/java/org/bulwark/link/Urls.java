package org.bulwark.link;

/** The stable URL scheme of SPEC §4, as paths relative to the site root (directory URLs). */
public final class Urls {
    /**
     * Placeholder for a page's way back to the site root in rendered links ({@code
     * {{root}}controls/IAM-01/}): fragments are rendered once and shown on pages at any depth.
     */
    public static final String ROOT = "{{root}}";

    private Urls() {}

    public static String home() { return ""; }
    public static String controls() { return "controls/"; }
    public static String control(String id) { return "controls/" + id + "/"; }
    public static String areas() { return "areas/"; }
    public static String area(String id) { return "areas/" + id + "/"; }
    public static String services() { return "services/"; }
    public static String service(String id) { return "services/" + id + "/"; }
    public static String baseline() { return "baseline/"; }
    public static String frameworks() { return "frameworks/"; }
    public static String framework(String id) { return "frameworks/" + id + "/"; }
    /** The page of one cited identifier: {@code frameworks/nist-800-53/AC-2(1)/}. */
    public static String identifier(String frameworkId, String identifier) {
        return framework(frameworkId) + identifierSegment(identifier) + "/";
    }

    /**
     * An identifier as a path segment: itself when it is made of letters, digits and
     * {@code - . _ ( )} (AC-2(1), 1.10, IAM.1, SEC01-BP01), so the URL reads as the identifier;
     * any other character (and a leading or trailing dot, which file systems treat specially)
     * as {@code ~} and the hex of its UTF-8 bytes, as is the dot of {@code index.html}, which
     * would be the framework page's own file. One identifier, one segment, whatever else
     * the framework holds, so the URL never moves; and no segment climbs a level or hides.
     */
    public static String identifierSegment(String identifier) {
        StringBuilder sb = new StringBuilder(identifier.length() + 8);
        byte[] bytes = identifier.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        for (int i = 0; i < bytes.length; i++) {
            int b = bytes[i] & 0xff;
            boolean plain = (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9')
                    || b == '-' || b == '_' || b == '(' || b == ')'
                    || (b == '.' && i > 0 && i < bytes.length - 1 && !identifier.equalsIgnoreCase("index.html"));
            if (plain) sb.append((char) b);
            else sb.append('~').append(Character.toUpperCase(Character.forDigit(b >> 4, 16)))
                    .append(Character.toUpperCase(Character.forDigit(b & 15, 16)));
        }
        return sb.length() == 0 ? "~" : sb.toString();
    }

    public static String page(String id) { return "pages/" + id + "/"; }
    /** What applies to a workload; its selection is the address's fragment ({@code #services=lambda,s3&level=standard}). */
    public static String workload() { return "workload/"; }
    /** The whole standard as one document for print or PDF. */
    public static String print() { return "print/"; }
    /** Every verification ref (Config rules, Security Hub controls, ...) with the controls using it. */
    public static String verification() { return "verification/"; }
    /** The page of the controls verifying with one ref, when too many to list in the index: {@code verification/aws-config/iam-user-mfa-enabled/}. */
    public static String verificationRef(String method, String ref) {
        return verification() + method + "/" + identifierSegment(ref) + "/";
    }
    public static String glossary() { return "glossary/"; }
    public static String search() { return "search/"; }
    /** Every release; a frozen release's own pages and files live under {@link #release}. */
    public static String releases() { return "releases/"; }
    public static String release(String version) { return "releases/" + version + "/"; }
    /** What changed in each release; {@code #<version>} per release, {@code #unreleased} since the latest. */
    public static String changes() { return "changes/"; }

    /**
     * Whether a frozen release has its own copy of a site path ({@code controls/IAM-01/#req-a}):
     * its home, catalogue, control and area pages, baseline checklist and {@code controls.json}
     * (SPEC §4). Under {@link #release} such a path names the release's copy; every other path
     * (services, frameworks, glossary, free pages, search, the theme's assets) is the current site's.
     */
    public static boolean frozen(String path) {
        return path.isEmpty() || path.startsWith("#") || path.equals("index.html") || path.startsWith("index.html#")
                || path.startsWith(controls()) || path.startsWith(areas()) || path.startsWith(baseline())
                || path.equals("controls.json");
    }

    /** The prefix that leads from a page at {@code url} back to the root ("../../"). */
    public static String rootFrom(String url) {
        int depth = 0;
        for (int i = 0; i < url.length(); i++) if (url.charAt(i) == '/') depth++;
        return "../".repeat(depth);
    }

    /** The file a directory URL is written to. */
    public static String file(String url) {
        return url.isEmpty() || url.endsWith("/") ? url + "index.html" : url;
    }
}
