package org.bulwark.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code bulwark COMMAND}: the command line of SPEC §2. */
@Command(name = "bulwark", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Publishes a security standard written as YAML controls and Markdown as a static site.",
        subcommands = {BuildCommand.class, CheckCommand.class, ServeCommand.class, ExportCommand.class,
                NewCommand.class, InitCommand.class, ImportCommand.class, SchemaCommand.class, ReleaseCommand.class,
                DiffCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    public static final int OK = 0;
    public static final int INVALID_CONTENT = 1;
    public static final int USAGE = 2;
    public static final int INTERNAL = 3;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        var forked = Launcher.command(args).map(Launcher::run).filter(code -> code >= 0);
        System.exit(forked.orElseGet(() -> run(args)));
    }

    /** Runs the command line and returns the exit code. */
    public static int run(String... args) {
        return run(new java.io.PrintWriter(System.out, true), new java.io.PrintWriter(System.err, true), args);
    }

    /** Runs the command line with the given standard output and error (tests call this). */
    public static int run(java.io.PrintWriter out, java.io.PrintWriter err, String... args) {
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("bulwark: internal error: " + e);
            if (System.getenv("BULWARK_DEBUG") != null) e.printStackTrace(commandLine.getErr());
            return INTERNAL;
        });
        try {
            return cli.execute(args);
        } finally {
            // print() without a newline is not flushed by autoflush: a summary must not stay in the buffer
            out.flush();
            err.flush();
        }
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing command: build, check, ...");
    }
}
