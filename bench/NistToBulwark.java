import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Converts the NIST SP 800-53 Rev. 5 OSCAL catalog into a Bulwark content folder (SPEC section 3):
 * the real-world case of the benchmark.
 *
 * <pre>java -cp CLASSES:generator/target/bulwark.jar NistToBulwark OUT_DIR [CATALOG_JSON]</pre> (CLASSES: bench/*.java compiled)
 *
 * Each control and enhancement becomes one control (ac-2 -> AC-2, ac-2.1 -> AC-2-1); the
 * statement is the OSCAL statement with its items flattened into Markdown lists and parameters
 * replaced by "[Assignment: label]" or "[Selection: a; b]"; guidance is the OSCAL guidance; the
 * 20 families map onto the seven Well-Architected areas and become the areas' topics. Withdrawn
 * controls keep status withdrawn and, when OSCAL names a single successor (incorporated-into or
 * moved-to), superseded_by. The level comes from the NIST baselines next to the catalog when
 * present: LOW -> baseline, MODERATE -> standard, others -> advanced. Jackson comes from the
 * shaded bulwark jar (or any jackson-databind on the class path).
 */
public final class NistToBulwark {

    static final String DEFAULT_CATALOG = "/work/shared/reference/oscal/NIST_SP-800-53_rev5.0.1_catalog.json";

    /** Family -> area. Families are the areas' topics. */
    static final Map<String, String> FAMILY_AREA = new LinkedHashMap<>();

    static {
        FAMILY_AREA.put("ac", "identity-and-access-management");
        FAMILY_AREA.put("at", "security-foundations");
        FAMILY_AREA.put("au", "detection");
        FAMILY_AREA.put("ca", "security-foundations");
        FAMILY_AREA.put("cm", "infrastructure-protection");
        FAMILY_AREA.put("cp", "incident-response");
        FAMILY_AREA.put("ia", "identity-and-access-management");
        FAMILY_AREA.put("ir", "incident-response");
        FAMILY_AREA.put("ma", "infrastructure-protection");
        FAMILY_AREA.put("mp", "data-protection");
        FAMILY_AREA.put("pe", "infrastructure-protection");
        FAMILY_AREA.put("pl", "security-foundations");
        FAMILY_AREA.put("pm", "security-foundations");
        FAMILY_AREA.put("ps", "security-foundations");
        FAMILY_AREA.put("pt", "data-protection");
        FAMILY_AREA.put("ra", "security-foundations");
        FAMILY_AREA.put("sa", "application-security");
        FAMILY_AREA.put("sc", "infrastructure-protection");
        FAMILY_AREA.put("si", "detection");
        FAMILY_AREA.put("sr", "application-security");
    }

    static final String[][] AREAS = {
            {"security-foundations", "Security foundations", "Operate the workload securely: governance, planning, risk and people.", "SEC01"},
            {"identity-and-access-management", "Identity and access management", "Who can access a system, and how.", "SEC02,SEC03"},
            {"detection", "Detection", "Audit, monitoring and system integrity.", "SEC04"},
            {"infrastructure-protection", "Infrastructure protection", "Configuration, maintenance, physical and communications protection.", "SEC05,SEC06"},
            {"data-protection", "Data protection", "Media protection and the processing of personal data.", "SEC07,SEC08,SEC09"},
            {"incident-response", "Incident response", "Contingency planning and incident handling.", "SEC10"},
            {"application-security", "Application security", "Acquisition, development and the supply chain.", "SEC11"}};

    static final String[][] LAYERS = {
            {"physical", "Physical facilities and hardware"},
            {"virtualization", "Host infrastructure and virtualization"},
            {"operating-system", "Guest operating system and patching"},
            {"platform", "Platform and runtime"},
            {"application", "Application code and dependencies"},
            {"network", "Network configuration and firewalls"},
            {"identity", "Identity and access"},
            {"data", "Customer data"},
            {"encryption", "Encryption and keys"},
            {"logging", "Logging and monitoring"}};

    static final String[][] FRAMEWORKS = {
            {"nist-800-53", "NIST SP 800-53 Rev. 5"},
            {"cis-aws", "CIS AWS Foundations Benchmark v3.0.0"},
            {"aws-fsbp", "AWS Foundational Security Best Practices (Security Hub controls)"},
            {"aws-wa", "AWS Well-Architected Framework, Security pillar"}};

    static final String[][] SERVICES = {
            {"ec2", "Amazon EC2", "infrastructure"},
            {"s3", "Amazon S3", "abstracted"},
            {"iam", "AWS Identity and Access Management", "abstracted"},
            {"rds", "Amazon RDS", "container"},
            {"kms", "AWS Key Management Service", "abstracted"},
            {"cloudtrail", "AWS CloudTrail", "abstracted"}};

    static final Pattern INTERNAL_LINK = Pattern.compile("\\[([^\\]]*)\\]\\(#([^)\\s]+)\\)");

    static final Pattern PARAM = Pattern.compile("\\{\\{\\s*insert:\\s*param,\\s*([^\\s}]+)\\s*\\}\\}");

    record Family(String id, String title, String topicId, String area) {}

    record Converted(String id, Family family, JsonNode node, boolean withdrawn) {}

    final Map<String, JsonNode> params = new HashMap<>();
    /** Back-matter resource uuid -> its first link. */
    final Map<String, String> resources = new HashMap<>();
    final Map<String, Converted> byOscalId = new TreeMap<>();
    final List<Family> families = new ArrayList<>();
    final Set<String> low = new HashSet<>();
    final Set<String> moderate = new HashSet<>();

    public static void main(String[] args) throws IOException {
        if (args.length < 1 || args.length > 2) {
            System.err.println("usage: java -cp CLASSES:generator/target/bulwark.jar NistToBulwark OUT_DIR [CATALOG_JSON]");
            System.exit(2);
        }
        Path out = Path.of(args[0]);
        Path catalog = Path.of(args.length == 2 ? args[1] : DEFAULT_CATALOG);
        NistToBulwark c = new NistToBulwark();
        c.read(catalog);
        BenchFiles.replaceFolder(out, "standard.yaml");
        int n = c.write(out);
        System.out.println("wrote " + n + " controls (" + c.families.size() + " families) to " + out);
    }

    void read(Path catalog) throws IOException {
        ObjectMapper json = new ObjectMapper();
        JsonNode root = json.readTree(catalog.toFile()).path("catalog");
        for (JsonNode group : root.path("groups")) {
            String fid = group.path("id").asText();
            String title = group.path("title").asText();
            String area = FAMILY_AREA.get(fid);
            if (area == null) {
                throw new IOException("unknown family " + fid);
            }
            Family f = new Family(fid, title, slug(title), area);
            families.add(f);
            collect(group.path("controls"), f);
        }
        for (JsonNode r : root.path("back-matter").path("resources")) {
            JsonNode href = r.path("rlinks").path(0).path("href");
            if (href.isTextual()) {
                resources.put(r.path("uuid").asText(), href.asText());
            }
        }
        Path dir = catalog.toAbsolutePath().getParent();
        Path lowProfile = dir.resolve("NIST_SP-800-53_rev5_LOW-baseline_profile.json");
        if (Files.exists(lowProfile)) {
            for (JsonNode imp : json.readTree(lowProfile.toFile()).path("profile").path("imports")) {
                for (JsonNode inc : imp.path("include-controls")) {
                    inc.path("with-ids").forEach(id -> low.add(id.asText()));
                }
            }
        }
        Path moderateCatalog = dir.resolve("NIST_SP-800-53_rev5_MODERATE-baseline-resolved-profile_catalog.json");
        if (Files.exists(moderateCatalog)) {
            JsonNode m = json.readTree(moderateCatalog.toFile()).path("catalog");
            for (JsonNode group : m.path("groups")) {
                collectIds(group.path("controls"), moderate);
            }
        }
    }

    void collect(JsonNode controls, Family f) {
        for (JsonNode c : controls) {
            for (JsonNode p : c.path("params")) {
                params.put(p.path("id").asText(), p);
            }
            String oscalId = c.path("id").asText();
            byOscalId.put(oscalId, new Converted(bulwarkId(oscalId), f, c, "withdrawn".equals(prop(c, "status"))));
            collect(c.path("controls"), f);
        }
    }

    static void collectIds(JsonNode controls, Set<String> into) {
        for (JsonNode c : controls) {
            into.add(c.path("id").asText());
            collectIds(c.path("controls"), into);
        }
    }

    static String bulwarkId(String oscalId) {
        return oscalId.toUpperCase(Locale.ROOT).replace('.', '-');
    }

    static String prop(JsonNode node, String name) {
        for (JsonNode p : node.path("props")) {
            if (name.equals(p.path("name").asText())) {
                return p.path("value").asText();
            }
        }
        return null;
    }

    static String slug(String title) {
        return title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    /** The control a link points to: "#ac-2" or a part of it, "#ac-2_smt.k". */
    Converted target(JsonNode link) {
        String href = link.path("href").asText();
        if (!href.startsWith("#")) {
            return null;
        }
        String id = href.substring(1);
        int underscore = id.indexOf('_');
        return byOscalId.get(underscore < 0 ? id : id.substring(0, underscore));
    }

    // ---------------------------------------------------------------------------------------

    int write(Path out) {
        BenchFiles.write(out.resolve("standard.yaml"), standardYaml());
        for (String[] a : AREAS) {
            BenchFiles.write(out.resolve("areas").resolve(a[0] + ".md"), areaMd(a));
        }
        for (String[] s : SERVICES) {
            BenchFiles.write(out.resolve("services").resolve(s[0] + ".yaml"), serviceYaml(s));
        }
        BenchFiles.write(out.resolve("pages").resolve("start-here.md"), "---\ntitle: \"Start here\"\norder: 1\nnav: true\n---\n"
                + "This site publishes NIST SP 800-53 Rev. 5 (5.0.1), converted from the official OSCAL catalog, "
                + "grouped by the areas of the AWS Well-Architected Security pillar. Begin with "
                + "[[area:security-foundations]] and [[area:identity-and-access-management]].\n");
        Yaml g = new Yaml();
        g.rootItem("term", "organization-defined parameter");
        g.scalar(2, "definition", "A value in a control statement that the organisation sets, shown as [Assignment: ...].");
        g.list(2, "aliases", List.of("ODP"));
        g.rootItem("term", "control enhancement");
        g.scalar(2, "definition", "A statement that adds function or strength to a base control, numbered AC-2(1) in NIST.");
        BenchFiles.write(out.resolve("glossary.yaml"), g.toString());
        int n = 0;
        for (Converted c : byOscalId.values().stream().sorted(Comparator.comparing(Converted::id)).toList()) {
            BenchFiles.write(out.resolve("controls").resolve(c.family().id()).resolve(c.id() + ".yaml"), controlYaml(c));
            n++;
        }
        return n;
    }

    String standardYaml() {
        Yaml y = new Yaml();
        y.scalar(0, "id", "nist-sp-800-53-rev5");
        y.scalar(0, "title", "NIST SP 800-53 Rev. 5 (converted from OSCAL)");
        y.scalar(0, "version", "5.0.1");
        y.scalar(0, "owner", "National Institute of Standards and Technology");
        y.raw(0, "effective", "2020-12-10");
        y.scalar(0, "provider", "AWS");
        y.block(0, "summary", "Security and privacy controls for information systems and organizations, NIST Special "
                + "Publication 800-53 Revision 5, converted from the official OSCAL catalog for the Bulwark benchmark. "
                + "Start with [[page:start-here]].");
        y.key(0, "baseline");
        y.scalar(2, "title", "NIST low baseline");
        y.block(2, "intro", "The controls of the NIST SP 800-53B low-impact baseline.");
        y.key(0, "layers");
        for (String[] l : LAYERS) {
            y.item(2, "id", l[0]);
            y.scalar(4, "title", l[1]);
        }
        y.key(0, "frameworks");
        for (String[] f : FRAMEWORKS) {
            y.item(2, "id", f[0]);
            y.scalar(4, "title", f[1]);
        }
        return y.toString();
    }

    String areaMd(String[] a) {
        List<Family> fams = families.stream().filter(f -> f.area().equals(a[0])).toList();
        Yaml y = new Yaml();
        y.scalar(0, "title", a[1]);
        y.raw(0, "order", String.valueOf(List.of(AREAS).indexOf(a) + 1));
        y.scalar(0, "summary", a[2]);
        y.key(0, "topics");
        for (Family f : fams) {
            y.item(2, "id", f.topicId());
            y.scalar(4, "title", f.title() + " (" + f.id().toUpperCase(Locale.ROOT) + ")");
        }
        y.key(0, "references");
        y.list(2, "aws-wa", List.of(a[3].split(",")));
        StringBuilder body = new StringBuilder("This area holds these NIST SP 800-53 control families:\n\n");
        for (Family f : fams) {
            Converted first = byOscalId.get(f.id() + "-1");
            body.append("- ").append(f.title()).append(first == null ? "" : ", starting with [[" + first.id() + "]]")
                    .append("\n");
        }
        return "---\n" + y + "---\n" + body;
    }

    String serviceYaml(String[] s) {
        Yaml y = new Yaml();
        y.scalar(0, "id", s[0]);
        y.scalar(0, "name", s[1]);
        y.scalar(0, "category", s[2]);
        y.block(0, "summary", s[1] + " is an " + s[2] + " service.");
        y.key(0, "responsibilities");
        int providerUpTo = s[2].equals("infrastructure") ? 1 : s[2].equals("container") ? 3 : 4;
        for (int i = 0; i < LAYERS.length; i++) {
            int depth = Math.min(i, 6);
            String owner = depth <= providerUpTo ? "provider" : depth == 6 ? "shared" : "customer";
            y.item(2, "layer", LAYERS[i][0]);
            y.scalar(4, "owner", owner);
        }
        return y.toString();
    }

    String controlYaml(Converted c) {
        JsonNode node = c.node();
        Yaml y = new Yaml();
        y.scalar(0, "id", c.id());
        y.scalar(0, "title", node.path("title").asText());
        y.scalar(0, "area", c.family().area());
        y.scalar(0, "topic", c.family().topicId());
        String oscalId = node.path("id").asText();
        y.scalar(0, "level", low.contains(oscalId) ? "baseline" : moderate.contains(oscalId) ? "standard" : "advanced");
        if (c.withdrawn()) {
            y.scalar(0, "status", "withdrawn");
        }
        String statement = null;
        String guidance = null;
        for (JsonNode part : node.path("parts")) {
            switch (part.path("name").asText()) {
                case "statement" -> statement = flatten(part, 0).strip();
                case "guidance" -> guidance = prose(part).strip();
                default -> { }
            }
        }
        List<String> successors = new ArrayList<>();
        for (JsonNode link : node.path("links")) {
            String rel = link.path("rel").asText();
            if (rel.equals("incorporated-into") || rel.equals("moved-to")) {
                Converted t = target(link);
                if (t != null && !successors.contains(t.id())) {
                    successors.add(t.id());
                }
            }
        }
        if (statement == null || statement.isEmpty()) {
            statement = c.withdrawn()
                    ? "Withdrawn from NIST SP 800-53 Rev. 5" + (successors.isEmpty() ? "." : ": incorporated into "
                    + String.join(", ", successors) + ".")
                    : "(No statement in the catalog.)";
        }
        y.block(0, "statement", statement);
        if (guidance != null && !guidance.isEmpty()) {
            y.block(0, "guidance", guidance);
        }
        String label = prop(node, "label");
        y.key(0, "references");
        y.list(2, "nist-800-53", List.of(label != null ? label : nistLabel(oscalId)));
        if (!c.withdrawn()) {
            // In NIST order (sort-id: ac-02.10 after ac-02.9), each target once.
            TreeMap<String, String> related = new TreeMap<>();
            for (JsonNode link : node.path("links")) {
                if (link.path("rel").asText().equals("related")) {
                    Converted t = target(link);
                    if (t != null && !t.withdrawn() && !t.id().equals(c.id())) {
                        String sortId = prop(t.node(), "sort-id");
                        related.put(sortId != null ? sortId : t.id(), t.id());
                    }
                }
            }
            if (!related.isEmpty()) {
                y.list(0, "related", new ArrayList<>(related.values()));
            }
        }
        if (c.withdrawn() && successors.size() == 1) {
            Converted t = byOscalId.values().stream().filter(x -> x.id().equals(successors.get(0))).findFirst().orElse(null);
            if (t != null && !t.withdrawn()) {
                y.scalar(0, "superseded_by", t.id());
            }
        }
        return y.toString();
    }

    static String nistLabel(String oscalId) {
        String[] p = oscalId.toUpperCase(Locale.ROOT).split("\\.");
        return p.length == 1 ? p[0] : p[0] + "(" + p[1] + ")";
    }

    /** A statement part: its prose, then its items as a nested Markdown list. */
    String flatten(JsonNode part, int depth) {
        StringBuilder b = new StringBuilder();
        String prose = prose(part);
        if (!prose.isEmpty()) {
            b.append(prose).append("\n\n");
        }
        items(part, depth, b);
        return b.toString();
    }

    void items(JsonNode part, int depth, StringBuilder b) {
        for (JsonNode item : part.path("parts")) {
            if (!item.path("name").asText().equals("item")) {
                continue;
            }
            String label = prop(item, "label");
            b.append("  ".repeat(depth)).append("- ");
            if (label != null) {
                b.append("**").append(label).append("** ");
            }
            b.append(prose(item).replace("\n", " ").strip()).append('\n');
            items(item, depth + 1, b);
        }
    }

    String prose(JsonNode part) {
        return internalLinks(substitute(part.path("prose").asText(""), 0));
    }

    /**
     * OSCAL prose links to controls ("[AC-3](#ac-3)", "[AC-16a](#ac-16_smt.a)") and to back-matter
     * resources ("[SP 800-12](#uuid)"). Fragments like these would be broken links in our site:
     * links to published controls become cross-references, links to resources point to the
     * resource's URL, anything else keeps only its text.
     */
    String internalLinks(String text) {
        Matcher m = INTERNAL_LINK.matcher(text);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            String label = m.group(1);
            String fragment = m.group(2);
            int underscore = fragment.indexOf('_');
            Converted c = byOscalId.get(underscore < 0 ? fragment : fragment.substring(0, underscore));
            String replacement;
            if (c != null) {
                replacement = c.withdrawn() ? label : "[[" + c.id() + "]]";
            } else if (resources.containsKey(fragment)) {
                replacement = "[" + label + "](" + resources.get(fragment) + ")";
            } else {
                replacement = label;
            }
            m.appendReplacement(b, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(b);
        return b.toString();
    }

    String substitute(String text, int depth) {
        Matcher m = PARAM.matcher(text);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(b, Matcher.quoteReplacement(param(m.group(1), depth)));
        }
        m.appendTail(b);
        return b.toString();
    }

    String param(String id, int depth) {
        JsonNode p = params.get(id);
        if (p == null || depth > 5) {
            return "[Assignment: organization-defined value]";
        }
        if (p.has("label")) {
            return "[Assignment: " + substitute(p.path("label").asText(), depth + 1) + "]";
        }
        JsonNode select = p.path("select");
        if (!select.isMissingNode()) {
            List<String> choices = new ArrayList<>();
            select.path("choice").forEach(ch -> choices.add(substitute(ch.asText(), depth + 1)));
            String how = select.path("how-many").asText("");
            return "[Selection" + (how.equals("one-or-more") ? " (one or more)" : "") + ": " + String.join("; ", choices) + "]";
        }
        return "[Assignment: organization-defined value]";
    }

    // ---------------------------------------------------------------------------------------
}
