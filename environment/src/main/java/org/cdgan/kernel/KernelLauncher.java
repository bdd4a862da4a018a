package org.cdgan.kernel;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.cdgan.kernel.channels.SignedConnection;
import org.cdgan.kernel.execution.ExitGuard;
import org.dflib.jjava.jupyter.kernel.KernelConnectionProperties;

/**
 * Starts the kernel: {@code java -cp ... org.cdgan.kernel.KernelLauncher CONNECTION_FILE}, as
 * the kernelspec's {@code argv} does. The system property {@code cdgan.kernel.mavenOffline}
 * makes {@code %maven} use the local repository only.
 */
public final class KernelLauncher {

    private KernelLauncher() {
    }

    /**
     * @param args the path of the Jupyter connection file
     * @throws Exception when the kernel cannot bind its sockets
     */
    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("usage: KernelLauncher CONNECTION_FILE (a Jupyter connection"
                    + " file; Jupyter passes it as {connection_file})");
            System.exit(2);
        }
        String json;
        try {
            json = Files.readString(Path.of(args[0]));
        } catch (IOException e) {
            System.err.println("cannot read the connection file " + args[0] + ": " + e);
            System.exit(2);
            return;
        }
        KernelConnectionProperties props = KernelConnectionProperties.parse(json);
        ExitGuard.install();
        JavaKernel kernel = new JavaKernel(Boolean.getBoolean("cdgan.kernel.mavenOffline"));
        SignedConnection connection = new SignedConnection(props);
        kernel.becomeHandlerForConnection(connection);
        kernel.onStartup();
        connection.connect();
        connection.waitUntilClose();
        System.exit(0);
    }
}
