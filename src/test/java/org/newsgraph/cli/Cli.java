package org.newsgraph.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

import picocli.CommandLine;

/** Runs the real command line with captured output, as a user would run {@code newsgraph ARGS}. */
record Cli(int code, String out, String err) {

    static Cli run(String... args) {
        CommandLine cl = Main.newCommandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new Cli(code, out.toString(), err.toString());
    }

    /** No Java stack trace leaked to the user. */
    boolean hasStackTrace() {
        return err.contains("\tat ") || err.contains("Exception:") || out.contains("\tat ");
    }

    @Override
    public String toString() {
        return "exit " + code + "\n--- out\n" + out + "--- err\n" + err;
    }
}
