package org.cdgan.train;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The settings of baseline training, with method.md's defaults: Adam, learning rate 1e-4,
 * betas 0.9 / 0.999, batch 32.
 *
 * @param epochs the number of passes over the training images (default 10)
 * @param batchSize images per step (default 32)
 * @param learningRate Adam's learning rate (default 1e-4)
 * @param beta1 Adam's first-moment decay (default 0.9)
 * @param beta2 Adam's second-moment decay (default 0.999)
 * @param seed the seed of initialisation, shuffling and augmentation (default 42)
 * @param device {@code auto} (a GPU when there is one, else the CPU), {@code cpu}, {@code gpu}
 *     or {@code gpu:N}
 */
public record BaselineConfig(int epochs, int batchSize, float learningRate, float beta1,
        float beta2, long seed, String device) {

    /** Default number of epochs. */
    public static final int DEFAULT_EPOCHS = 10;

    /** Default batch size. */
    public static final int DEFAULT_BATCH = 32;

    public BaselineConfig {
        if (epochs < 1) {
            throw new IllegalArgumentException("epochs must be at least 1, not " + epochs);
        }
        if (batchSize < 2) {
            throw new IllegalArgumentException("batch size must be at least 2, not "
                    + batchSize);
        }
    }

    /** The defaults. */
    public static BaselineConfig defaults() {
        return new BaselineConfig(DEFAULT_EPOCHS, DEFAULT_BATCH, NamedAdam.DEFAULT_LEARNING_RATE,
                NamedAdam.CLASSIFIER_BETAS[0], NamedAdam.CLASSIFIER_BETAS[1], 42, "auto");
    }

    /** The same settings with another epoch count. */
    public BaselineConfig withEpochs(int n) {
        return new BaselineConfig(n, batchSize, learningRate, beta1, beta2, seed, device);
    }

    /** The same settings with another batch size. */
    public BaselineConfig withBatchSize(int n) {
        return new BaselineConfig(epochs, n, learningRate, beta1, beta2, seed, device);
    }

    /** The same settings with another learning rate. */
    public BaselineConfig withLearningRate(float lr) {
        return new BaselineConfig(epochs, batchSize, lr, beta1, beta2, seed, device);
    }

    /** The same settings with another seed. */
    public BaselineConfig withSeed(long s) {
        return new BaselineConfig(epochs, batchSize, learningRate, beta1, beta2, s, device);
    }

    /** The same settings on another device. */
    public BaselineConfig withDevice(String d) {
        return new BaselineConfig(epochs, batchSize, learningRate, beta1, beta2, seed, d);
    }

    /** The settings by name, for run records. */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("epochs", epochs);
        m.put("batchSize", batchSize);
        m.put("learningRate", learningRate);
        m.put("beta1", beta1);
        m.put("beta2", beta2);
        m.put("seed", seed);
        m.put("device", device);
        return m;
    }
}
