package org.cdgan.data;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.dataset.BatchSampler;
import ai.djl.training.dataset.RandomAccessDataset;
import ai.djl.training.dataset.Record;
import ai.djl.training.dataset.SequenceSampler;
import ai.djl.util.Progress;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link FaceSet} as a DJL dataset, so training uses DJL's batching.
 *
 * <p>Sample {@code i}'s data is {@code NDList[image]}, a float32 (C, S, S) array in [-1, 1];
 * its labels are {@code NDList[expression, identity]}, two int64 scalars: the index of the
 * expression in the class list and of the identity in the identity list, each -1 when unknown
 * or not listed. {@link #record(long)} gives the image's {@link FaceRecord} (its path).
 *
 * <p>Every image is decoded, centre-cropped and resized once, when the dataset is built, and
 * kept in memory as bytes (C x S x S a face: 4 KB at 64 px grey); augmentation works on these.
 * The augmentation of sample {@code i} in epoch {@code e} depends only on (seed, e, i), and so
 * does the shuffled order of an epoch ({@link EpochShuffle}): a run resumed at epoch {@code e}
 * sees exactly the batches the uninterrupted run would have seen.
 */
public final class FaceDataset extends RandomAccessDataset {

    private static final Logger LOG = LoggerFactory.getLogger(FaceDataset.class);

    private final FaceSet faces;
    private final Preprocessing preprocessing;
    private final List<Expression> classes;
    private final List<Identity> identities;
    private final List<FaceRecord> records;
    private final List<byte[]> pixels;
    private final int[] expressionIndex;
    private final int[] identityIndex;
    private final List<String> skipped;
    private volatile int epoch;

    private FaceDataset(Builder builder, List<FaceRecord> records, List<byte[]> pixels,
            List<String> skipped) {
        super(builder);
        this.faces = builder.faces;
        this.preprocessing = builder.preprocessing;
        this.classes = List.copyOf(builder.classes);
        this.identities = List.copyOf(builder.identities);
        this.records = List.copyOf(records);
        this.pixels = pixels;
        this.skipped = List.copyOf(skipped);
        Map<Expression, Integer> classIndex = new EnumMap<>(Expression.class);
        for (int i = 0; i < classes.size(); i++) {
            classIndex.put(classes.get(i), i);
        }
        Map<Identity, Integer> idIndex = new HashMap<>();
        for (int i = 0; i < identities.size(); i++) {
            idIndex.put(identities.get(i), i);
        }
        expressionIndex = new int[records.size()];
        identityIndex = new int[records.size()];
        for (int i = 0; i < records.size(); i++) {
            FaceRecord r = records.get(i);
            expressionIndex[i] = r.expression() == null ? -1
                    : classIndex.getOrDefault(r.expression(), -1);
            identityIndex[i] = r.identity() == null ? -1
                    : idIndex.getOrDefault(r.identity(), -1);
        }
    }

    /** A builder; set at least the faces. */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public Record get(NDManager manager, long index) {
        int i = Math.toIntExact(index);
        int s = preprocessing.size();
        NDList data = new NDList(manager.create(image(i), new Shape(preprocessing.channels(),
                s, s)));
        NDList labels = new NDList(manager.create((long) expressionIndex[i]),
                manager.create((long) identityIndex[i]));
        return new Record(data, labels);
    }

    /**
     * The network input of sample {@code i} in the current epoch: planar (C, S, S) values in
     * [-1, 1], augmented when the preprocessing says so.
     */
    public float[] image(int i) {
        byte[] base = pixels.get(i);
        if (!preprocessing.augment()) {
            return FacePixels.normalise(base);
        }
        SplittableRandom random = new SplittableRandom(
                Seeds.mix(preprocessing.seed(), epoch, i));
        return FacePixels.augment(base, preprocessing.channels(), preprocessing.size(),
                preprocessing.padding(), random);
    }

    @Override
    protected long availableSize() {
        return records.size();
    }

    @Override
    public void prepare(Progress progress) {
        // Images are decoded when the dataset is built.
    }

    /** The record of sample {@code i} (its path, labels and identity). */
    public FaceRecord record(long i) {
        return records.get(Math.toIntExact(i));
    }

    /** The records of every sample, in sample order. */
    public List<FaceRecord> records() {
        return records;
    }

    /** The expression index of sample {@code i}, or -1. */
    public int expressionIndex(int i) {
        return expressionIndex[i];
    }

    /** The identity index of sample {@code i}, or -1. */
    public int identityIndex(int i) {
        return identityIndex[i];
    }

    /** The class list: expression index k means {@code classes().get(k)}. */
    public List<Expression> classes() {
        return classes;
    }

    /** The identity list: identity index j means {@code identities().get(j)}. */
    public List<Identity> identities() {
        return identities;
    }

    /** The set the samples come from (before bad images were skipped). */
    public FaceSet faces() {
        return faces;
    }

    /** The preprocessing applied. */
    public Preprocessing preprocessing() {
        return preprocessing;
    }

    /** One line per image left out because it could not be used (only with skip-bad). */
    public List<String> skipped() {
        return skipped;
    }

    /** The epoch that draws the augmentation and the shuffled order. */
    public int epoch() {
        return epoch;
    }

    /** Sets the epoch; call at the start of each epoch of training. */
    public void setEpoch(int epoch) {
        this.epoch = epoch;
    }

    /** Builds a {@link FaceDataset}. */
    public static final class Builder extends BaseBuilder<Builder> {

        private FaceSet faces;
        private ImageSource images = new ImageFiles();
        private Preprocessing preprocessing = Preprocessing.defaults();
        private List<Expression> classes;
        private List<Identity> identities;
        private boolean skipBad;
        private int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        private final List<String> problems = Collections.synchronizedList(new ArrayList<>());

        private Builder() {
        }

        @Override
        protected Builder self() {
            return this;
        }

        /** The images (required). */
        public Builder setFaces(FaceSet set) {
            this.faces = Objects.requireNonNull(set, "set");
            return this;
        }

        /** Where pixels come from; default {@link ImageFiles} with any shape. */
        public Builder optImages(ImageSource source) {
            this.images = Objects.requireNonNull(source, "source");
            return this;
        }

        /** The preprocessing; default {@link Preprocessing#defaults()}. */
        public Builder optPreprocessing(Preprocessing p) {
            this.preprocessing = Objects.requireNonNull(p, "preprocessing");
            return this;
        }

        /** The class list that indexes expression labels; default the set's own classes. */
        public Builder optClasses(List<Expression> list) {
            this.classes = List.copyOf(list);
            return this;
        }

        /** The identity list that indexes identity labels; default the set's identities. */
        public Builder optIdentities(List<Identity> list) {
            this.identities = List.copyOf(list);
            return this;
        }

        /** Skip images that cannot be used (listed in {@code skipped()}) instead of failing. */
        public Builder optSkipBad(boolean skip) {
            this.skipBad = skip;
            return this;
        }

        /** The number of threads that decode images; default one per core. */
        public Builder optThreads(int n) {
            this.threads = Math.max(1, n);
            return this;
        }

        /**
         * Shuffled batches in an order drawn from the preprocessing seed and the epoch, never
         * ending with a batch of one image ({@link TrainingBatches}).
         *
         * @param batchSize the batch size
         * @param dropLast whether to drop a last, incomplete batch
         */
        public Builder optShuffledBatches(int batchSize, boolean dropLast) {
            return setSampling(new TrainingBatches(batchSize, dropLast));
        }

        /** Batches in sample order, as for evaluation. */
        public Builder optOrderedBatches(int batchSize) {
            return setSampling(new BatchSampler(new SequenceSampler(), batchSize, false));
        }

        /**
         * Decodes every image and builds the dataset. Without an explicit sampling, batches
         * of 32 are shuffled when augmenting and ordered otherwise.
         *
         * @throws DataException naming the first unusable image, unless skipping bad images
         */
        public FaceDataset build() throws IOException {
            Objects.requireNonNull(faces, "setFaces was not called");
            if (classes == null) {
                classes = faces.classes();
            }
            if (identities == null) {
                identities = faces.identities();
            }
            if (sampler == null) {
                if (preprocessing.augment()) {
                    optShuffledBatches(32, false);
                } else {
                    optOrderedBatches(32);
                }
            }
            List<FaceRecord> all = faces.records();
            List<byte[]> decoded = decodeAll(all);
            List<FaceRecord> kept = new ArrayList<>();
            List<byte[]> keptPixels = new ArrayList<>();
            List<String> skipped = new ArrayList<>();
            for (int i = 0; i < all.size(); i++) {
                if (decoded.get(i) != null) {
                    kept.add(all.get(i));
                    keptPixels.add(decoded.get(i));
                }
            }
            skipped.addAll(problems);
            if (!skipped.isEmpty()) {
                LOG.warn("{}: skipped {} unusable image(s)", faces.name(), skipped.size());
            }
            return new FaceDataset(this, kept, keptPixels, skipped);
        }

        private List<byte[]> decodeAll(List<FaceRecord> all) throws IOException {
            problems.clear();
            int s = preprocessing.size();
            int c = preprocessing.channels();
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            try {
                List<Future<byte[]>> futures = new ArrayList<>(all.size());
                for (FaceRecord r : all) {
                    futures.add(pool.submit(() -> {
                        BufferedImage image = images.load(r);
                        float[] planes = FacePixels.planes(image, c);
                        return FacePixels.squareResize(planes, c, image.getWidth(),
                                image.getHeight(), s);
                    }));
                }
                List<byte[]> out = new ArrayList<>(all.size());
                for (Future<byte[]> f : futures) {
                    try {
                        out.add(f.get());
                    } catch (ExecutionException e) {
                        Throwable cause = e.getCause();
                        if (!(cause instanceof DataException)) {
                            if (cause instanceof IOException io) {
                                throw io;
                            }
                            throw new UncheckedIOException(new IOException(cause));
                        }
                        if (!skipBad) {
                            throw (DataException) cause;
                        }
                        problems.add(cause.getMessage());
                        out.add(null);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IOException("interrupted while decoding images", e);
                    }
                }
                return out;
            } finally {
                pool.shutdownNow();
            }
        }
    }
}
