package org.cdgan.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.cdgan.data.DataSets;
import org.cdgan.data.Expression;
import org.cdgan.data.FaceDataset;
import org.cdgan.data.FaceSet;
import org.cdgan.data.Preprocessing;
import org.cdgan.data.SharedData;
import org.cdgan.data.SubjectKFold;
import org.cdgan.data.TrainTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Short real runs on a CK+48 subset: three classes, 32 pixels. */
class BaselineTrainerTest {

    private static final int SIZE = 32;
    private static FaceDataset train;
    private static FaceDataset test;

    @TempDir
    Path tmp;

    @BeforeAll
    static void data() throws Exception {
        Set<Expression> keep = Set.of(Expression.HAPPINESS, Expression.SURPRISE,
                Expression.DISGUST);
        FaceSet ck = DataSets.open(SharedData.set("ck48")).filter(r -> keep.contains(
                r.expression()));
        TrainTest tt = new SubjectKFold(10, 1, 42).split(ck);
        // every 6th training image: about 95 images, all three classes
        List<org.cdgan.data.FaceRecord> some = new java.util.ArrayList<>();
        for (int i = 0; i < tt.train().size(); i += 6) {
            some.add(tt.train().records().get(i));
        }
        FaceSet small = new FaceSet("ck48", some);
        Preprocessing p = new Preprocessing(SIZE, 1, true, 42);
        train = FaceDataset.builder().setFaces(small).optPreprocessing(p)
                .optShuffledBatches(16, false).build();
        test = FaceDataset.builder().setFaces(tt.test()).optPreprocessing(p.evaluation())
                .optClasses(train.classes()).optOrderedBatches(16).build();
    }

    private static BaselineConfig config(int epochs) {
        return BaselineConfig.defaults().withEpochs(epochs).withBatchSize(16)
                .withDevice("cpu");
    }

    @Test
    void aShortRunLowersTheLoss() throws Exception {
        try (BaselineTrainer t = new BaselineTrainer(config(3), 1, SIZE, 3, null)) {
            List<EpochStats> h = t.fit(train, null, null, null);
            assertEquals(3, h.size());
            assertTrue(h.get(2).loss() < h.get(0).loss() * 0.8, h.toString());
            assertTrue(h.get(0).loss() > 0.3 && h.get(0).loss() < 3, h.toString());
            assertTrue(h.get(2).imagesPerSecond() > 0);
            assertTrue(Double.isNaN(h.get(2).testAccuracy()));
            int[] predicted = t.predict(test);
            assertEquals(test.size(), predicted.length);
        }
    }

    @Test
    void aLoadedCheckpointPredictsTheSameAndResumeContinues() throws Exception {
        Path file = tmp.resolve("checkpoint.bin");
        float[][] straight;
        List<EpochStats> straightHistory;
        try (BaselineTrainer t = new BaselineTrainer(config(2), 1, SIZE, 3, null)) {
            t.fit(train, null, file, null);
            straight = t.logits(test);
            straightHistory = t.history();
        }
        try (BaselineTrainer loaded = new BaselineTrainer(config(2), 1, SIZE, 3, file)) {
            assertEquals(2, loaded.epochsDone());
            float[][] again = loaded.logits(test);
            for (int i = 0; i < straight.length; i++) {
                assertArrayEquals(straight[i], again[i], "sample " + i);
            }
        }
        // Interrupted after epoch 1, resumed to 2: the same as the straight run.
        Path half = tmp.resolve("half.bin");
        try (BaselineTrainer t = new BaselineTrainer(config(1), 1, SIZE, 3, null)) {
            t.fit(train, null, half, null);
        }
        try (BaselineTrainer resumed = new BaselineTrainer(config(2), 1, SIZE, 3, half)) {
            assertEquals(1, resumed.epochsDone());
            List<EpochStats> h = resumed.fit(train, null, half, null);
            assertEquals(List.of(1, 2), h.stream().map(EpochStats::epoch).toList());
            assertEquals(straightHistory.get(0).loss(), h.get(0).loss(), 1e-9);
            assertEquals(straightHistory.get(1).loss(), h.get(1).loss(), 1e-3);
            float[][] after = resumed.logits(test);
            for (int i = 0; i < straight.length; i++) {
                assertArrayEquals(straight[i], after[i], 1e-3f, "sample " + i);
            }
        }
        assertTrue(Files.exists(half));
    }
}
