package org.cdgan.kernel.execution;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.instrument.Instrumentation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Java agent that gives the kernel class redefinition, so JShell can recompile a snippet (after
 * an import, or when a method it uses is redefined) in place: the snippet's class keeps its
 * static fields, hence variables keep their values. The kernel JVM starts with
 * {@code -javaagent:cdgan-kernel.jar}; without it the agent attaches to its own JVM (which
 * needs {@code -Djdk.attach.allowAttachSelf=true}).
 */
public final class RedefinitionAgent {

    private static final Logger LOG = LoggerFactory.getLogger(RedefinitionAgent.class);

    private static volatile Instrumentation instrumentation;
    private static volatile boolean attachTried;

    private RedefinitionAgent() {
    }

    /** Entry point of {@code -javaagent}. */
    public static void premain(String args, Instrumentation inst) {
        instrumentation = inst;
    }

    /** Entry point of a dynamic attach. */
    public static void agentmain(String args, Instrumentation inst) {
        instrumentation = inst;
    }

    /**
     * The instrumentation of this JVM, attaching the agent on first use when it was not given
     * on the command line.
     *
     * @return the instrumentation, or null when it cannot be had (redefinition then falls back
     *     to JShell's replacement of the class, which resets the variables it holds)
     */
    public static synchronized Instrumentation instrumentation() {
        if (instrumentation == null && !attachTried) {
            attachTried = true;
            try {
                selfAttach();
            } catch (Exception | LinkageError e) {
                LOG.warn("cannot attach the redefinition agent ({}); a recompiled snippet will"
                        + " lose its variables' values", e.toString());
            }
        }
        return instrumentation;
    }

    private static void selfAttach() throws Exception {
        Path jar = Files.createTempFile("cdgan-kernel-agent", ".jar");
        jar.toFile().deleteOnExit();
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Agent-Class", RedefinitionAgent.class.getName());
        main.putValue("Can-Redefine-Classes", "true");
        try (OutputStream out = Files.newOutputStream(jar);
             JarOutputStream jarOut = new JarOutputStream(out, manifest)) {
            jarOut.flush();
        } catch (IOException e) {
            throw new IOException("cannot write the agent jar " + jar + ": " + e.getMessage(), e);
        }
        String pid = String.valueOf(ProcessHandle.current().pid());
        com.sun.tools.attach.VirtualMachine vm = com.sun.tools.attach.VirtualMachine.attach(pid);
        try {
            vm.loadAgent(jar.toString());
        } finally {
            vm.detach();
        }
    }
}
