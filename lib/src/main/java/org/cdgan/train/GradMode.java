package org.cdgan.train;

import ai.djl.engine.Engine;
import ai.djl.pytorch.jni.JniUtils;

/**
 * Turns PyTorch's gradient recording off on the calling thread before training starts.
 *
 * <p>PyTorch keeps its grad mode per thread and starts every new thread with it on; DJL turns
 * it off only on the thread that loaded the engine, and a {@code GradientCollector} restores
 * whatever mode it found. The kernel runs notebook cells on threads of their own, so in a
 * cell after the one that loaded the engine, the optimisers' in-place updates ran with grad
 * mode on and PyTorch refused them ("a leaf Variable that requires grad is being used in an
 * in-place operation"). Calling {@link #off()} first makes training independent of the
 * thread it runs on; the trainers and {@link NamedAdam} call it themselves.
 */
public final class GradMode {

    private GradMode() {
    }

    /** Turns gradient recording off on this thread (loading the PyTorch engine if needed). */
    public static void off() {
        Engine.getEngine("PyTorch");
        JniUtils.setGradMode(false);
    }

    /** Whether gradient recording is on on this thread. */
    public static boolean isOn() {
        Engine.getEngine("PyTorch");
        return JniUtils.isGradMode();
    }
}
