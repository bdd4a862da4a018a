package org.cdgan.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.dataset.Batch;
import ai.djl.training.dataset.Record;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FaceDatasetTest {

    @TempDir
    Path tmp;

    /** The first {@code n} CK+48 images of two classes, built without the folder reader. */
    static FaceSet smallCk(int n) throws Exception {
        List<FaceRecord> records = new ArrayList<>();
        for (String folder : List.of("happy", "surprise")) {
            try (Stream<Path> files = Files.list(SharedData.set("ck48").resolve(folder))) {
                files.sorted().limit(n).forEach(p -> records.add(new FaceRecord(p,
                        Expression.fromName(folder), new Identity("ck48",
                        p.getFileName().toString().substring(0, 4)), null, null)));
            }
        }
        return new FaceSet("ck48", records);
    }

    @Test
    void evaluationImagesAreTheScaledPixels() throws Exception {
        FaceSet set = smallCk(3);
        Preprocessing eval = new Preprocessing(48, 1, false, 1);
        FaceDataset ds = FaceDataset.builder().setFaces(set).optPreprocessing(eval).build();
        assertEquals(6, ds.size());
        BufferedImage img = ImageFiles.decode(ds.record(0).path());
        float[] x = ds.image(0);
        assertEquals(48 * 48, x.length);
        assertEquals(img.getRaster().getSample(5, 7, 0) / 127.5f - 1f, x[7 * 48 + 5], 1e-6);
        assertEquals(List.of(Expression.HAPPINESS, Expression.SURPRISE), ds.classes());
        try (NDManager m = NDManager.newBaseManager()) {
            Record r = ds.get(m, 4);
            assertEquals(new Shape(1, 48, 48), r.getData().head().getShape());
            assertEquals(1L, r.getLabels().get(0).getLong());
            assertEquals(ds.identities().indexOf(ds.record(4).identity()),
                    (int) r.getLabels().get(1).getLong());
            float min = r.getData().head().min().getFloat();
            float max = r.getData().head().max().getFloat();
            assertTrue(min >= -1f && max <= 1f && max > min, min + " .. " + max);
        }
    }

    @Test
    void augmentationIsDeterministicForASeedAndOffAtEvaluation() throws Exception {
        FaceSet set = smallCk(4);
        Preprocessing train = new Preprocessing(48, 1, true, 7);
        FaceDataset a = FaceDataset.builder().setFaces(set).optPreprocessing(train).build();
        FaceDataset b = FaceDataset.builder().setFaces(set).optPreprocessing(train).build();
        FaceDataset other = FaceDataset.builder().setFaces(set)
                .optPreprocessing(train.withSeed(8)).build();
        FaceDataset eval = FaceDataset.builder().setFaces(set)
                .optPreprocessing(train.evaluation()).build();
        int differFromEval = 0;
        int differFromOtherSeed = 0;
        for (int i = 0; i < a.size(); i++) {
            assertArrayEquals(a.image(i), b.image(i));
            assertArrayEquals(eval.image(i), eval.image(i));
            differFromEval += Arrays.equals(a.image(i), eval.image(i)) ? 0 : 1;
            differFromOtherSeed += Arrays.equals(a.image(i), other.image(i)) ? 0 : 1;
        }
        assertTrue(differFromEval >= 6, "augmented images equal to plain: " + differFromEval);
        assertTrue(differFromOtherSeed >= 6, "seeds agree too often: " + differFromOtherSeed);
        float[] epoch0 = a.image(0);
        a.setEpoch(1);
        assertFalse(Arrays.equals(epoch0, a.image(0)) && Arrays.equals(b.image(1), a.image(1)));
        b.setEpoch(1);
        assertArrayEquals(a.image(0), b.image(0));
    }

    @Test
    void augmentationIsAShiftedOrFlippedCopy() throws Exception {
        // A shift by (dx, dy) and optional flip of the plain image, within the pad.
        FaceSet set = smallCk(1);
        Preprocessing train = new Preprocessing(48, 1, true, 3);
        FaceDataset aug = FaceDataset.builder().setFaces(set).optPreprocessing(train).build();
        FaceDataset eval = FaceDataset.builder().setFaces(set)
                .optPreprocessing(train.evaluation()).build();
        for (int i = 0; i < 2; i++) {
            float[] x = aug.image(i);
            float[] plain = eval.image(i);
            boolean found = false;
            for (int flip = 0; flip < 2 && !found; flip++) {
                for (int dy = -4; dy <= 4 && !found; dy++) {
                    for (int dx = -4; dx <= 4 && !found; dx++) {
                        found = matches(x, plain, 48, dx, dy, flip == 1);
                    }
                }
            }
            assertTrue(found, "sample " + i + " is no pad-crop-flip of the image");
        }
    }

    private static boolean matches(float[] x, float[] plain, int s, int dx, int dy,
            boolean flip) {
        for (int y = 0; y < s; y++) {
            for (int c = 0; c < s; c++) {
                int sx = FacePixels.reflect((flip ? s - 1 - c : c) + dx, s);
                int sy = FacePixels.reflect(y + dy, s);
                if (x[y * s + c] != plain[sy * s + sx]) {
                    return false;
                }
            }
        }
        return true;
    }

    @Test
    void nonSquareImagesAreCentreCroppedAndBatched() throws Exception {
        List<FaceRecord> records = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            records.add(new FaceRecord(SharedData.set("orl_faces").resolve("s1/" + i + ".pgm"),
                    null, new Identity("orl", "s1"), null, null));
        }
        FaceDataset ds = FaceDataset.builder().setFaces(new FaceSet("orl", records))
                .optPreprocessing(new Preprocessing(32, 3, false, 0)).optOrderedBatches(4)
                .build();
        try (NDManager m = NDManager.newBaseManager()) {
            List<Shape> shapes = new ArrayList<>();
            for (Batch batch : ds.getData(m)) {
                shapes.add(batch.getData().head().getShape());
                assertEquals(-1L, batch.getLabels().get(0).getLong(0));
                assertEquals(0L, batch.getLabels().get(1).getLong(0));
                batch.close();
            }
            assertEquals(List.of(new Shape(4, 3, 32, 32), new Shape(1, 3, 32, 32)), shapes);
        }
        float[] x = ds.image(0);
        assertArrayEquals(Arrays.copyOfRange(x, 0, 1024), Arrays.copyOfRange(x, 1024, 2048));
    }

    @Test
    void badImagesFailOrAreSkipped() throws Exception {
        FaceSet set = smallCk(2);
        Path bad = tmp.resolve("S999_001_00000001.png");
        Files.writeString(bad, "not a face");
        List<FaceRecord> records = new ArrayList<>(set.records());
        records.add(new FaceRecord(bad, Expression.HAPPINESS, null, null, null));
        FaceSet withBad = new FaceSet("ck48", records);
        DataException e = assertThrows(DataException.class,
                () -> FaceDataset.builder().setFaces(withBad).build());
        assertTrue(e.getMessage().startsWith(bad.toString()), e.getMessage());
        FaceDataset ds = FaceDataset.builder().setFaces(withBad).optSkipBad(true).build();
        assertEquals(4, ds.size());
        assertEquals(1, ds.skipped().size());
        assertTrue(ds.skipped().get(0).contains(bad.toString()));
    }
}
