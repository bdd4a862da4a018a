package org.cdgan.eval;

import java.util.Objects;

import smile.manifold.TSNE;
import smile.math.MathEx;

/**
 * A 2-d t-SNE map of an embedding with Smile's exact t-SNE (van der Maaten and Hinton 2008),
 * as the article's Figure 7 shows the {@code E_e} features of the test set, together with the
 * silhouette of the classes in the original space and in the map, so the picture comes with a
 * number.
 *
 * <p>Limitation: Smile's t-SNE here is exact, O(n^2) in memory and time; subsample the
 * embedding above a few thousand points ({@link Embedding#subsample}).
 *
 * @param coordinates n points, each {x, y}
 * @param embedding the embedding that was projected
 * @param cost the Kullback-Leibler divergence the optimisation ended at
 * @param silhouetteFeatures the silhouette of the classes in the original feature space
 * @param silhouetteMap the silhouette of the classes in the 2-d map
 */
public record TSNEProjection(double[][] coordinates, Embedding embedding, double cost,
        double silhouetteFeatures, double silhouetteMap) {

    /** Default perplexity, the effective number of neighbours. */
    public static final double PERPLEXITY = 30;

    /** Default learning rate of the gradient descent. */
    public static final double LEARNING_RATE = 200;

    /** Default number of iterations. */
    public static final int ITERATIONS = 1000;

    /**
     * Projects with the default perplexity, learning rate and iterations; the perplexity is
     * lowered to {@code (n - 1) / 6} for small sets, where 30 neighbours do not exist.
     *
     * @param embedding the vectors to map
     * @param seed the seed of the random initial map
     */
    public static TSNEProjection of(Embedding embedding, long seed) {
        double perplexity = Math.min(PERPLEXITY, Math.max(2, (embedding.size() - 1) / 6.0));
        return of(embedding, perplexity, LEARNING_RATE, ITERATIONS, seed);
    }

    /**
     * Projects with the given settings.
     *
     * @param embedding the vectors to map
     * @param perplexity the effective number of neighbours
     * @param learningRate the gradient-descent step
     * @param iterations the number of iterations
     * @param seed the seed of the random initial map
     */
    public static TSNEProjection of(Embedding embedding, double perplexity,
            double learningRate, int iterations, long seed) {
        Objects.requireNonNull(embedding, "embedding");
        if (embedding.size() < 4) {
            throw new IllegalArgumentException("t-SNE needs at least 4 points, the embedding "
                    + "has " + embedding.size());
        }
        double[][] x = embedding.features();
        if (x.length == x[0].length) {
            // Smile reads a square input as a distance matrix: add a constant column, which
            // changes no distance, to keep it read as data.
            x = withConstantColumn(x);
        }
        MathEx.setSeed(seed);
        TSNE tsne = new TSNE(x, 2, perplexity, learningRate, iterations);
        double[][] map = tsne.coordinates;
        return new TSNEProjection(map, embedding, tsne.cost(),
                Silhouette.score(embedding.features(), embedding.labels()),
                Silhouette.score(map, embedding.labels()));
    }

    private static double[][] withConstantColumn(double[][] x) {
        double[][] wider = new double[x.length][];
        for (int i = 0; i < x.length; i++) {
            wider[i] = java.util.Arrays.copyOf(x[i], x[i].length + 1);
        }
        return wider;
    }
}
