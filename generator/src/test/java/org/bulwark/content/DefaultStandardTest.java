package org.bulwark.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.bulwark.Cli;
import org.bulwark.Sites;
import org.bulwark.diag.Diagnostics;
import org.bulwark.link.Index;
import org.bulwark.model.Control;
import org.bulwark.model.Responsibility;
import org.bulwark.model.Service;
import org.bulwark.model.Status;
import org.bulwark.site.SiteBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The default standard in content/ stays a real, complete standard (issue 3's bar). */
class DefaultStandardTest {
    static Index index;
    static List<Control> active;

    @BeforeAll
    static void load() {
        Diagnostics d = new Diagnostics();
        index = SiteBuilder.load(Sites.defaultContent(), false, d).orElseThrow().index();
        assertEquals(0, d.errorCount() + d.warningCount(), d.sorted().toString());
        active = index.content().controls().stream().filter(c -> c.status() == Status.ACTIVE).toList();
    }

    @Test
    void checkStrictPassesWithNoWarning() {
        Cli run = Cli.run("check", "--strict", "--content", Sites.defaultContent().toString());
        assertEquals(0, run.exitCode(), run.all());
        assertTrue(run.out().contains("0 errors, 0 warnings"), run.out());
    }

    @Test
    void sevenAreasWithAtLeastFiveActiveControlsEach() {
        assertEquals(List.of("security-foundations", "identity-and-access-management", "detection",
                "infrastructure-protection", "data-protection", "incident-response", "application-security"),
                index.content().areas().stream().map(a -> a.id()).toList());
        Map<String, Long> perArea = active.stream().collect(Collectors.groupingBy(c -> c.area().id(), TreeMap::new,
                Collectors.counting()));
        perArea.forEach((area, n) -> assertTrue(n >= 5, area + " has " + n));
        assertTrue(active.size() >= 60, "active controls: " + active.size());
        index.content().areas().forEach(a -> assertTrue(a.topics().size() >= 2 && a.body().text().length() > 1500,
                a.id() + " teaches"));
    }

    @Test
    void aBaselineOfAtLeastTwentyControlsOverSixAreas() {
        List<Control> baseline = active.stream().filter(Control::isBaseline).toList();
        assertTrue(baseline.size() >= 20, "baseline: " + baseline.size());
        assertTrue(baseline.stream().map(c -> c.area().id()).distinct().count() >= 6);
        for (Control c : baseline) {
            assertTrue(cites(c, "cis-aws") || cites(c, "aws-fsbp"), c.id() + " cites CIS or Security Hub");
        }
    }

    @Test
    void everyActiveControlIsComplete() {
        List<String> gaps = new ArrayList<>();
        for (Control c : active) {
            String s = c.statement().text();
            if (!s.contains("MUST") && !s.contains("SHOULD")) gaps.add(c.id() + " statement not normative");
            if (c.rationale().isBlank()) gaps.add(c.id() + " rationale");
            if (c.verification().isEmpty()) gaps.add(c.id() + " verification");
            if (c.evidence().isEmpty()) gaps.add(c.id() + " evidence");
            if (!cites(c, "nist-800-53")) gaps.add(c.id() + " NIST");
            if (!cites(c, "aws-wa")) gaps.add(c.id() + " Well-Architected");
            if (c.severity().isEmpty() || c.responsibility().isEmpty()) gaps.add(c.id() + " severity/responsibility");
        }
        assertEquals(List.of(), gaps);
    }

    @Test
    void atLeastTwentyServicesEachWithThreeControlsAndTheRightOsSplit() {
        List<Service> services = index.content().services();
        assertTrue(services.size() >= 20);
        for (String required : List.of("ec2", "appstream", "workspaces", "ecs", "eks", "lightsail", "elastic-beanstalk",
                "rds", "dynamodb", "lambda", "cloudfront", "waf", "fsx", "efs", "s3", "iam", "kms", "cloudtrail", "vpc",
                "guardduty")) {
            assertTrue(index.service(required).isPresent(), required);
            long applicable = active.stream().filter(c -> c.services().stream()
                    .anyMatch(a -> a.service().id().equals(required))).count();
            assertTrue(applicable >= 3, required + " has " + applicable + " controls");
        }
        for (String customerPatches : List.of("ec2", "workspaces", "appstream")) {
            assertEquals(Responsibility.CUSTOMER, osOwner(customerPatches), customerPatches);
        }
        for (String awsPatches : List.of("lambda", "rds", "dynamodb", "s3", "efs")) {
            assertEquals(Responsibility.PROVIDER, osOwner(awsPatches), awsPatches);
        }
        for (String depends : List.of("ecs", "eks", "elastic-beanstalk")) {
            assertEquals(Responsibility.SHARED, osOwner(depends), depends + " depends on configuration");
        }
        assertTrue(index.content().standard().layers().stream()
                .anyMatch(l -> l.title().toLowerCase(Locale.ROOT).contains("operating system")));
    }

    @Test
    void pagesAndGlossaryTeach() {
        Set<String> pages = index.pageIds();
        assertTrue(pages.containsAll(List.of("start-here", "shared-responsibility", "governance-and-compliance",
                "citing-controls")), pages.toString());
        assertTrue(index.page("start-here").orElseThrow().next().isPresent(), "a reading path starts here");
        assertTrue(index.content().glossary().size() >= 15);
        for (String term : List.of("shared responsibility", "least privilege", "governance", "compliance", "MFA",
                "encryption at rest", "encryption in transit", "data classification", "incident response",
                "detective control")) {
            assertTrue(index.term(term).isPresent(), term);
        }
    }

    private static Responsibility osOwner(String service) {
        return index.service(service).orElseThrow().responsibilities().stream()
                .filter(r -> r.layer().id().equals("operating-system")).findFirst().orElseThrow().owner();
    }

    private static boolean cites(Control c, String framework) {
        return c.references().stream()
                .anyMatch(r -> r.framework().id().equals(framework) && !r.identifiers().isEmpty());
    }
}
