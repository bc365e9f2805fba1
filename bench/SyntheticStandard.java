import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeSet;

/**
 * Writes a synthetic Bulwark content folder (SPEC section 3) for benchmarks.
 *
 * <pre>javac -d CLASSES -cp generator/target/bulwark.jar bench/*.java
 * java -cp CLASSES SyntheticStandard OUT_DIR N SEED [SERVICES]</pre>
 *
 * Deterministic: the same N, SEED and SERVICES give byte-identical files (no clock, one
 * seeded random stream per file, files written in sorted order). Every cross-reference points
 * to something that exists and is published (active controls, services, areas, pages, terms).
 * Not a user command; lives in bench/ only.
 */
public final class SyntheticStandard {

    record Topic(String id, String title) {}

    record Area(String id, String prefix, String title, int order, String summary, List<Topic> topics,
                List<String> waQuestions, int weight, List<String> objects) {}

    record Service(String id, String name, String category) {}

    record Term(String term, String definition, List<String> aliases) {}

    /** What is known about a control before its text is written: enough to reference it. */
    record Stub(int index, String id, Area area, String status, String level) {}

    static final List<Area> AREAS = List.of(
            new Area("security-foundations", "SF", "Security foundations", 1,
                    "Operate the workload securely: accounts, governance and threat models.",
                    List.of(new Topic("account-structure", "Account structure"),
                            new Topic("governance", "Governance and control objectives"),
                            new Topic("threat-modelling", "Threat modelling")),
                    List.of("SEC01"), 12,
                    List.of("AWS accounts", "the root user", "organisational units", "service control policies",
                            "security contacts", "control objectives", "threat models", "account baselines",
                            "landing zone guardrails", "security tooling accounts")),
            new Area("identity-and-access-management", "IAM", "Identity and access management", 2,
                    "Who can access a workload, and how.",
                    List.of(new Topic("human-identities", "Human identities"),
                            new Topic("machine-identities", "Machine identities"),
                            new Topic("permissions-management", "Permissions management")),
                    List.of("SEC02", "SEC03"), 20,
                    List.of("IAM roles", "access keys", "human sign-ins", "permission sets", "IAM policies",
                            "federated identities", "break-glass accounts", "service-linked roles",
                            "permission boundaries", "cross-account trust policies")),
            new Area("detection", "DET", "Detection", 3,
                    "Find unexpected configuration changes and behaviour, and investigate them.",
                    List.of(new Topic("log-collection", "Log collection"),
                            new Topic("threat-detection", "Threat detection"),
                            new Topic("investigation", "Investigation")),
                    List.of("SEC04"), 14,
                    List.of("CloudTrail trails", "VPC flow logs", "GuardDuty findings", "security alerts",
                            "log retention settings", "CloudWatch alarms", "Config recorders", "DNS query logs",
                            "audit logs", "detection rules")),
            new Area("infrastructure-protection", "INF", "Infrastructure protection", 4,
                    "Protect networks and compute from unintended access.",
                    List.of(new Topic("network-protection", "Protecting networks"),
                            new Topic("compute-protection", "Protecting compute")),
                    List.of("SEC05", "SEC06"), 16,
                    List.of("security groups", "network ACLs", "public subnets", "EC2 instances",
                            "container images", "VPC endpoints", "load balancer listeners", "patch baselines",
                            "instance metadata endpoints", "SSH access paths")),
            new Area("data-protection", "DP", "Data protection", 5,
                    "Classify data and protect it at rest and in transit.",
                    List.of(new Topic("data-classification", "Data classification"),
                            new Topic("data-at-rest", "Protecting data at rest"),
                            new Topic("data-in-transit", "Protecting data in transit")),
                    List.of("SEC07", "SEC08", "SEC09"), 18,
                    List.of("S3 buckets", "KMS keys", "EBS volumes", "database snapshots", "TLS certificates",
                            "data classification tags", "backup vaults", "customer managed keys",
                            "object versioning settings", "public access blocks")),
            new Area("incident-response", "IR", "Incident response", 6,
                    "Prepare for, respond to and recover from security incidents.",
                    List.of(new Topic("preparation", "Preparation"),
                            new Topic("simulation", "Simulation and game days"),
                            new Topic("forensics", "Forensics and recovery")),
                    List.of("SEC10"), 10,
                    List.of("incident runbooks", "forensic snapshots", "response playbooks", "on-call rotations",
                            "game days", "isolation procedures", "contact lists", "evidence lockers",
                            "post-incident reviews", "escalation paths")),
            new Area("application-security", "APP", "Application security", 7,
                    "Build security into design, development and deployment.",
                    List.of(new Topic("secure-development", "Secure development"),
                            new Topic("supply-chain", "Software supply chain"),
                            new Topic("security-testing", "Security testing")),
                    List.of("SEC11"), 10,
                    List.of("CI pipelines", "dependency manifests", "code reviews", "secrets in source code",
                            "container builds", "infrastructure templates", "feature threat models",
                            "penetration tests", "software bills of materials", "deployment approvals")));

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

    /** Best practices per Well-Architected security question (SEC01..SEC11). */
    static final int[] WA_PRACTICES = {8, 6, 9, 4, 4, 5, 4, 4, 3, 8, 8};

    static final List<Service> KNOWN_SERVICES = List.of(
            new Service("ec2", "Amazon EC2", "infrastructure"),
            new Service("s3", "Amazon S3", "abstracted"),
            new Service("iam", "AWS Identity and Access Management", "abstracted"),
            new Service("lambda", "AWS Lambda", "abstracted"),
            new Service("rds", "Amazon RDS", "container"),
            new Service("dynamodb", "Amazon DynamoDB", "abstracted"),
            new Service("kms", "AWS Key Management Service", "abstracted"),
            new Service("cloudtrail", "AWS CloudTrail", "abstracted"),
            new Service("vpc", "Amazon VPC", "infrastructure"),
            new Service("eks", "Amazon EKS", "container"),
            new Service("ecs", "Amazon ECS", "container"),
            new Service("cloudwatch", "Amazon CloudWatch", "abstracted"),
            new Service("config", "AWS Config", "abstracted"),
            new Service("guardduty", "Amazon GuardDuty", "abstracted"),
            new Service("security-hub", "AWS Security Hub", "abstracted"),
            new Service("ebs", "Amazon EBS", "infrastructure"),
            new Service("elasticache", "Amazon ElastiCache", "container"),
            new Service("sqs", "Amazon SQS", "abstracted"),
            new Service("sns", "Amazon SNS", "abstracted"),
            new Service("secrets-manager", "AWS Secrets Manager", "abstracted"),
            new Service("api-gateway", "Amazon API Gateway", "abstracted"),
            new Service("cloudfront", "Amazon CloudFront", "abstracted"),
            new Service("route53", "Amazon Route 53", "abstracted"),
            new Service("waf", "AWS WAF", "abstracted"),
            new Service("organizations", "AWS Organizations", "abstracted"),
            new Service("backup", "AWS Backup", "abstracted"),
            new Service("opensearch", "Amazon OpenSearch Service", "container"),
            new Service("redshift", "Amazon Redshift", "container"),
            new Service("ecr", "Amazon ECR", "abstracted"),
            new Service("systems-manager", "AWS Systems Manager", "abstracted"),
            new Service("emr", "Amazon EMR", "container"),
            new Service("elb", "Elastic Load Balancing", "infrastructure"),
            new Service("acm", "AWS Certificate Manager", "abstracted"),
            new Service("macie", "Amazon Macie", "abstracted"),
            new Service("inspector", "Amazon Inspector", "abstracted"),
            new Service("workspaces", "Amazon WorkSpaces", "infrastructure"),
            new Service("kinesis", "Amazon Kinesis Data Streams", "abstracted"),
            new Service("athena", "Amazon Athena", "abstracted"),
            new Service("identity-center", "AWS IAM Identity Center", "abstracted"),
            new Service("beanstalk", "AWS Elastic Beanstalk", "container"));

    static final List<Term> TERMS = List.of(
            new Term("least privilege", "Granting only the permissions needed to perform a task, and no more.", List.of("least-privilege access")),
            new Term("multi-factor authentication", "Sign-in that requires a second factor besides the password, such as a FIDO2 key.", List.of("MFA")),
            new Term("root user", "The identity created with an AWS account that has complete access to all its resources.", List.of()),
            new Term("service control policy", "An AWS Organizations policy that sets the maximum permissions for accounts in an organisational unit.", List.of("SCP")),
            new Term("shared responsibility model", "The split of security duties between the cloud provider (security *of* the cloud) and the customer (security *in* the cloud).", List.of()),
            new Term("landing zone", "A multi-account environment set up with baseline security and governance controls.", List.of()),
            new Term("break-glass access", "Emergency access used only when normal access paths fail, closely monitored.", List.of("break glass")),
            new Term("customer managed key", "A KMS key that the customer creates, owns and controls, including its key policy.", List.of("CMK")),
            new Term("encryption at rest", "Protection of stored data by encryption so that the storage medium alone does not reveal it.", List.of()),
            new Term("encryption in transit", "Protection of data moving between systems, usually with TLS 1.2 or later.", List.of()),
            new Term("data classification", "Assigning each data set a sensitivity level that decides how it must be handled.", List.of()),
            new Term("security finding", "A record of a potential security issue produced by a detection service.", List.of("finding")),
            new Term("guardrail", "A preventive or detective control applied to many accounts at once.", List.of()),
            new Term("permission boundary", "An IAM feature that caps the permissions an identity-based policy can grant.", List.of()),
            new Term("temporary credentials", "Short-lived credentials issued by AWS STS that expire automatically.", List.of()),
            new Term("infrastructure as code", "Defining cloud resources in version-controlled templates that are reviewed and deployed by pipelines.", List.of("IaC")),
            new Term("immutable infrastructure", "Replacing rather than modifying servers so that every instance matches a reviewed image.", List.of()),
            new Term("incident runbook", "A step-by-step procedure for handling a known type of security event.", List.of("runbook")),
            new Term("forensic capture", "Preserving the state of a compromised resource for later analysis without altering it.", List.of()),
            new Term("software bill of materials", "An inventory of the components and versions that make up a piece of software.", List.of("SBOM")),
            new Term("threat model", "A structured description of what can go wrong in a system and how it is mitigated.", List.of()),
            new Term("blast radius", "The extent of the damage a single failure or compromise can cause.", List.of()),
            new Term("detective control", "A control that finds an unwanted state or event after it happens.", List.of()),
            new Term("preventive control", "A control that stops an unwanted state or event from happening.", List.of()),
            new Term("workload", "A set of components that together deliver business value, such as an application and its data.", List.of()));

    static final String[] VERBS = {"enforce", "require", "restrict", "monitor", "review", "protect", "encrypt",
            "inventory", "automate checks on", "limit access to", "harden", "centrally manage", "log changes to",
            "periodically validate", "tag and track"};
    static final String[] QUALIFIERS = {"in every production account", "across all Regions",
            "for workloads handling confidential data", "before go-live", "at least every 90 days",
            "in the organisation's landing zone", "for internet-facing workloads", "in shared services accounts",
            "for every new workload", "in all environments"};
    static final String[] ACTORS = {"Workload teams", "Account owners", "The platform team", "Service owners",
            "Application teams", "Every workload"};
    static final String[] OWNERS = {"Identity team", "Platform team", "Security Engineering", "Detection and Response",
            "Cloud Center of Excellence", "Data Governance", "Application Security"};
    static final String[] SEVERITIES = {"critical", "high", "high", "medium", "medium", "medium", "low"};
    static final String[] NIST = {"AC-2", "AC-3", "AC-5", "AC-6", "AC-6(1)", "AC-6(9)", "AC-17", "AU-2", "AU-3",
            "AU-6", "AU-9", "AU-11", "AU-12", "CA-7", "CM-2", "CM-6", "CM-7", "CM-8", "CP-9", "CP-10", "IA-2",
            "IA-2(1)", "IA-2(2)", "IA-4", "IA-5", "IA-5(1)", "IR-4", "IR-5", "IR-6", "IR-8", "PL-8", "PM-5", "RA-3",
            "RA-5", "SA-8", "SA-11", "SA-15", "SC-7", "SC-8", "SC-12", "SC-13", "SC-28", "SI-2", "SI-3", "SI-4",
            "SI-7", "SR-3", "SR-11"};
    static final String[] CIS = {"1.1", "1.2", "1.4", "1.5", "1.6", "1.8", "1.9", "1.10", "1.12", "1.14", "1.16",
            "1.17", "1.20", "2.1.1", "2.1.4", "2.2.1", "2.3.1", "3.1", "3.2", "3.3", "3.4", "3.5", "3.7", "4.1",
            "4.3", "4.16", "5.1", "5.2", "5.3", "5.6"};
    static final String[] FSBP = {"IAM.1", "IAM.3", "IAM.4", "IAM.6", "IAM.9", "S3.1", "S3.5", "S3.8", "EC2.2",
            "EC2.7", "EC2.8", "EC2.19", "CloudTrail.1", "CloudTrail.2", "KMS.3", "KMS.4", "RDS.3", "RDS.2",
            "GuardDuty.1", "Config.1", "Lambda.1", "ECR.1", "ELB.1", "SecretsManager.1"};
    static final String[] CONFIG_RULES = {"iam-user-mfa-enabled", "root-account-mfa-enabled", "access-keys-rotated",
            "s3-bucket-server-side-encryption-enabled", "s3-bucket-public-read-prohibited", "cloudtrail-enabled",
            "encrypted-volumes", "restricted-ssh", "rds-storage-encrypted", "vpc-flow-logs-enabled",
            "guardduty-enabled-centralized", "cmk-backing-key-rotation-enabled", "ec2-imdsv2-check",
            "iam-policy-no-statements-with-admin-access", "securityhub-enabled"};
    static final String[] CLI = {"aws iam generate-credential-report", "aws s3api get-bucket-encryption --bucket BUCKET",
            "aws cloudtrail describe-trails", "aws ec2 describe-security-groups", "aws kms get-key-rotation-status --key-id KEY",
            "aws guardduty list-detectors", "aws configservice describe-configuration-recorders",
            "aws organizations list-policies --filter SERVICE_CONTROL_POLICY"};
    static final String[] INSPECTOR = {"ec2-package-vulnerability", "ecr-image-scan", "lambda-code-scan",
            "network-reachability"};
    static final String[] MANUAL = {"quarterly-access-review", "annual-tabletop-exercise", "architecture-review",
            "runbook-walkthrough", "change-advisory-board"};

    // ---------------------------------------------------------------------------------------

    final Path out;
    final int n;
    final long seed;
    final List<Service> services = new ArrayList<>();
    final List<Stub> stubs = new ArrayList<>();
    final Map<Area, List<Stub>> activeByArea = new LinkedHashMap<>();
    final List<Stub> active = new ArrayList<>();

    SyntheticStandard(Path out, int n, long seed, int serviceCount) {
        this.out = out;
        this.n = n;
        this.seed = seed;
        for (int i = 0; i < serviceCount; i++) {
            if (i < KNOWN_SERVICES.size()) {
                services.add(KNOWN_SERVICES.get(i));
            } else {
                String[] cats = {"infrastructure", "container", "abstracted"};
                services.add(new Service("internal-service-" + (i + 1), "Internal service " + (i + 1), cats[i % 3]));
            }
        }
        planControls();
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 3 || args.length > 4) {
            System.err.println("usage: java -cp CLASSES SyntheticStandard OUT_DIR N SEED [SERVICES]");
            System.exit(2);
        }
        Path out = Path.of(args[0]);
        int n = Integer.parseInt(args[1]);
        long seed = Long.parseLong(args[2]);
        int s = args.length == 4 ? Integer.parseInt(args[3]) : 30;
        if (n < 20 || s < 3) {
            System.err.println("N must be at least 20 and SERVICES at least 3");
            System.exit(2);
        }
        BenchFiles.replaceFolder(out, "standard.yaml");
        SyntheticStandard g = new SyntheticStandard(out, n, seed, s);
        g.writeAll();
        System.out.println("wrote " + n + " controls, " + s + " services to " + out);
    }

    SplittableRandom rng(String salt, int i) {
        long h = seed * 0x9E3779B97F4A7C15L + salt.hashCode() * 0xBF58476D1CE4E5B9L + i;
        return new SplittableRandom(h);
    }

    /** Distributes N over the areas by weight (largest remainder), then picks status and level. */
    void planControls() {
        int totalWeight = AREAS.stream().mapToInt(Area::weight).sum();
        int[] counts = new int[AREAS.size()];
        int assigned = 0;
        for (int a = 0; a < AREAS.size(); a++) {
            counts[a] = n * AREAS.get(a).weight() / totalWeight;
            assigned += counts[a];
        }
        for (int a = 0; assigned < n; a = (a + 1) % AREAS.size(), assigned++) {
            counts[a]++;
        }
        int width = Math.max(4, String.valueOf(java.util.Arrays.stream(counts).max().orElse(0)).length());
        int k = 0;
        for (int a = 0; a < AREAS.size(); a++) {
            Area area = AREAS.get(a);
            activeByArea.put(area, new ArrayList<>());
            for (int j = 1; j <= counts[a]; j++, k++) {
                SplittableRandom r = rng("plan", k);
                double p = r.nextDouble();
                // About 98% are active; the rest exercise draft, withdrawn and deprecated.
                String status = p < 0.005 ? "draft" : p < 0.010 ? "withdrawn" : p < 0.020 ? "deprecated" : "active";
                String level;
                if (k % 10 == 0) {
                    level = "baseline";
                    if (!status.equals("active")) {
                        status = "active";
                    }
                } else {
                    level = r.nextDouble() < 0.65 ? "standard" : "advanced";
                }
                String id = area.prefix() + "-" + String.format("%0" + width + "d", j);
                Stub stub = new Stub(k, id, area, status, level);
                stubs.add(stub);
                if (status.equals("active")) {
                    activeByArea.get(area).add(stub);
                    active.add(stub);
                }
            }
        }
    }

    // ---------------------------------------------------------------------------------------
    // Writing

    void writeAll() throws IOException {
        BenchFiles.write(out.resolve("standard.yaml"), standardYaml());
        for (Area a : AREAS) {
            BenchFiles.write(out.resolve("areas").resolve(a.id() + ".md"), areaMd(a));
        }
        for (Service s : services.stream().sorted(Comparator.comparing(Service::id)).toList()) {
            BenchFiles.write(out.resolve("services").resolve(s.id() + ".yaml"), serviceYaml(s));
        }
        writePages();
        BenchFiles.write(out.resolve("glossary.yaml"), glossaryYaml());
        for (Stub c : stubs) {
            BenchFiles.write(controlPath(c), controlYaml(c));
        }
    }

    Path controlPath(Stub c) {
        Path dir = out.resolve("controls").resolve(c.area().prefix().toLowerCase());
        String topic = topicOf(c);
        if (topic != null) {
            dir = dir.resolve(topic);
        }
        return dir.resolve(c.id() + ".yaml");
    }

    String standardYaml() {
        Yaml y = new Yaml();
        y.scalar(0, "id", "acme-aws-security-standard");
        y.scalar(0, "title", "ACME AWS Security Standard (synthetic, " + n + " controls)");
        y.scalar(0, "version", "1.0.0");
        y.scalar(0, "owner", "Security Engineering");
        y.raw(0, "effective", "2026-12-01");
        y.scalar(0, "provider", "AWS");
        y.block(0, "summary", "A synthetic security standard with " + n + " controls over the seven areas of the AWS "
                + "Well-Architected Security pillar, generated for benchmarks (seed " + seed + "). Start with the "
                + "[[page:start-here]] reading path and the [[area:security-foundations]] area.");
        y.key(0, "baseline");
        y.scalar(2, "title", "Minimal security baseline");
        y.block(2, "intro", "The controls every AWS account meets before it hosts a workload. Tick each item as you "
                + "verify it; see [[page:using-the-baseline]] for how the checklist is used in reviews.");
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

    String areaMd(Area a) {
        SplittableRandom r = rng("area-" + a.id(), 0);
        Yaml y = new Yaml();
        y.scalar(0, "title", a.title());
        y.raw(0, "order", String.valueOf(a.order()));
        y.scalar(0, "summary", a.summary());
        y.key(0, "topics");
        for (Topic t : a.topics()) {
            y.item(2, "id", t.id());
            y.scalar(4, "title", t.title());
        }
        y.key(0, "references");
        y.list(2, "aws-wa", a.waQuestions());
        StringBuilder body = new StringBuilder();
        body.append("This area groups the controls for ").append(a.title().toLowerCase()).append(". ")
                .append(a.summary()).append(" It builds on [[area:security-foundations]] and applies the principle of ")
                .append("[[term:least privilege]] wherever people or machines touch a workload.\n\n");
        for (Topic t : a.topics()) {
            body.append("## ").append(t.title()).append("\n\n");
            body.append(paragraph(r, a, 3)).append(" Start with ").append(ref(pickActive(r, a, null))).append(" and ")
                    .append(ref(pickActive(r, a, null))).append(".\n\n");
        }
        body.append("Services where this area matters most: [[service:").append(pickService(r).id())
                .append("]] and [[service:").append(pickService(r).id()).append("]].\n");
        return "---\n" + y + "---\n" + body;
    }

    String serviceYaml(Service s) {
        SplittableRandom r = rng("service-" + s.id(), 0);
        Yaml y = new Yaml();
        y.scalar(0, "id", s.id());
        y.scalar(0, "name", s.name());
        y.scalar(0, "category", s.category());
        y.block(0, "summary", s.name() + " is an " + s.category() + " service: AWS operates the layers below the "
                + (s.category().equals("infrastructure") ? "guest operating system" : s.category().equals("container")
                ? "platform" : "API") + ", and the customer secures what it puts on top, under the "
                + "[[term:shared responsibility model]].");
        y.key(0, "responsibilities");
        for (String[] l : LAYERS) {
            String owner = layerOwner(s.category(), l[0], r);
            y.item(2, "layer", l[0]);
            y.scalar(4, "owner", owner);
            if (!owner.equals("provider")) {
                y.scalar(4, "notes", layerNote(s, l, owner));
            }
        }
        Area a = AREAS.get(r.nextInt(AREAS.size()));
        y.block(0, "guidance", "Use " + s.name() + " with the controls of [[area:" + a.id() + "]]; in particular "
                + ref(pickActive(r, a, null)) + " and " + ref(pickActive(r, null, null)) + ".\n\n"
                + paragraph(r, a, 3) + "\n\n" + bulletList(r, a, 3, false, false));
        return y.toString();
    }

    static String layerOwner(String category, String layer, SplittableRandom r) {
        int depth = switch (layer) {
            case "physical" -> 0;
            case "virtualization" -> 1;
            case "operating-system" -> 2;
            case "platform" -> 3;
            case "network" -> 4;
            case "application" -> 5;
            default -> 6; // identity, data, encryption, logging: always at least partly the customer's
        };
        int providerUpTo = switch (category) {
            case "infrastructure" -> 1;
            case "container" -> 3;
            default -> 4;
        };
        if (depth <= providerUpTo) {
            return "provider";
        }
        if (depth == 6) {
            return layer.equals("data") || layer.equals("identity") ? "customer" : "shared";
        }
        return r.nextInt(3) == 0 ? "shared" : "customer";
    }

    static String layerNote(Service s, String[] layer, String owner) {
        return owner.equals("shared")
                ? "AWS provides the " + layer[1].toLowerCase() + " capabilities of " + s.name()
                + "; you configure and review them."
                : "You own " + layer[1].toLowerCase() + " for everything you run on " + s.name() + ".";
    }

    void writePages() {
        String[][] pages = {
                {"start-here", "Start here", "1", "shared-responsibility"},
                {"shared-responsibility", "The shared responsibility model", "2", "using-the-baseline"},
                {"using-the-baseline", "Using the minimal baseline", "3", "exceptions"},
                {"exceptions", "Requesting an exception", "4", ""},
                {"contributing", "Contributing to the standard", "9", ""}};
        for (int i = 0; i < pages.length; i++) {
            String[] p = pages[i];
            SplittableRandom r = rng("page-" + p[0], i);
            Yaml y = new Yaml();
            y.scalar(0, "title", p[1]);
            y.raw(0, "order", p[2]);
            y.raw(0, "nav", p[0].equals("contributing") ? "false" : "true");
            if (!p[3].isEmpty()) {
                y.scalar(0, "next", p[3]);
            }
            StringBuilder body = new StringBuilder();
            Area a = AREAS.get(i % AREAS.size());
            body.append(paragraph(r, a, 4)).append("\n\n");
            body.append("Read [[area:").append(a.id()).append("]] next, and look at how [[service:")
                    .append(pickService(r).id()).append("]] splits the work under the [[term:shared responsibility model]].\n\n");
            body.append("## What to do first\n\n").append(bulletList(r, a, 4, true, true)).append("\n");
            body.append(table(r, a)).append("\n");
            BenchFiles.write(out.resolve("pages").resolve(p[0] + ".md"), "---\n" + y + "---\n" + body);
        }
    }

    String glossaryYaml() {
        Yaml y = new Yaml();
        for (Term t : TERMS.stream().sorted(Comparator.comparing(Term::term)).toList()) {
            y.rootItem("term", t.term());
            y.scalar(2, "definition", t.definition());
            if (!t.aliases().isEmpty()) {
                y.list(2, "aliases", t.aliases());
            }
        }
        return y.toString();
    }

    String topicOf(Stub c) {
        SplittableRandom r = rng("topic", c.index());
        if (r.nextInt(10) == 0) {
            return null;
        }
        return c.area().topics().get(r.nextInt(c.area().topics().size())).id();
    }

    String controlYaml(Stub c) {
        SplittableRandom r = rng("control", c.index());
        Area a = c.area();
        String object = pick(r, a.objects());
        String verb = pick(r, VERBS);
        String qualifier = pick(r, QUALIFIERS);
        String actor = pick(r, ACTORS);
        String title = capitalise(verb) + " " + object + " " + qualifier;

        Yaml y = new Yaml();
        y.scalar(0, "id", c.id());
        y.scalar(0, "title", title);
        y.scalar(0, "area", a.id());
        String topic = topicOf(c);
        if (topic != null) {
            y.scalar(0, "topic", topic);
        }
        y.scalar(0, "level", c.level());
        y.scalar(0, "severity", c.level().equals("baseline") ? pick(r, new String[]{"critical", "high"}) : pick(r, SEVERITIES));
        double resp = r.nextDouble();
        y.scalar(0, "responsibility", resp < 0.6 ? "customer" : resp < 0.95 ? "shared" : "provider");
        if (!c.status().equals("active")) {
            y.scalar(0, "status", c.status());
        }
        y.scalar(0, "owner", pick(r, OWNERS));
        y.raw(0, "reviewed", String.format("2026-%02d-%02d", 1 + r.nextInt(12), 1 + r.nextInt(28)));

        y.block(0, "statement", actor + " MUST " + verb + " " + object + " " + qualifier + ". "
                + "Exceptions MUST be approved by the control owner and recorded with an expiry date, and the "
                + "configuration SHOULD be defined as infrastructure as code.");
        int reqs = 1 + r.nextInt(3);
        y.key(0, "requirements");
        String[] reqTexts = {
                "The configuration MUST be applied by an automated pipeline, not by hand.",
                "Deviations MUST raise a [[term:security finding]] within 24 hours.",
                "Owners MUST review " + object + " at least once a quarter.",
                "The setting MUST be enforced by a [[term:guardrail]] where AWS offers one.",
                "Evidence MUST be retained for at least 13 months."};
        for (int i = 0; i < reqs; i++) {
            y.item(2, "id", String.valueOf((char) ('a' + i)));
            y.scalar(4, "text", reqTexts[(i + r.nextInt(reqTexts.length)) % reqTexts.length]);
        }
        y.block(0, "rationale", rationale(r, object));
        y.block(0, "guidance", guidance(r, c, object));

        List<Service> svc = pickServices(r, 1 + r.nextInt(4));
        y.key(0, "services");
        for (Service s : svc) {
            if (r.nextInt(4) == 0) {
                y.item(2, "id", s.id());
                y.scalar(4, "responsibility", "shared");
                y.scalar(4, "provider", "AWS operates the " + s.name() + " control plane and keeps it patched.");
                y.scalar(4, "customer", "You configure " + object + " for " + s.name() + " and review them regularly.");
            } else {
                y.listItem(2, s.id());
            }
        }
        y.key(0, "verification");
        int ver = 1 + r.nextInt(2);
        for (int i = 0; i < ver; i++) {
            String method = pick(r, new String[]{"aws-config", "aws-config", "security-hub", "aws-cli", "manual", "inspector"});
            String ref = switch (method) {
                case "aws-config" -> pick(r, CONFIG_RULES);
                case "security-hub" -> pick(r, FSBP);
                case "aws-cli" -> pick(r, CLI);
                case "inspector" -> pick(r, INSPECTOR);
                default -> pick(r, MANUAL);
            };
            y.item(2, "method", method);
            y.scalar(4, "ref", ref);
            y.scalar(4, "description", "Confirms that " + object + " are configured as required; a failure is a `"
                    + (c.level().equals("baseline") ? "high" : "medium") + "` finding.");
        }
        y.key(0, "evidence");
        int ev = 1 + r.nextInt(2);
        String[][] evidence = {
                {"config-report", "AWS Config compliance report for the rule above, for every account"},
                {"screenshot", "Console screenshot of the setting, dated, for a sample account"},
                {"policy-document", "The policy document as deployed, from the pipeline's artefact store"},
                {"review-record", "Signed record of the last periodic review with its findings"},
                {"cli-output", "Output of the verification command above, with the account id"}};
        int e0 = r.nextInt(evidence.length);
        for (int i = 0; i < ev; i++) {
            String[] e = evidence[(e0 + i) % evidence.length];
            y.item(2, "id", e[0]);
            y.scalar(4, "description", e[1]);
        }
        y.key(0, "references");
        y.list(2, "nist-800-53", pickSome(r, NIST, 1 + r.nextInt(3)));
        if (r.nextInt(3) > 0) {
            y.list(2, "cis-aws", pickSome(r, CIS, 1 + r.nextInt(2)));
        }
        if (r.nextInt(2) == 0) {
            y.list(2, "aws-fsbp", pickSome(r, FSBP, 1 + r.nextInt(2)));
        }
        y.list(2, "aws-wa", List.of(waPractice(r, a)));
        TreeSet<String> related = new TreeSet<>();
        int rel = 1 + r.nextInt(3);
        for (int i = 0; i < rel; i++) {
            Stub s = pickActive(r, a, c);
            if (s != null) {
                related.add(s.id());
            }
        }
        if (!related.isEmpty()) {
            y.list(0, "related", new ArrayList<>(related));
        }
        if (r.nextInt(50) == 0) {
            y.list(0, "aliases", List.of("OLD-" + c.id()));
        }
        if (c.status().equals("deprecated") || c.status().equals("withdrawn")) {
            Stub successor = pickActive(r, a, c);
            if (successor != null) {
                y.scalar(0, "superseded_by", successor.id());
            }
        }
        return y.toString();
    }

    String rationale(SplittableRandom r, String object) {
        String[] s = {
                "Misconfigured " + object + " are among the most common root causes of cloud security incidents.",
                "Without this control, an attacker who gains a foothold can move laterally and escalate privileges unnoticed.",
                "Auditors treat " + object + " as key evidence that the organisation operates its controls consistently.",
                "Automating the check removes drift between the documented standard and the deployed configuration.",
                "The cost of the control is low compared with the impact of a breach of confidential data.",
                "A smaller [[term:blast radius]] means an incident in one workload does not become an incident in all of them."};
        StringBuilder b = new StringBuilder();
        int count = 2 + r.nextInt(2);
        int start = r.nextInt(s.length);
        for (int i = 0; i < count; i++) {
            b.append(i == 0 ? "" : " ").append(s[(start + i) % s.length]);
        }
        return b.toString();
    }

    String guidance(SplittableRandom r, Stub c, String object) {
        Area a = c.area();
        StringBuilder b = new StringBuilder();
        b.append("Apply this control to ").append(object).append(" through the account baseline rather than workload by ")
                .append("workload. ").append(paragraph(r, a, 2)).append(" It works together with ")
                .append(ref(pickActive(r, a, c))).append(" and is checked on [[service:").append(pickService(r).id())
                .append("]].\n\n");
        b.append(table(r, a)).append("\n");
        b.append("To roll it out:\n\n").append(bulletList(r, a, 3 + r.nextInt(2), true, false)).append("\n");
        b.append(codeBlock(r, object)).append("\n");
        Stub other = pickActive(r, null, c);
        b.append(paragraph(r, a, 2)).append(" For the wider picture read [[area:").append(a.id())
                .append("]] and ").append(ref(other))
                .append("; the term [[term:").append(pick(r, TERMS).term()).append("]] is defined in the glossary.");
        if (r.nextInt(10) == 0 && other != null) {
            b.append(" The exact wording is in [[").append(other.id()).append("#statement]].");
        }
        return b.toString();
    }

    String paragraph(SplittableRandom r, Area a, int sentences) {
        String o1 = pick(r, a.objects());
        String o2 = pick(r, a.objects());
        String[] s = {
                "Treat " + o1 + " as part of the workload's security boundary and review changes to them like code.",
                "Most teams start by inventorying " + o1 + " in every account, then close the gaps one environment at a time.",
                "Prefer preventive controls over detective ones: a denied API call is cheaper than an incident.",
                "Where a managed AWS feature exists, use it instead of building and operating your own mechanism.",
                "Record the owner of " + o2 + " in resource tags so that findings reach the right team quickly.",
                "Expect exceptions during migrations, but give every exception an owner and an expiry date.",
                "Changes to " + o2 + " should flow through the same pipeline as application code, with peer review.",
                "Alert on drift rather than on every event, so that the on-call engineer sees what matters.",
                "Test the control in a sandbox account first; some settings cannot be reverted without downtime.",
                "Document the decision in the workload's threat model so that later reviewers understand it."};
        StringBuilder b = new StringBuilder();
        int start = r.nextInt(s.length);
        for (int i = 0; i < sentences; i++) {
            b.append(i == 0 ? "" : " ").append(s[(start + i * 3) % s.length]);
        }
        return b.toString();
    }

    String table(SplittableRandom r, Area a) {
        StringBuilder b = new StringBuilder("| Setting | Required value | Notes |\n|---|---|---|\n");
        int rows = 3 + r.nextInt(2);
        String[] values = {"`enabled`", "`true`", "at least 90 days", "TLS 1.2 or later", "`deny` by default",
                "every Region", "365 days", "`aws:kms`"};
        for (int i = 0; i < rows; i++) {
            String o = pick(r, a.objects());
            b.append("| ").append(capitalise(o)).append(" | ").append(pick(r, values)).append(" | ")
                    .append(pick(r, new String[]{"Checked daily", "Set by the landing zone", "Exception needs approval",
                            "Applies to production only", "Inherited from the organisation"})).append(" |\n");
        }
        return b.toString();
    }

    String bulletList(SplittableRandom r, Area a, int items, boolean numbered, boolean withRefs) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < items; i++) {
            String o = pick(r, a.objects());
            b.append(i < 2 && numbered ? (i + 1) + ". " : "- ");
            b.append(pick(r, new String[]{"Inventory ", "Enable ", "Review ", "Tag ", "Automate checks on "})).append(o);
            if (withRefs && i == 0) {
                b.append(" on [[service:").append(pickService(r).id()).append("]]");
            }
            b.append(pick(r, new String[]{".", " in every account.", " before the next release.", ", then record the result."}))
                    .append("\n");
            if (i == 1 && numbered) {
                b.append("\n"); // end the numbered part, continue as bullets
            }
        }
        return b.toString();
    }

    String codeBlock(SplittableRandom r, String object) {
        return switch (r.nextInt(3)) {
            case 0 -> "```json\n{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [{\n    \"Sid\": \"DenyUnlessCompliant\",\n"
                    + "    \"Effect\": \"Deny\",\n    \"Action\": \"*\",\n    \"Resource\": \"*\",\n"
                    + "    \"Condition\": {\"Bool\": {\"aws:SecureTransport\": \"false\"}}\n  }]\n}\n```\n";
            case 1 -> "```bash\n# check " + object + " in every Region\nfor region in $(aws ec2 describe-regions --query 'Regions[].RegionName' --output text); do\n"
                    + "  aws configservice describe-compliance-by-config-rule --region \"$region\" \\\n"
                    + "    --compliance-types NON_COMPLIANT --output table\ndone\n```\n";
            default -> "```hcl\nresource \"aws_config_config_rule\" \"check\" {\n  name = \"" + pick(r, CONFIG_RULES) + "\"\n"
                    + "  source {\n    owner             = \"AWS\"\n    source_identifier = \"MANAGED\"\n  }\n}\n```\n";
        };
    }

    String waPractice(SplittableRandom r, Area a) {
        String q = pick(r, a.waQuestions());
        int qn = Integer.parseInt(q.substring(3));
        return q + "-BP" + String.format("%02d", 1 + r.nextInt(WA_PRACTICES[qn - 1]));
    }

    /** An active control, from the area if given, never {@code self}; null if none exists. */
    Stub pickActive(SplittableRandom r, Area area, Stub self) {
        List<Stub> pool = area != null && r.nextInt(3) > 0 && !activeByArea.get(area).isEmpty()
                ? activeByArea.get(area) : active;
        for (int attempt = 0; attempt < 8; attempt++) {
            Stub s = pool.get(r.nextInt(pool.size()));
            if (self == null || !s.id().equals(self.id())) {
                return s;
            }
        }
        return null;
    }

    static String ref(Stub s) {
        return s == null ? "the other controls of this area" : "[[" + s.id() + "]]";
    }

    Service pickService(SplittableRandom r) {
        return services.get(r.nextInt(services.size()));
    }

    List<Service> pickServices(SplittableRandom r, int count) {
        TreeSet<String> ids = new TreeSet<>();
        for (int i = 0; i < count; i++) {
            ids.add(pickService(r).id());
        }
        return services.stream().filter(s -> ids.contains(s.id())).sorted(Comparator.comparing(Service::id)).toList();
    }

    static List<String> pickSome(SplittableRandom r, String[] from, int count) {
        TreeSet<String> s = new TreeSet<>();
        for (int i = 0; i < count; i++) {
            s.add(from[r.nextInt(from.length)]);
        }
        return new ArrayList<>(s);
    }

    static <T> T pick(SplittableRandom r, List<T> from) {
        return from.get(r.nextInt(from.size()));
    }

    static String pick(SplittableRandom r, String[] from) {
        return from[r.nextInt(from.length)];
    }

    static String capitalise(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    // ---------------------------------------------------------------------------------------

}
