package org.cdgan.kernel.execution;

import java.util.List;

/**
 * An exception thrown by cell code, as the notebook shows it: its type, its message and the
 * cell lines of its stack.
 */
public final class CellException extends RuntimeException implements KernelError {

    private static final long serialVersionUID = 1L;

    private final String exceptionType;
    private final transient List<String> traceback;

    /**
     * @param exceptionType the fully qualified class name of the thrown exception
     * @param message its message, possibly null
     * @param traceback the lines to show, the first being "type: message"
     */
    public CellException(String exceptionType, String message, List<String> traceback) {
        super(message);
        this.exceptionType = exceptionType;
        this.traceback = List.copyOf(traceback);
    }

    /** The fully qualified class name of the exception thrown by the cell. */
    public String exceptionType() {
        return exceptionType;
    }

    @Override
    public String errorName() {
        return exceptionType;
    }

    @Override
    public String errorValue() {
        return getMessage() == null ? "" : getMessage();
    }

    @Override
    public List<String> traceback() {
        return traceback;
    }
}
