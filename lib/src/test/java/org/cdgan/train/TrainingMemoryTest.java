package org.cdgan.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.cdgan.data.FaceDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Native memory stays flat: after warm-up the trainer holds the same number of arrays step
 * after step, and the process's resident memory ({@code VmRSS}) grows by less than 10%.
 */
class TrainingMemoryTest {

    @TempDir
    Path dir;

    static long rssKb() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        throw new IllegalStateException("no VmRSS in /proc/self/status");
    }

    private static void flat(CdGanTrainer t, int steps, int warmUp) throws IOException {
        Pairs[] batches = new Pairs[t.batchesPerEpoch()];
        for (int b = 0; b < batches.length; b++) {
            batches[b] = t.pairs(1, b + 1);
        }
        int arrays = -1;
        long rss = -1;
        for (int s = 0; s < steps; s++) {
            if (s == warmUp) {
                System.gc();
                arrays = t.liveArrays();
                rss = rssKb();
            }
            t.trainStep(batches[s % batches.length]);
        }
        System.gc();
        assertEquals(arrays, t.liveArrays(), "arrays alive after warm-up and at the end");
        long end = rssKb();
        assertTrue(end < rss * 1.10, "resident memory " + rss + " kB after warm-up, " + end
                + " kB after " + steps + " steps");
    }

    // Limitation: a step costs about 0.1 s (baseline) to 1 s (GAN) even at 32 px, so CI
    // affords 300 steps of the cheapest variant (the same step code on E_e and C_e) and 40
    // full GAN steps, not 500. The allocator takes a while to settle, hence the long warm-up.

    @Test
    void baselineStepsKeepMemoryFlat() throws IOException {
        FaceDataset e = TinyFaces.expressions(2, true);
        FaceDataset i = TinyFaces.identities(4, 3);
        try (CdGanTrainer t = new CdGanTrainer(TinyFaces.config(Variant.BASELINE), e, i, null,
                dir.resolve("baseline"))) {
            flat(t, 300, 100);
        }
    }

    @Test
    void ganStepsKeepMemoryFlat() throws IOException {
        FaceDataset e = TinyFaces.expressions(2, true);
        FaceDataset i = TinyFaces.identities(4, 3);
        try (CdGanTrainer t = new CdGanTrainer(TinyFaces.config(Variant.CDGAN), e, i, null,
                dir.resolve("cdgan"))) {
            flat(t, 40, 15);
        }
    }
}
