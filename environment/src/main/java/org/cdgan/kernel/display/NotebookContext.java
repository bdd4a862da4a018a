package org.cdgan.kernel.display;

import org.dflib.jjava.jupyter.kernel.display.DisplayData;

/** What the notebook helpers need from the running kernel. */
public interface NotebookContext extends DisplaySink {

    /** Renders an object with the kernel's renderers. */
    DisplayData render(Object value);

    /** Clears the output of the running cell, now or (when {@code wait}) before the next. */
    void clearOutput(boolean wait);

    /** Shows text in the notebook's pager (the help panel), as a reply payload. */
    void page(String text);
}
