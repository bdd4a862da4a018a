package org.cdgan.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.djl.ndarray.NDManager;
import ai.djl.training.dataset.Batch;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrainingBatchesTest {

    /** The batch sizes of one training epoch. */
    private static List<Integer> sizes(FaceDataset ds) throws Exception {
        List<Integer> sizes = new ArrayList<>();
        try (NDManager m = NDManager.newBaseManager()) {
            for (Batch b : ds.getData(m)) {
                sizes.add(b.getSize());
                b.close();
            }
        }
        return sizes;
    }

    @Test
    void aLastBatchOfOneImageIsLeftOut() throws Exception {
        FaceSet six = FaceDatasetTest.smallCk(3);
        FaceSet five = six.filter(r -> !r.path().equals(six.records().get(0).path()));
        Preprocessing p = new Preprocessing(32, 1, true, 3);
        FaceDataset ds = FaceDataset.builder().setFaces(five).optPreprocessing(p)
                .optShuffledBatches(2, false).build();
        assertEquals(5, ds.size());
        // 2 + 2 + 1: batch normalisation cannot train on the lone image at 32 px.
        assertEquals(List.of(2, 2), sizes(ds));

        FaceDataset even = FaceDataset.builder().setFaces(six).optPreprocessing(p)
                .optShuffledBatches(4, false).build();
        assertEquals(List.of(4, 2), sizes(even));
    }
}
