package org.newsgraph.cli;

import picocli.CommandLine;

/** Entry point of {@code newsgraph.jar}. The only place that calls {@link System#exit}. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(newCommandLine().execute(args));
    }

    /** The configured command line, also used by tests with captured output. */
    public static CommandLine newCommandLine() {
        CommandLine cl = new CommandLine(new NewsgraphCommand());
        cl.setExecutionExceptionHandler(new ErrorHandler());
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        return cl;
    }
}
