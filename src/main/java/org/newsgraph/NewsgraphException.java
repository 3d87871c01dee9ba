package org.newsgraph;

/**
 * A failure a person can act on: the message names the thing at fault and the place
 * ("articles/x.txt: not valid UTF-8 at byte 5120"). The command line prints the message
 * without a stack trace and exits with {@link #exitCode()}.
 */
public class NewsgraphException extends RuntimeException {
    private final int exitCode;

    public NewsgraphException(String message) {
        this(message, null, 1);
    }

    public NewsgraphException(String message, Throwable cause) {
        this(message, cause, 1);
    }

    public NewsgraphException(String message, Throwable cause, int exitCode) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }
}
