package org.bulwark.cli;

import picocli.CommandLine;

/** The version from the jar's manifest, so it is never out of step with the build. */
public final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = Version.class.getPackage().getImplementationVersion();
        return new String[] {"bulwark " + (v == null ? "development build" : v)};
    }
}
