package org.cdgan.cli;

/** A command line that cannot be run: an unknown option, a missing or malformed value. */
public class UsageException extends Exception {

    private static final long serialVersionUID = 1L;

    public UsageException(String message) {
        super(message);
    }
}
