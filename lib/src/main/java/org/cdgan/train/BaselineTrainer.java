package org.cdgan.train;

import ai.djl.Device;
import ai.djl.Model;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.GradientCollector;
import ai.djl.training.Trainer;
import ai.djl.training.dataset.Batch;
import ai.djl.training.dataset.BatchSampler;
import ai.djl.training.dataset.Sampler;
import ai.djl.training.dataset.SequenceSampler;
import ai.djl.training.loss.Loss;
import ai.djl.translate.TranslateException;
import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.reflect.TypeToken;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.cdgan.data.DataException;
import org.cdgan.data.FaceDataset;
import org.cdgan.eval.ConfusionMatrix;
import org.cdgan.model.Classifier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Trains the baseline: a {@link Classifier} (ResNet-18 and a linear head) with softmax
 * cross-entropy on the expression labels alone, optimised by {@link NamedAdam}. After each
 * epoch it logs a line (loss, train and test accuracy, images per second), evaluates on the
 * test images and, when given a checkpoint file, saves a checkpoint there; with resume it
 * continues after the last saved epoch, with the same shuffles and augmentation as an
 * uninterrupted run.
 *
 * <p>Gradients are zeroed before every step, and each batch's arrays are freed with the batch,
 * so memory stays flat across epochs.
 */
public final class BaselineTrainer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(BaselineTrainer.class);
    private static final Gson GSON = new GsonBuilder().serializeSpecialFloatingPointValues()
            .create();

    private final BaselineConfig config;
    private final Model model;
    private final Classifier classifier;
    private final NamedAdam adam;
    private final Trainer trainer;
    private final Loss loss = Loss.softmaxCrossEntropyLoss();
    private final List<EpochStats> history = new ArrayList<>();
    private int epochsDone;

    /**
     * Builds the network for inputs of {@code channels} x {@code size} x {@code size} and K
     * classes, initialised from the seed, and optionally restores a checkpoint.
     *
     * @param config the training settings
     * @param channels 1 or 3
     * @param size the input side S
     * @param classes K
     * @param resumeFrom a checkpoint to continue from, or {@code null}
     */
    public BaselineTrainer(BaselineConfig config, int channels, int size, int classes,
            Path resumeFrom) throws IOException {
        this.config = config;
        Device device = Devices.choose(config.device());
        Engine.getInstance().setRandomSeed((int) config.seed());
        classifier = new Classifier(channels, classes);
        model = Model.newInstance("baseline", device);
        model.setBlock(classifier);
        classifier.initialize(model.getNDManager(), DataType.FLOAT32,
                new Shape(1, channels, size, size));
        adam = NamedAdam.builder().optLearningRate(config.learningRate())
                .optBetas(config.beta1(), config.beta2()).build();
        adam.bind(classifier);
        if (resumeFrom != null && Files.exists(resumeFrom)) {
            Checkpoint c = Checkpoint.load(resumeFrom, model.getNDManager(), classifier, adam);
            if (c.seed() != config.seed()) {
                model.close();
                throw new DataException(resumeFrom + ": saved by a run with seed " + c.seed()
                        + ", not " + config.seed() + "; resume with --seed " + c.seed()
                        + " or choose another --out");
            }
            epochsDone = c.epoch();
            String json = c.meta().get("history");
            if (json != null) {
                history.addAll(GSON.fromJson(json,
                        new TypeToken<List<EpochStats>>() { }.getType()));
            }
            LOG.info("resumed from {} after epoch {}", resumeFrom, epochsDone);
        }
        trainer = model.newTrainer(new DefaultTrainingConfig(loss).optOptimizer(adam)
                .optDevices(new Device[] {device}));
    }

    /** The network. */
    public Classifier classifier() {
        return classifier;
    }

    /** The optimiser. */
    public NamedAdam optimiser() {
        return adam;
    }

    /** The number of completed epochs (from a checkpoint when resumed). */
    public int epochsDone() {
        return epochsDone;
    }

    /** The figures of every completed epoch, including those before a resume. */
    public List<EpochStats> history() {
        return List.copyOf(history);
    }

    /**
     * Trains up to {@code config.epochs()} epochs in total.
     *
     * @param train the training images, augmented and shuffled
     * @param test the images to evaluate on after each epoch, or {@code null}
     * @param checkpoint where to save a checkpoint after each epoch, or {@code null}
     * @param onEpoch called with each epoch's figures (the console's progress line)
     * @return the history of all epochs
     */
    public List<EpochStats> fit(FaceDataset train, FaceDataset test, Path checkpoint,
            Consumer<EpochStats> onEpoch) throws IOException {
        GradMode.off();
        for (int epoch = epochsDone; epoch < config.epochs(); epoch++) {
            long start = System.nanoTime();
            train.setEpoch(epoch);
            double lossSum = 0;
            long correct = 0;
            long seen = 0;
            for (Batch batch : batches(train)) {
                try (batch) {
                    NDArray labels = batch.getLabels().get(0);
                    NDList labelList = new NDList(labels);
                    NDArray lossValue;
                    NDList predictions;
                    try (GradientCollector gc = trainer.newGradientCollector()) {
                        gc.zeroGradients();
                        predictions = trainer.forward(batch.getData(), labelList);
                        lossValue = loss.evaluate(labelList, predictions);
                        gc.backward(lossValue);
                    }
                    trainer.step();
                    long n = labels.size();
                    lossSum += lossValue.getFloat() * n;
                    correct += predictions.head().argMax(1).eq(labels).countNonzero().getLong();
                    seen += n;
                }
            }
            double trainSeconds = (System.nanoTime() - start) / 1e9;
            double testAccuracy = test == null ? Double.NaN : evaluate(test).accuracy();
            double seconds = (System.nanoTime() - start) / 1e9;
            EpochStats stats = new EpochStats(epoch + 1, lossSum / seen, (double) correct / seen,
                    testAccuracy, seen / trainSeconds, seconds);
            history.add(stats);
            epochsDone = epoch + 1;
            LOG.info(String.format(java.util.Locale.ROOT,
                    "epoch %d/%d loss %.4f train acc %.4f test acc %.4f %.1f images/s",
                    stats.epoch(), config.epochs(), stats.loss(), stats.trainAccuracy(),
                    stats.testAccuracy(), stats.imagesPerSecond()));
            if (checkpoint != null) {
                Checkpoint.save(checkpoint, classifier, adam, epochsDone, config.seed(),
                        Map.of("history", GSON.toJson(history)));
            }
            if (onEpoch != null) {
                onEpoch.accept(stats);
            }
        }
        return history();
    }

    /**
     * The predicted class of every sample of {@code data}, in sample order, from the network
     * in inference mode.
     */
    public int[] predict(FaceDataset data) throws IOException {
        float[][] scores = logits(data);
        int[] out = new int[scores.length];
        for (int i = 0; i < scores.length; i++) {
            int best = 0;
            for (int k = 1; k < scores[i].length; k++) {
                if (scores[i][k] > scores[i][best]) {
                    best = k;
                }
            }
            out[i] = best;
        }
        return out;
    }

    /** The logits of every sample of {@code data}, in sample order (inference mode). */
    public float[][] logits(FaceDataset data) throws IOException {
        GradMode.off();
        float[][] out = new float[Math.toIntExact(data.size())][];
        int i = 0;
        Sampler inOrder = new BatchSampler(new SequenceSampler(), config.batchSize(), false);
        Iterable<Batch> ordered;
        try {
            ordered = data.getData(trainer.getManager(), inOrder);
        } catch (TranslateException e) {
            throw new IOException("cannot batch " + data.faces().name() + ": "
                    + e.getMessage(), e);
        }
        for (Batch batch : ordered) {
            try (batch) {
                NDArray logits = trainer.evaluate(batch.getData()).head();
                int k = (int) logits.getShape().get(1);
                float[] flat = logits.toFloatArray();
                for (int b = 0; b < flat.length / k; b++) {
                    float[] row = new float[k];
                    System.arraycopy(flat, b * k, row, 0, k);
                    out[i++] = row;
                }
            }
        }
        return out;
    }

    /**
     * Scores the network on {@code data}: samples whose expression is not in the class list
     * (label -1) are left out.
     */
    public ConfusionMatrix evaluate(FaceDataset data) throws IOException {
        int[] predicted = predict(data);
        ConfusionMatrix m = new ConfusionMatrix(data.classes());
        for (int i = 0; i < predicted.length; i++) {
            int truth = data.expressionIndex(i);
            if (truth >= 0) {
                m.add(truth, predicted[i]);
            }
        }
        return m;
    }

    private Iterable<Batch> batches(FaceDataset data) throws IOException {
        try {
            return trainer.iterateDataset(data);
        } catch (TranslateException e) {
            throw new IOException("cannot batch " + data.faces().name() + ": "
                    + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        trainer.close();
        model.close();
    }
}
