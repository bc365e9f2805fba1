package org.bulwark.cli;

import picocli.CommandLine;

/** The version from the jar's manifest, so it is never out of step with the build. */
public final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {"bulwark " + current()};
    }

    /** {@code 0.1.0}, or "development build" when run from compiled classes rather than the jar. */
    static String current() {
        String v = Version.class.getPackage().getImplementationVersion();
        return v == null ? "development build" : v;
    }
}
