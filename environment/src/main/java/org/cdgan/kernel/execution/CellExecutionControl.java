package org.cdgan.kernel.execution;

import java.lang.instrument.ClassDefinition;
import java.lang.instrument.Instrumentation;
import java.lang.instrument.UnmodifiableClassException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import jdk.jshell.execution.DirectExecutionControl;

/**
 * JShell execution control that runs each snippet in the kernel's own JVM, on a fresh thread
 * of the {@link #CELL_THREADS} group, so a cell can be stopped while the kernel keeps running.
 *
 * <p>The value of a snippet is kept as a Java object (not only its string form) under a key
 * that is returned to JShell in place of the value string; {@link #takeValue(String)} gives
 * the object back for rich display.
 */
public final class CellExecutionControl extends DirectExecutionControl {

    /** Thread group of every cell thread; {@link ExitGuard} uses it to spot cell code. */
    public static final ThreadGroup CELL_THREADS = new ThreadGroup("jshell-cells");

    /** Time an interrupted cell gets to end on its own before its thread is stopped. */
    private static final long INTERRUPT_GRACE_MS = 200;

    private static final String KEY_PREFIX = "\u0000cell-value-";

    private final Map<String, Object> values = new ConcurrentHashMap<>();
    private final AtomicLong keys = new AtomicLong();
    private volatile Thread cellThread;
    private volatile boolean stopRequested;

    @Override
    protected String invoke(Method doitMethod) throws Exception {
        AtomicReference<Object> value = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread thread = new Thread(CELL_THREADS, () -> {
            try {
                value.set(doitMethod.invoke(null));
            } catch (InvocationTargetException e) {
                failure.set(e.getCause());
            } catch (Throwable e) {
                failure.set(e);
            }
        }, "cell-" + keys.get());
        thread.setContextClassLoader(doitMethod.getDeclaringClass().getClassLoader());
        stopRequested = false;
        cellThread = thread;
        try {
            thread.start();
            thread.join();
        } finally {
            cellThread = null;
        }
        if (stopRequested) {
            throw new StoppedException();
        }
        if (failure.get() != null) {
            throw new InvocationTargetException(failure.get());
        }
        String key = KEY_PREFIX + keys.incrementAndGet();
        if (value.get() != null) {
            values.put(key, value.get());
        }
        return key;
    }

    /**
     * Redefines snippet classes in place with the {@link RedefinitionAgent}, so their static
     * fields (the variables) keep their values. A change of shape (fields or methods added or
     * removed) cannot be redefined; JShell then replaces the class.
     */
    @Override
    public void redefine(ClassBytecodes[] classes)
            throws ClassInstallException, NotImplementedException, EngineTerminationException {
        Instrumentation inst = RedefinitionAgent.instrumentation();
        if (inst == null || !inst.isRedefineClassesSupported()) {
            throw new NotImplementedException("class redefinition needs the kernel's agent");
        }
        try {
            ClassDefinition[] definitions = new ClassDefinition[classes.length];
            for (int i = 0; i < classes.length; i++) {
                definitions[i] = new ClassDefinition(findClass(classes[i].name()),
                        classes[i].bytecodes());
            }
            inst.redefineClasses(definitions);
        } catch (ClassNotFoundException | UnmodifiableClassException
                 | UnsupportedOperationException | LinkageError e) {
            throw new ClassInstallException("cannot redefine in place: " + e.getMessage(),
                    new boolean[classes.length]);
        }
        classesRedefined(classes);
    }

    /**
     * Returns the object a snippet evaluated to and forgets it.
     *
     * @param key the value string JShell reported for the snippet
     * @return the object, or null when the snippet had no value or the key is not ours
     */
    public Object takeValue(String key) {
        return key == null ? null : values.remove(key);
    }

    /** Tells whether a value string reported by JShell is a key made by this control. */
    public static boolean isValueKey(String valueString) {
        return valueString != null && valueString.startsWith(KEY_PREFIX);
    }

    /** True when the last cell ended because {@link #stop()} was called. */
    public boolean wasStopped() {
        return stopRequested;
    }

    /**
     * Stops the running cell: interrupts its thread (ends sleeps and waits), then, when it is
     * still alive after a short grace time, stops it with {@code Thread.stop} (ends busy loops;
     * Java 17 only).
     */
    @Override
    @SuppressWarnings({"deprecation", "removal"})
    public void stop() {
        Thread thread = cellThread;
        if (thread == null) {
            return;
        }
        stopRequested = true;
        thread.interrupt();
        try {
            thread.join(INTERRUPT_GRACE_MS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        while (thread.isAlive() && thread == cellThread) {
            thread.stop();
            try {
                thread.join(INTERRUPT_GRACE_MS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
