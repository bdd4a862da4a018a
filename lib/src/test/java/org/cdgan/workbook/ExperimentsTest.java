package org.cdgan.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

import org.cdgan.eval.Embedding;
import org.cdgan.train.BaselineTrainer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExperimentsTest {

    @TempDir
    Path out;

    @Test
    void theBaselineIsTrainedOnceThenReusedByAFreshSession() throws Exception {
        WorkbookConfig config = WorkbookConfig.builder(Profile.CI)
                .dataRoot(Path.of(System.getProperty("cdgan.sharedData")))
                .trainLimit(64).testLimit(32).outputDir(out).build();
        WorkbookData data = WorkbookData.load(config);
        AtomicInteger epochs = new AtomicInteger();
        double accuracy;
        try (BaselineTrainer b = new Experiments(config, data, Artifacts.of(config))
                .baseline(s -> epochs.incrementAndGet())) {
            assertEquals(1, epochs.get());
            assertEquals(1, b.history().size());
            accuracy = b.history().get(0).testAccuracy();
        }
        Experiments again = new Experiments(config, data, Artifacts.of(config));
        try (BaselineTrainer b = again.baseline(s -> epochs.incrementAndGet())) {
            assertEquals(1, epochs.get(), "reused, not trained again");
            assertEquals(accuracy, b.history().get(0).testAccuracy());
            assertEquals(accuracy, b.evaluate(again.testSet()).accuracy(), 1e-9);
            Embedding codes = again.testCodes(b.classifier().trunk());
            assertEquals(32, codes.size());
            assertEquals(512, codes.dimension());
            assertEquals(7, codes.classes().size());
            double norm = 0;
            for (double v : codes.features()[0]) {
                norm += v * v;
            }
            assertTrue(norm > 0, "codes are not all zero");
            var leak = again.leakage(b.classifier().trunk(), null);
            var identity = leak.get("identity from E_e");
            assertEquals(1, leak.size());
            assertTrue(identity.testSize() > 0 && identity.classes() > 1, identity.toString());
            assertEquals(1.0 / identity.classes(), identity.chance(), 1e-12);
        }
    }
}
