package org.newsgraph.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

import picocli.CommandLine;

/** Runs the real command line with captured output, as a user would see it. */
public record CliRun(int exitCode, String out, String err) {

    public static CliRun run(String... args) {
        CommandLine cl = Main.newCommandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new CliRun(code, out.toString(), err.toString());
    }

    /** True if a Java stack trace leaked to the user. */
    public boolean hasStackTrace() {
        return err.contains("\tat ") || err.contains("Exception:") || out.contains("\tat ");
    }

    @Override
    public String toString() {
        return "exit " + exitCode + "\n--- out:\n" + out + "\n--- err:\n" + err;
    }
}
