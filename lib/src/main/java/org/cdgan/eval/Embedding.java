package org.cdgan.eval;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Random;

/**
 * Feature vectors with a class label each: the 512-d {@code E_e} or {@code E_f} codes of a set
 * of images, labelled by expression or by identity, as the t-SNE and the linear probes take
 * them.
 *
 * @param features n vectors of one dimension d
 * @param labels n class indices into {@code classes}
 * @param classes the class names
 */
public record Embedding(double[][] features, int[] labels, List<String> classes) {

    public Embedding {
        Objects.requireNonNull(features, "features");
        Objects.requireNonNull(labels, "labels");
        classes = List.copyOf(classes);
        if (features.length != labels.length) {
            throw new IllegalArgumentException(features.length + " feature vectors for "
                    + labels.length + " labels");
        }
        for (int i = 0; i < features.length; i++) {
            if (features[i].length != features[0].length) {
                throw new IllegalArgumentException("feature vector " + i + " has "
                        + features[i].length + " dimensions, the first has "
                        + features[0].length);
            }
            if (labels[i] < 0 || labels[i] >= classes.size()) {
                throw new IllegalArgumentException("label " + labels[i] + " of vector " + i
                        + " is outside the " + classes.size() + " classes");
            }
        }
    }

    /** The number of vectors. */
    public int size() {
        return labels.length;
    }

    /** The dimension of the vectors (0 for an empty embedding). */
    public int dimension() {
        return features.length == 0 ? 0 : features[0].length;
    }

    /**
     * The vectors at the given indices, in that order: a train or test part of the embedding.
     *
     * @param indices positions in this embedding
     */
    public Embedding select(int[] indices) {
        double[][] f = new double[indices.length][];
        int[] l = new int[indices.length];
        for (int i = 0; i < indices.length; i++) {
            f[i] = features[indices[i]];
            l[i] = labels[indices[i]];
        }
        return new Embedding(f, l, classes);
    }

    /**
     * At most {@code n} vectors chosen at random with the seed, every class keeping its
     * share (rounded, at least one vector of each class present when n allows); the whole
     * embedding when it has no more than {@code n}.
     *
     * @param n the largest size wanted
     * @param seed the seed of the random choice
     */
    public Embedding subsample(int n, long seed) {
        if (n >= size()) {
            return this;
        }
        if (n < 1) {
            throw new IllegalArgumentException("subsample size " + n + " must be at least 1");
        }
        Random random = new Random(seed);
        List<List<Integer>> byClass = new ArrayList<>();
        for (int c = 0; c < classes.size(); c++) {
            byClass.add(new ArrayList<>());
        }
        for (int i = 0; i < size(); i++) {
            byClass.get(labels[i]).add(i);
        }
        List<Integer> chosen = new ArrayList<>();
        for (List<Integer> members : byClass) {
            if (members.isEmpty()) {
                continue;
            }
            Collections.shuffle(members, random);
            int take = Math.max(1, (int) Math.round((double) n * members.size() / size()));
            chosen.addAll(members.subList(0, Math.min(take, members.size())));
        }
        Collections.shuffle(chosen, random);
        List<Integer> kept = chosen.subList(0, Math.min(n, chosen.size()));
        Collections.sort(kept);
        double[][] f = new double[kept.size()][];
        int[] l = new int[kept.size()];
        for (int i = 0; i < kept.size(); i++) {
            f[i] = features[kept.get(i)];
            l[i] = labels[kept.get(i)];
        }
        return new Embedding(f, l, classes);
    }
}
