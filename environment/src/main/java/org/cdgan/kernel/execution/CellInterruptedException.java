package org.cdgan.kernel.execution;

import java.util.List;

/** The cell was stopped by an interrupt; the kernel and its state carry on. */
public final class CellInterruptedException extends RuntimeException implements KernelError {

    private static final long serialVersionUID = 1L;

    /** Creates the error reported for an interrupted cell. */
    public CellInterruptedException() {
        super("the cell was interrupted; variables defined before it keep their values");
    }

    @Override
    public String errorName() {
        return "CellInterruptedException";
    }

    @Override
    public String errorValue() {
        return getMessage();
    }

    @Override
    public List<String> traceback() {
        return List.of(errorName() + ": " + getMessage());
    }
}
