package org.cdgan.data;

import ai.djl.training.dataset.RandomAccessDataset;
import ai.djl.training.dataset.Sampler;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Random;

/**
 * A shuffled order of a dataset's samples, drawn from the seed and the epoch of a
 * {@link FaceDataset} (a fixed seed for other datasets), so each epoch's order can be repeated.
 */
public final class EpochShuffle implements Sampler.SubSampler {

    @Override
    public Iterator<Long> sample(RandomAccessDataset dataset) {
        long seed = Preprocessing.DEFAULT_SEED;
        if (dataset instanceof FaceDataset faces) {
            seed = Seeds.mix(faces.preprocessing().seed(), faces.epoch(), -1);
        }
        List<Long> order = new ArrayList<>();
        for (long i = 0; i < dataset.size(); i++) {
            order.add(i);
        }
        Collections.shuffle(order, new Random(seed));
        return order.iterator();
    }
}
