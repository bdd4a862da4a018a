package org.cdgan.train;

import java.util.Arrays;

/**
 * kNN identity pseudo-labels {@code y_fe = kNN(E_f(x_e))} for expression images of a set
 * without subject ids: the majority vote of the k identity-set images whose {@code E_f}
 * features are most similar by cosine similarity.
 *
 * <p>The bank holds the {@code E_f} features of the identity set's training images; the trainer
 * rebuilds it at the start of every epoch (method.md's schedule), so the labels follow
 * {@code E_f} as it trains. A tied vote goes to the tied identity with the most similar single
 * neighbour.
 */
public final class KnnIdentityLabels {

    private final float[][] bank;
    private final int[] labels;
    private final int k;

    /**
     * @param features the bank, one feature vector a row (normalised here)
     * @param labels the identity index of each row
     * @param k the number of neighbours that vote
     */
    public KnnIdentityLabels(float[][] features, int[] labels, int k) {
        if (features.length != labels.length || features.length == 0) {
            throw new IllegalArgumentException("kNN bank needs one label per feature row, got "
                    + features.length + " rows and " + labels.length + " labels");
        }
        this.bank = new float[features.length][];
        for (int i = 0; i < features.length; i++) {
            bank[i] = normalised(features[i]);
        }
        this.labels = labels.clone();
        this.k = Math.min(k, features.length);
    }

    /** The identity index voted for a feature vector. */
    public int label(float[] feature) {
        float[] q = normalised(feature);
        float[] similarity = new float[bank.length];
        Integer[] order = new Integer[bank.length];
        for (int i = 0; i < bank.length; i++) {
            float dot = 0;
            for (int d = 0; d < q.length; d++) {
                dot += q[d] * bank[i][d];
            }
            similarity[i] = dot;
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Float.compare(similarity[b], similarity[a]));
        int best = -1;
        int bestVotes = 0;
        for (int n = 0; n < k; n++) {
            // walking neighbours nearest first, a later identity must strictly win the vote
            int candidate = labels[order[n]];
            int votes = 0;
            for (int m = 0; m < k; m++) {
                if (labels[order[m]] == candidate) {
                    votes++;
                }
            }
            if (votes > bestVotes) {
                best = candidate;
                bestVotes = votes;
            }
        }
        return best;
    }

    /** The bank size. */
    public int size() {
        return bank.length;
    }

    private static float[] normalised(float[] v) {
        double norm = 0;
        for (float x : v) {
            norm += x * x;
        }
        float scale = (float) (1 / Math.max(Math.sqrt(norm), 1e-12));
        float[] out = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = v[i] * scale;
        }
        return out;
    }
}
