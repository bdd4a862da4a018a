package org.cdgan.kernel;

import java.nio.charset.StandardCharsets;

import org.dflib.jjava.jupyter.channels.ShellReplyEnvironment;
import org.dflib.jjava.jupyter.kernel.JupyterIO;

/** The kernel's stdout, stderr, stdin and display streams, bound to the running request. */
final class KernelIO extends JupyterIO {

    KernelIO() {
        super(StandardCharsets.UTF_8);
    }

    /** Sends the streams to the request of {@code env}. */
    void attach(ShellReplyEnvironment env, boolean stdinEnabled) {
        setEnv(env);
        setJupyterInEnabled(stdinEnabled);
    }

    /** Detaches the streams from {@code env}. */
    void detach(ShellReplyEnvironment env) {
        retractEnv(env);
    }
}
