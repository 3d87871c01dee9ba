package org.newsgraph.cli;

import java.io.PrintWriter;

import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryParseException;
import org.newsgraph.NewsgraphException;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Maps every failure to a one-line message and an exit code: 1 for failures, 2 for bad usage
 * (picocli reports those itself). A stack trace only with {@code --verbose}.
 */
final class ErrorHandler implements IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception ex, CommandLine cl, ParseResult parseResult) {
        PrintWriter err = cl.getErr();
        String message;
        int code = 1;
        if (ex instanceof NewsgraphException ne) {
            message = ne.getMessage();
            code = ne.exitCode();
        } else if (ex instanceof QueryParseException qpe) {
            message = QueryCommand.describe(qpe);
        } else if (ex instanceof QueryCancelledException) {
            message = "query timed out (raise --timeout)";
        } else {
            message = "unexpected error: " + ex;
        }
        err.println(cl.getColorScheme().errorText("newsgraph " + cl.getCommandName() + ": " + message));
        if (isVerbose(parseResult)) {
            ex.printStackTrace(err);
        } else if (!(ex instanceof NewsgraphException)) {
            err.println("(run with --verbose for details)");
        }
        err.flush();
        return code;
    }

    private static boolean isVerbose(ParseResult parseResult) {
        for (ParseResult pr = parseResult; pr != null; pr = pr.subcommand()) {
            if (pr.hasMatchedOption("--verbose")) {
                return true;
            }
        }
        return false;
    }
}
