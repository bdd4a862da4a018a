package org.cdgan.data;

import java.io.IOException;

/**
 * Bad input data: a missing folder, an unreadable image, a malformed manifest. The message is
 * one line naming the file or value and what to do, fit to show a user as it is.
 */
public class DataException extends IOException {

    private static final long serialVersionUID = 1L;

    public DataException(String message) {
        super(message);
    }

    public DataException(String message, Throwable cause) {
        super(message, cause);
    }
}
