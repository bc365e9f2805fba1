package org.bulwark.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes a standard big enough that its area, service and cross-walk pages would each pass
 * 200 KB in one piece: long titles and a long split of responsibility per control, one service
 * that every control names, and identifiers cited by hundreds of controls.
 */
final class LargeStandard {
    static final int IDENTITY = 370;
    static final int DATA = 40;
    /** Cited by every listed control: a cross-walk identifier with a page of several pages. */
    static final String EVERYWHERE = "AC-2(1)";
    /** Cited by 15 controls: listed in its cross-walk row. */
    static final String FEW = "1.10";
    /** Cited by 25 controls: more than a row lists. */
    static final String MANY = "1.9";
    /** Cited by 25 controls, with characters that cannot stand in a URL as they are. */
    static final String ODD = "A/B:1.é.";
    static final String WITHDRAWN = "IAM-0007";

    private LargeStandard() {}

    static Path write(Path dir) throws IOException {
        Files.createDirectories(dir.resolve("areas"));
        Files.createDirectories(dir.resolve("controls"));
        Files.createDirectories(dir.resolve("services"));
        Files.writeString(dir.resolve("standard.yaml"), """
                id: large-standard
                title: Large Standard
                version: 1.0.0
                owner: Test team
                effective: 2026-01-15
                provider: AWS
                summary: Many controls.
                baseline:
                  title: Baseline
                  intro: Tick them.
                layers:
                  - { id: physical, title: Physical facilities }
                  - { id: data, title: Customer data }
                frameworks:
                  - { id: nist-800-53, title: NIST SP 800-53 Rev. 5, url: "https://example.org/nist/{id}" }
                  - { id: cis-aws, title: CIS AWS Foundations Benchmark }
                """);
        Files.writeString(dir.resolve("areas/identity.md"), """
                ---
                title: Identity
                order: 1
                summary: Who can access what.
                topics:
                  - { id: people, title: People }
                  - { id: machines, title: Machines }
                  - { id: unused, title: Not used yet }
                ---
                ## Why it matters

                Identity guidance, only on the area's first page.
                """);
        Files.writeString(dir.resolve("areas/data.md"), """
                ---
                title: Data
                order: 2
                summary: Data protection.
                ---
                Data guidance.
                """);
        for (String s : List.of("s3", "ec2")) {
            Files.writeString(dir.resolve("services/" + s + ".yaml"), """
                    id: %s
                    name: Amazon %s
                    category: abstracted
                    summary: A service.
                    responsibilities:
                      - { layer: physical, owner: provider }
                      - { layer: data, owner: customer, notes: Classify and encrypt. }
                    guidance: Service guidance, only on the service's first page.
                    """.formatted(s, s.toUpperCase(Locale.ROOT)));
        }
        String prose = "Keep the configuration reviewed, versioned and monitored; ".repeat(8);
        for (int i = 1; i <= IDENTITY + DATA; i++) {
            boolean identity = i <= IDENTITY;
            String id = (identity ? "IAM-" : "DP-") + String.format(Locale.ROOT, "%04d", i);
            String topic = !identity ? "" : i % 5 == 0 ? "" : "topic: " + (i % 2 == 0 ? "people" : "machines") + "\n";
            List<String> nist = new ArrayList<>(List.of("\"" + EVERYWHERE + "\"", "\"SI-" + i + "\""));
            if (i <= 25) nist.add("\"" + ODD + "\"");
            String cis = i <= 15 ? "\"" + FEW + "\"" : i <= 40 ? "\"" + MANY + "\"" : "";
            boolean withdrawn = id.equals(WITHDRAWN);
            Files.writeString(dir.resolve("controls/" + id + ".yaml"), """
                    id: %s
                    title: Control %d keeps a long and descriptive title, as real standards do, so that every list of controls that shows it weighs what a list of a real standard would weigh
                    area: %s
                    %slevel: %s
                    severity: high
                    responsibility: shared
                    statement: Every workload MUST do thing %d.
                    services:
                      - { id: s3, responsibility: shared, provider: "AWS runs it. %s", customer: "You configure it. %s" }
                    %sreferences:
                      nist-800-53: [%s]
                    %s%s""".formatted(id, i, identity ? "identity" : "data", topic, i % 3 == 0 ? "baseline" : "standard",
                    i, prose, prose, i % 50 == 0 ? "  - ec2\n" : "", String.join(", ", nist),
                    cis.isEmpty() ? "" : "  cis-aws: [" + cis + "]\n",
                    withdrawn ? "status: withdrawn\nsuperseded_by: IAM-0008\n" : ""));
        }
        return dir;
    }
}
