package org.cdgan.kernel.execution;

import java.security.Permission;

/**
 * Turns {@code System.exit} and {@code Runtime.halt} called from cell code into an error of the
 * cell, so a notebook cannot silently kill its kernel. Every other permission is granted.
 *
 * <p>Limitation: this relies on the security manager, which Java 17 still allows (the kernel
 * runs with {@code -Djava.security.manager=allow}); later Java versions drop it.
 */
@SuppressWarnings("removal")
public final class ExitGuard extends SecurityManager {

    /** Installs the guard once for this JVM; later calls do nothing. */
    public static synchronized void install() {
        if (!(System.getSecurityManager() instanceof ExitGuard)) {
            System.setSecurityManager(new ExitGuard());
        }
    }

    @Override
    public void checkPermission(Permission perm) {
        // Everything is allowed: the guard only watches exits.
    }

    @Override
    public void checkPermission(Permission perm, Object context) {
        // Everything is allowed: the guard only watches exits.
    }

    @Override
    public void checkExit(int status) {
        ThreadGroup group = Thread.currentThread().getThreadGroup();
        while (group != null) {
            if (group == CellExecutionControl.CELL_THREADS) {
                throw new SecurityException("System.exit(" + status + ") was called in a cell;"
                        + " the kernel keeps running (use Kernel > Restart to restart it)");
            }
            group = group.getParent();
        }
    }
}
