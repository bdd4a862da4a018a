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

    @Test
    void aGanVariantIsTrainedOnceWithLiveNetworksThenReusedWithItsHistory() throws Exception {
        WorkbookConfig config = WorkbookConfig.builder(Profile.CI)
                .dataRoot(Path.of(System.getProperty("cdgan.sharedData")))
                .trainLimit(32).testLimit(16).outputDir(out).build();
        WorkbookData data = WorkbookData.load(config);
        Experiments ex = new Experiments(config, data, Artifacts.of(config));
        java.util.List<GanEpoch> live = new java.util.ArrayList<>();
        int[] gridRows = new int[1];
        var faces = ex.split().test().records().subList(0, 2);
        try (TrainedGan gan = ex.gan("cdgan", e -> {
            live.add(e);
            try {
                gridRows[0] = e.transfer().grid(faces, faces, data.expressionImages()).length;
            } catch (java.io.IOException io) {
                throw new java.io.UncheckedIOException(io);
            }
        })) {
            assertEquals(1, live.size());
            assertEquals(2, gridRows[0]);
            assertEquals(java.util.List.copyOf(GanRun.TERMS),
                    java.util.List.copyOf(live.get(0).losses().keySet()));
            assertTrue(Double.isFinite(live.get(0).losses().get("L_G")));
            assertEquals(1, gan.history().size());
            assertEquals(live.get(0).losses().get("L_CL"),
                    gan.history().get(0).losses().get("L_CL"), 1e-6);
        }
        Experiments again = new Experiments(config, data, Artifacts.of(config));
        try (TrainedGan gan = again.gan("cdgan", e -> live.add(e))) {
            assertEquals(1, live.size(), "reused, not trained again");
            var m = gan.evaluate(again.testSet());
            assertEquals(16, m.total());
            assertEquals(live.get(0).testAccuracy(), m.accuracy(), 1e-9);
            assertEquals(512, again.testCodes(gan.networks().expressionEncoder()).dimension());
        }
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> again.gan("baseline", null));
    }
}
