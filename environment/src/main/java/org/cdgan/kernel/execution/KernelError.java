package org.cdgan.kernel.execution;

import java.util.List;

/** An error of a cell as Jupyter shows it: a name, a value and traceback lines. */
public interface KernelError {

    /** The error's name ({@code ename}), such as the exception class. */
    String errorName();

    /** The error's message ({@code evalue}). */
    String errorValue();

    /** The lines shown under the cell, without line breaks inside them. */
    List<String> traceback();
}
