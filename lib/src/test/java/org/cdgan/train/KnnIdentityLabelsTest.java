package org.cdgan.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class KnnIdentityLabelsTest {

    private static final float[][] BANK = {{1, 0}, {0.9f, 0.1f}, {0.8f, 0.3f}, {0, 1},
        {0.1f, 0.9f}, {-1, 0}};
    private static final int[] LABELS = {7, 7, 3, 3, 3, 9};

    @Test
    void majorityOfTheNearestByCosine() {
        KnnIdentityLabels knn = new KnnIdentityLabels(BANK, LABELS, 3);
        // nearest to (1, 0.05): rows 0, 1, 2 -> 7, 7, 3
        assertEquals(7, knn.label(new float[] {10, 0.5f}));
        // nearest to (0.05, 1): rows 3, 4, 2 -> 3, 3, 3
        assertEquals(3, knn.label(new float[] {0.05f, 1}));
        // scale does not matter, only direction
        assertEquals(9, new KnnIdentityLabels(BANK, LABELS, 1).label(new float[] {-100, 1}));
    }

    @Test
    void tieGoesToTheNearerIdentity() {
        // k = 2 near (0.85, 0.2): rows 1 (7) and 2 (3) -- one vote each; row 2 is nearer
        KnnIdentityLabels knn = new KnnIdentityLabels(BANK, LABELS, 2);
        assertEquals(3, knn.label(new float[] {0.8f, 0.32f}));
        assertEquals(7, knn.label(new float[] {0.92f, 0.12f}));
    }

    @Test
    void rejectsABankWithoutLabels() {
        assertThrows(IllegalArgumentException.class,
                () -> new KnnIdentityLabels(BANK, new int[] {1}, 5));
    }
}
