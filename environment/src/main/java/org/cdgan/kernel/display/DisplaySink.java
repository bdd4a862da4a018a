package org.cdgan.kernel.display;

import org.dflib.jjava.jupyter.kernel.display.DisplayData;

/** Where displays go: the notebook of the running cell, or a recorder in tests. */
public interface DisplaySink {

    /**
     * Shows a new display.
     *
     * @param data the rendered display
     * @return its display id, for later updates
     */
    String show(DisplayData data);

    /** Replaces the display {@code id} with {@code data}, in place. */
    void update(String id, DisplayData data);
}
