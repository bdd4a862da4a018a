package org.cdgan.kernel.display;

import java.util.Objects;

import org.dflib.jjava.jupyter.kernel.display.DisplayData;

/**
 * Helpers every cell can call without an import (the kernel starts with
 * {@code import static org.cdgan.kernel.display.Notebook.*}):
 * {@code display(obj)}, {@code updateDisplay(id, obj)}, {@code progress(label, total)},
 * {@code clearOutput()}, {@code page(text)}.
 */
public final class Notebook {

    private static volatile NotebookContext context;

    private Notebook() {
    }

    /** Binds the helpers to the running kernel. */
    public static void attach(NotebookContext kernel) {
        context = kernel;
    }

    private static NotebookContext context() {
        return Objects.requireNonNull(context, "no kernel is running: the notebook helpers work"
                + " in cells of the cdgan-java kernel only");
    }

    /**
     * Shows an object as a new output of the cell, rendered by its type.
     *
     * @return the display id, for {@link #updateDisplay(String, Object)}
     */
    public static String display(Object value) {
        NotebookContext kernel = context();
        return kernel.show(value instanceof DisplayData data ? data : kernel.render(value));
    }

    /** Replaces the display {@code id} with {@code value}, in place. */
    public static void updateDisplay(String id, Object value) {
        NotebookContext kernel = context();
        kernel.update(id, value instanceof DisplayData data ? data : kernel.render(value));
    }

    /**
     * A progress bar shown now and updated in place.
     *
     * @param label what is counted, such as "epoch"
     * @param total the count at completion
     */
    public static ProgressBar progress(String label, long total) {
        return new ProgressBar(label, total, context());
    }

    /** Clears the cell's output now. */
    public static void clearOutput() {
        context().clearOutput(false);
    }

    /** Clears the cell's output when the next output arrives (no flicker in loops). */
    public static void clearOutputBeforeNext() {
        context().clearOutput(true);
    }

    /** Shows text in the notebook's pager (the help panel). */
    public static void page(Object text) {
        context().page(String.valueOf(text));
    }
}
