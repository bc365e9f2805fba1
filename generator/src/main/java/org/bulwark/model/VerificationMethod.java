package org.bulwark.model;

/** How a control is checked. */
public enum VerificationMethod implements Keyword {
    AWS_CONFIG("AWS Config rule", "AWS Config rules"),
    SECURITY_HUB("Security Hub control", "Security Hub controls"),
    AWS_CLI("AWS CLI check", "AWS CLI checks"),
    INSPECTOR("Amazon Inspector", "Amazon Inspector checks"),
    AUTOMATED_TEST("Automated test", "Automated tests"),
    MANUAL("Manual procedure", "Manual procedures");

    private final String title;
    private final String plural;

    VerificationMethod(String title, String plural) {
        this.title = title;
        this.plural = plural;
    }

    public String title() {
        return title;
    }

    /** The refs of this method, as a heading names them: "AWS Config rules". */
    public String plural() {
        return plural;
    }
}
