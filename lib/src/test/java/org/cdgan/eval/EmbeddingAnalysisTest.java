package org.cdgan.eval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class EmbeddingAnalysisTest {

    /** n points per class around k well-separated centres in d dimensions. */
    static Embedding clusters(int k, int n, int d, double spread, long seed) {
        Random random = new Random(seed);
        double[][] centres = new double[k][d];
        for (int c = 0; c < k; c++) {
            centres[c][c % d] = 10; // centres 10 * sqrt(2) apart
        }
        double[][] x = new double[k * n][d];
        int[] y = new int[k * n];
        for (int c = 0; c < k; c++) {
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < d; j++) {
                    x[c * n + i][j] = centres[c][j] + spread * random.nextGaussian();
                }
                y[c * n + i] = c;
            }
        }
        List<String> names = new java.util.ArrayList<>();
        for (int c = 0; c < k; c++) {
            names.add("c" + c);
        }
        return new Embedding(x, y, names);
    }

    @Test
    void silhouetteOfFourPointsMatchesHandComputation() {
        double[][] x = {{0}, {1}, {10}, {11}};
        int[] y = {0, 0, 1, 1};
        // s(0) = (10.5 - 1) / 10.5, s(1) = (9.5 - 1) / 9.5, and symmetrically for class 1
        double expected = ((9.5 / 10.5) + (8.5 / 9.5)) / 2;
        assertEquals(expected, Silhouette.score(x, y), 1e-12);
        assertTrue(Double.isNaN(Silhouette.score(x, new int[] {3, 3, 3, 3})));
        // a point alone in its class counts 0
        double withSingleton = Silhouette.score(new double[][] {{0}, {1}, {50}},
                new int[] {0, 0, 1});
        double s0 = (50 - 1) / 50.0;
        double s1 = (49 - 1) / 49.0;
        assertEquals((s0 + s1) / 3, withSingleton, 1e-12);
    }

    @Test
    void silhouetteOfRandomLabelsIsNearZero() {
        Random random = new Random(3);
        double[][] x = new double[300][5];
        int[] y = new int[300];
        for (int i = 0; i < 300; i++) {
            for (int j = 0; j < 5; j++) {
                x[i][j] = random.nextGaussian();
            }
            y[i] = random.nextInt(3);
        }
        assertEquals(0, Silhouette.score(x, y), 0.05);
        assertTrue(Silhouette.score(clusters(3, 30, 8, 0.5, 1).features(),
                clusters(3, 30, 8, 0.5, 1).labels()) > 0.8);
    }

    @Test
    void tsneKeepsSeparatedClustersApartAndIsReproducible() {
        Embedding e = clusters(3, 30, 20, 1.0, 7);
        TSNEProjection p = TSNEProjection.of(e, 10, 200, 400, 42);
        assertEquals(90, p.coordinates().length);
        assertEquals(2, p.coordinates()[0].length);
        assertTrue(p.silhouetteFeatures() > 0.6, "features " + p.silhouetteFeatures());
        assertTrue(p.silhouetteMap() > 0.6, "map " + p.silhouetteMap());
        assertTrue(Double.isFinite(p.cost()));
        TSNEProjection again = TSNEProjection.of(e, 10, 200, 400, 42);
        assertArrayEquals(p.coordinates()[5], again.coordinates()[5], 1e-9);
    }

    @Test
    void tsneReadsASquareInputAsDataNotDistances() {
        Embedding e = clusters(3, 20, 60, 1.0, 9); // 60 points in 60 dimensions
        TSNEProjection p = TSNEProjection.of(e, 42);
        assertEquals(60, p.coordinates().length);
        assertTrue(p.silhouetteMap() > 0.5, "map " + p.silhouetteMap());
    }

    @Test
    void subsampleKeepsEveryClassAndItsShare() {
        Embedding e = clusters(3, 40, 4, 1, 2);
        Embedding s = e.subsample(30, 5);
        assertEquals(30, s.size());
        int[] counts = new int[3];
        for (int label : s.labels()) {
            counts[label]++;
        }
        assertArrayEquals(new int[] {10, 10, 10}, counts);
        assertEquals(e, e.subsample(500, 5));
        Embedding part = e.select(new int[] {0, 119});
        assertArrayEquals(new int[] {0, 2}, part.labels());
    }

    @Test
    void probeReadsALinearlyEncodedFactorAndNotNoise() {
        Embedding train = clusters(4, 40, 16, 1.5, 11);
        Embedding test = clusters(4, 20, 16, 1.5, 12);
        LinearProbe.Result r = new LinearProbe().fit(train, test);
        assertEquals(1.0, r.accuracy(), 0.02);
        assertEquals(0.25, r.chance(), 1e-12);
        assertEquals(0.25, r.majority(), 1e-12);
        assertEquals(4, r.classes());
        assertEquals(160, r.trainSize());

        Random random = new Random(4);
        double[][] x = new double[400][16];
        int[] y = new int[400];
        for (int i = 0; i < 400; i++) {
            for (int j = 0; j < 16; j++) {
                x[i][j] = random.nextGaussian();
            }
            y[i] = new int[] {7, 42, 3, 5}[random.nextInt(4)]; // any integer labels
        }
        double[][] trainX = java.util.Arrays.copyOfRange(x, 0, 300);
        int[] trainY = java.util.Arrays.copyOfRange(y, 0, 300);
        double[][] testX = java.util.Arrays.copyOfRange(x, 300, 400);
        int[] testY = java.util.Arrays.copyOfRange(y, 300, 400);
        LinearProbe.Result noise = new LinearProbe().fit(trainX, trainY, testX, testY);
        assertEquals(0.25, noise.chance(), 1e-12);
        assertTrue(noise.accuracy() < 0.40, "noise probe " + noise.accuracy());
    }

    @Test
    void probeCountsUnseenTestLabelsAsMissesAndRejectsOneClass() {
        double[][] x = {{0}, {0.1}, {5}, {5.1}};
        LinearProbe.Result r = new LinearProbe().fit(x, new int[] {1, 1, 2, 2},
                new double[][] {{0.05}, {5.05}, {5.0}}, new int[] {1, 2, 9});
        assertEquals(2.0 / 3, r.accuracy(), 1e-12);
        assertEquals(0.5, r.chance(), 1e-12);
        assertThrows(IllegalArgumentException.class, () -> new LinearProbe().fit(x,
                new int[] {1, 1, 1, 1}, x, new int[] {1, 1, 1, 1}));
    }
}
