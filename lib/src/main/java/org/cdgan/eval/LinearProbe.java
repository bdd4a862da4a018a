package org.cdgan.eval;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import smile.classification.LogisticRegression;

/**
 * A linear probe: multinomial logistic regression (Smile) trained on frozen features to predict
 * a factor, scored on held-out vectors. It measures how much of the factor the features carry
 * in linearly readable form: identity from the expression code {@code E_e} (identity leakage,
 * lower is better) or expression from the identity code {@code E_f}. Features are standardised
 * with the training vectors' mean and standard deviation.
 *
 * @param lambda the L2 penalty of the logistic regression
 * @param tolerance the convergence tolerance of its optimiser
 * @param maxIterations the optimiser's iteration limit
 */
public record LinearProbe(double lambda, double tolerance, int maxIterations) {

    /** Default L2 penalty: enough to keep 512-d probes on a few hundred images stable. */
    public static final double LAMBDA = 0.1;

    /** Default convergence tolerance. */
    public static final double TOLERANCE = 1e-5;

    /** Default iteration limit. */
    public static final int MAX_ITERATIONS = 500;

    /**
     * What a probe found.
     *
     * @param accuracy the share of test vectors whose class the probe predicted
     * @param chance the uniform chance level, 1 / (number of classes in the training vectors)
     * @param majority the share of test vectors of the training vectors' most frequent class:
     *     what always guessing that class would score
     * @param classes the number of classes seen in training
     * @param trainSize the training vectors
     * @param testSize the test vectors
     */
    public record Result(double accuracy, double chance, double majority, int classes,
            int trainSize, int testSize) {

        /** The accuracy above chance, as a multiple of chance (1 means no information). */
        public double overChance() {
            return accuracy / chance;
        }
    }

    /** A probe with the default penalty, tolerance and iteration limit. */
    public LinearProbe() {
        this(LAMBDA, TOLERANCE, MAX_ITERATIONS);
    }

    /**
     * Trains on one embedding and scores on the other; labels are compared as integers, so a
     * test label never seen in training counts as a miss.
     *
     * @param train the training vectors and their factor labels
     * @param test the test vectors, same dimension
     */
    public Result fit(Embedding train, Embedding test) {
        return fit(train.features(), train.labels(), test.features(), test.labels());
    }

    /**
     * Trains on the first set and scores on the second.
     *
     * @param trainX training vectors
     * @param trainY their labels, any integers
     * @param testX test vectors of the same dimension
     * @param testY their labels
     */
    public Result fit(double[][] trainX, int[] trainY, double[][] testX, int[] testY) {
        Objects.requireNonNull(trainX, "trainX");
        if (trainX.length != trainY.length || testX.length != testY.length) {
            throw new IllegalArgumentException("vectors and labels differ in number: "
                    + trainX.length + "/" + trainY.length + " train, " + testX.length + "/"
                    + testY.length + " test");
        }
        if (trainX.length == 0 || testX.length == 0) {
            throw new IllegalArgumentException("a linear probe needs training and test "
                    + "vectors; got " + trainX.length + " and " + testX.length);
        }
        // Smile wants classes 0..k-1: index the labels in first-seen order.
        Map<Integer, Integer> index = new LinkedHashMap<>();
        int[] y = new int[trainY.length];
        int[] counts = new int[trainY.length];
        for (int i = 0; i < trainY.length; i++) {
            y[i] = index.computeIfAbsent(trainY[i], key -> index.size());
            counts[y[i]]++;
        }
        int k = index.size();
        if (k < 2) {
            throw new IllegalArgumentException("a linear probe needs at least 2 classes in "
                    + "its training vectors; all " + trainX.length + " have label " + trainY[0]);
        }
        int most = 0;
        for (int c = 1; c < k; c++) {
            most = counts[c] > counts[most] ? c : most;
        }

        double[] mean = new double[trainX[0].length];
        double[] sd = new double[mean.length];
        standardisation(trainX, mean, sd);
        double[][] x = standardise(trainX, mean, sd);
        double[][] t = standardise(testX, mean, sd);

        LogisticRegression model = k == 2
                ? LogisticRegression.binomial(x, y, lambda, tolerance, maxIterations)
                : LogisticRegression.multinomial(x, y, lambda, tolerance, maxIterations);
        int hits = 0;
        int majorityHits = 0;
        for (int i = 0; i < t.length; i++) {
            Integer truth = index.get(testY[i]);
            if (truth != null && model.predict(t[i]) == truth) {
                hits++;
            }
            if (truth != null && truth == most) {
                majorityHits++;
            }
        }
        return new Result((double) hits / t.length, 1.0 / k, (double) majorityHits / t.length,
                k, trainX.length, testX.length);
    }

    private static void standardisation(double[][] x, double[] mean, double[] sd) {
        for (double[] row : x) {
            for (int d = 0; d < mean.length; d++) {
                mean[d] += row[d];
            }
        }
        for (int d = 0; d < mean.length; d++) {
            mean[d] /= x.length;
        }
        for (double[] row : x) {
            for (int d = 0; d < mean.length; d++) {
                double diff = row[d] - mean[d];
                sd[d] += diff * diff;
            }
        }
        for (int d = 0; d < sd.length; d++) {
            sd[d] = Math.sqrt(sd[d] / x.length);
            if (sd[d] < 1e-12) {
                sd[d] = 1; // a constant feature stays 0 after centring
            }
        }
    }

    private static double[][] standardise(double[][] x, double[] mean, double[] sd) {
        double[][] out = new double[x.length][];
        for (int i = 0; i < x.length; i++) {
            if (x[i].length != mean.length) {
                throw new IllegalArgumentException("vector " + i + " has " + x[i].length
                        + " dimensions, the training vectors " + mean.length);
            }
            out[i] = Arrays.copyOf(x[i], x[i].length);
            for (int d = 0; d < mean.length; d++) {
                out[i][d] = (out[i][d] - mean[d]) / sd[d];
            }
        }
        return out;
    }
}
