package org.cdgan.eval;

/**
 * The mean silhouette of labelled points (Rousseeuw 1987), in [-1, 1]: for a point i,
 * {@code a(i)} is its mean Euclidean distance to the other points of its class, {@code b(i)}
 * the smallest mean distance to the points of another class, and
 * {@code s(i) = (b - a) / max(a, b)}. Near 1 the classes form tight separate clusters, near 0
 * they overlap; it puts a number on what a t-SNE picture shows. A point alone in its class
 * has {@code s = 0}, as in Rousseeuw's definition.
 *
 * <p>Limitation: exact, O(n^2) distance computations; subsample above a few thousand points.
 */
public final class Silhouette {

    private Silhouette() {
    }

    /**
     * The mean silhouette over all points.
     *
     * @param x n points of one dimension
     * @param labels n class labels, any non-negative integers
     * @return the mean silhouette; {@code NaN} when fewer than two classes are present
     */
    public static double score(double[][] x, int[] labels) {
        if (x.length != labels.length) {
            throw new IllegalArgumentException(x.length + " points for " + labels.length
                    + " labels");
        }
        int k = 0;
        for (int label : labels) {
            if (label < 0) {
                throw new IllegalArgumentException("negative class label " + label);
            }
            k = Math.max(k, label + 1);
        }
        int[] size = new int[k];
        for (int label : labels) {
            size[label]++;
        }
        int present = 0;
        for (int s : size) {
            present += s > 0 ? 1 : 0;
        }
        if (present < 2) {
            return Double.NaN;
        }
        int n = x.length;
        double total = 0;
        double[] sum = new double[k];
        for (int i = 0; i < n; i++) {
            java.util.Arrays.fill(sum, 0);
            for (int j = 0; j < n; j++) {
                if (j != i) {
                    sum[labels[j]] += distance(x[i], x[j]);
                }
            }
            int own = labels[i];
            if (size[own] == 1) {
                continue; // s(i) = 0
            }
            double a = sum[own] / (size[own] - 1);
            double b = Double.POSITIVE_INFINITY;
            for (int c = 0; c < k; c++) {
                if (c != own && size[c] > 0) {
                    b = Math.min(b, sum[c] / size[c]);
                }
            }
            double m = Math.max(a, b);
            total += m == 0 ? 0 : (b - a) / m;
        }
        return total / n;
    }

    private static double distance(double[] p, double[] q) {
        double s = 0;
        for (int d = 0; d < p.length; d++) {
            double diff = p[d] - q[d];
            s += diff * diff;
        }
        return Math.sqrt(s);
    }
}
