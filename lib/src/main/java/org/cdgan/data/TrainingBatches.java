package org.cdgan.data;

import ai.djl.training.dataset.BatchSampler;
import ai.djl.training.dataset.RandomAccessDataset;
import ai.djl.training.dataset.Sampler;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * Shuffled training batches ({@link EpochShuffle}) that never end with a batch of one image:
 * batch normalisation in training mode cannot normalise a single sample whose feature map has
 * shrunk to 1 x 1 (inputs below 64 px), so a last batch of one is left out of that epoch. The
 * image is not lost: the next epoch's shuffle puts another image last.
 */
public final class TrainingBatches implements Sampler {

    private final BatchSampler batches;

    /**
     * Shuffled batches.
     *
     * @param batchSize images a batch (at least 2)
     * @param dropLast whether to drop any last, incomplete batch
     */
    public TrainingBatches(int batchSize, boolean dropLast) {
        this.batches = new BatchSampler(new EpochShuffle(), batchSize, dropLast);
    }

    @Override
    public Iterator<List<Long>> sample(RandomAccessDataset dataset) {
        Iterator<List<Long>> all = batches.sample(dataset);
        return new Iterator<>() {
            private List<Long> next = advance();

            private List<Long> advance() {
                if (!all.hasNext()) {
                    return null;
                }
                List<Long> b = all.next();
                boolean lonelyLast = b.size() == 1 && !all.hasNext() && dataset.size() > 1;
                return lonelyLast ? null : b;
            }

            @Override
            public boolean hasNext() {
                return next != null;
            }

            @Override
            public List<Long> next() {
                if (next == null) {
                    throw new NoSuchElementException();
                }
                List<Long> b = next;
                next = advance();
                return b;
            }
        };
    }

    @Override
    public int getBatchSize() {
        return batches.getBatchSize();
    }
}
