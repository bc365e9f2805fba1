package org.bulwark.model;

/** How a control is checked. */
public enum VerificationMethod implements Keyword {
    AWS_CONFIG("AWS Config rule"),
    SECURITY_HUB("Security Hub control"),
    AWS_CLI("AWS CLI check"),
    INSPECTOR("Amazon Inspector"),
    AUTOMATED_TEST("Automated test"),
    MANUAL("Manual procedure");

    private final String title;

    VerificationMethod(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
