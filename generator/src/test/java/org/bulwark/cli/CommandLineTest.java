package org.bulwark.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.bulwark.Cli;
import org.junit.jupiter.api.Test;

class CommandLineTest {
    @Test
    void everyCommandHasHelp() {
        for (String command : new String[] {"build", "check", "serve", "new", "new control", "new service", "new page"}) {
            java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of(command.split(" ")));
            args.add("--help");
            Cli run = Cli.run(args.toArray(String[]::new));
            assertEquals(0, run.exitCode());
            assertTrue(run.out().contains("Usage: bulwark " + command), run.out());
        }
        assertTrue(Cli.run("--help").out().contains("Commands:"));
    }

    @Test
    void versionIsPrinted() {
        Cli run = Cli.run("--version");
        assertEquals(0, run.exitCode());
        assertTrue(run.out().startsWith("bulwark "), run.out());
    }

    @Test
    void badUsageExitsWithTwo() {
        assertEquals(2, Cli.run("bild").exitCode());
        assertEquals(2, Cli.run("build", "--nope").exitCode());
        assertEquals(2, Cli.run("check", "--format", "xml").exitCode());
        assertEquals(2, Cli.run("build", "--base-url", "not a url").exitCode());
        assertEquals(2, Cli.run().exitCode());
    }

    @Test
    void theCommandsThatReadAStandardShareItsOptions() {
        for (String command : new String[] {"build", "check", "serve", "export"}) {
            String help = Cli.run(command, "--help").out();
            assertTrue(help.contains("--content=DIR") && help.contains("--drafts"), command + "\n" + help);
        }
        for (String command : new String[] {"build", "check", "serve"}) {
            Cli run = Cli.run(command, "--templates", "/nonexistent/theme");
            assertEquals(2, run.exitCode(), command + ": " + run.all());
            assertTrue(run.err().contains("--templates: no such folder: /nonexistent/theme"), command + ": " + run.err());
        }
    }

    @Test
    void aMissingContentFolderIsInvalidContent() {
        Cli run = Cli.run("check", "--content", "/nonexistent/folder");
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("content folder not found"), run.err());
    }
}
