package org.cdgan.kernel.execution;

import java.util.List;

/** A cell that JShell could not compile; the traceback shows each message and its line. */
public final class CompilationException extends RuntimeException implements KernelError {

    private static final long serialVersionUID = 1L;

    private final transient List<String> traceback;

    /**
     * @param message the first compiler message
     * @param traceback the compiler messages, each followed by the offending cell line
     */
    public CompilationException(String message, List<String> traceback) {
        super(message);
        this.traceback = List.copyOf(traceback);
    }

    @Override
    public String errorName() {
        return "CompilationException";
    }

    @Override
    public String errorValue() {
        return getMessage();
    }

    @Override
    public List<String> traceback() {
        return traceback;
    }
}
