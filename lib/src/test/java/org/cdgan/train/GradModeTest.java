package org.cdgan.train;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;

class GradModeTest {

    @Test
    void aFreshThreadStartsWithGradModeOnAndOffTurnsItOff() throws Exception {
        GradMode.off(); // loads the engine on this thread
        AtomicBoolean before = new AtomicBoolean();
        AtomicBoolean after = new AtomicBoolean(true);
        Thread cell = new Thread(() -> {
            before.set(GradMode.isOn());
            GradMode.off();
            after.set(GradMode.isOn());
        });
        cell.start();
        cell.join();
        assertTrue(before.get(), "PyTorch starts a new thread with grad mode on");
        assertFalse(after.get());
    }
}
