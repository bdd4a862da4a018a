package org.cdgan.kernel.execution;

import java.util.Map;

import jdk.jshell.spi.ExecutionControl;
import jdk.jshell.spi.ExecutionControlProvider;
import jdk.jshell.spi.ExecutionEnv;

/** Hands JShell the one {@link CellExecutionControl} of a kernel. */
final class CellExecutionProvider implements ExecutionControlProvider {

    private final CellExecutionControl control;

    CellExecutionProvider(CellExecutionControl control) {
        this.control = control;
    }

    @Override
    public String name() {
        return "cdgan-cells";
    }

    @Override
    public ExecutionControl generate(ExecutionEnv env, Map<String, String> parameters) {
        return control;
    }
}
