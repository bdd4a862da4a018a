package org.cdgan.eval;

import java.util.ArrayList;
import java.util.List;
import org.cdgan.data.Expression;

/**
 * Counts of (true class, predicted class) pairs, and the figures derived from them: accuracy,
 * per-class recall, precision and F1, mean per-class accuracy and macro-F1.
 *
 * <p>Row {@code i} is the true class {@code classes[i]}, column {@code j} the predicted one.
 * A class that is never predicted has precision and F1 zero (not undefined), so a classifier
 * that ignores a class is penalised in macro-F1.
 */
public final class ConfusionMatrix {

    private final List<Expression> classes;
    private final long[][] counts;

    /** An empty matrix over the given classes. */
    public ConfusionMatrix(List<Expression> classes) {
        this.classes = List.copyOf(classes);
        this.counts = new long[classes.size()][classes.size()];
    }

    /** Records one prediction; both indices are positions in the class list. */
    public void add(int trueClass, int predictedClass) {
        counts[trueClass][predictedClass]++;
    }

    /** Records predictions in bulk. */
    public void addAll(int[] trueClasses, int[] predictedClasses) {
        if (trueClasses.length != predictedClasses.length) {
            throw new IllegalArgumentException(trueClasses.length + " labels but "
                    + predictedClasses.length + " predictions");
        }
        for (int i = 0; i < trueClasses.length; i++) {
            add(trueClasses[i], predictedClasses[i]);
        }
    }

    /** The classes, in row (and column) order. */
    public List<Expression> classes() {
        return classes;
    }

    /** A copy of the counts, rows true classes, columns predictions. */
    public long[][] counts() {
        long[][] copy = new long[counts.length][];
        for (int i = 0; i < counts.length; i++) {
            copy[i] = counts[i].clone();
        }
        return copy;
    }

    /** Each row divided by its total (the share of class i predicted as j); 0 for empty rows. */
    public double[][] rowNormalised() {
        int k = counts.length;
        double[][] out = new double[k][k];
        for (int i = 0; i < k; i++) {
            long n = support(i);
            for (int j = 0; j < k; j++) {
                out[i][j] = n == 0 ? 0 : (double) counts[i][j] / n;
            }
        }
        return out;
    }

    /** The number of samples counted. */
    public long total() {
        long n = 0;
        for (long[] row : counts) {
            for (long c : row) {
                n += c;
            }
        }
        return n;
    }

    /** The number of samples whose true class is {@code i}. */
    public long support(int i) {
        long n = 0;
        for (long c : counts[i]) {
            n += c;
        }
        return n;
    }

    /** The number of samples predicted as class {@code j}. */
    public long predicted(int j) {
        long n = 0;
        for (long[] row : counts) {
            n += row[j];
        }
        return n;
    }

    /** The share of correct predictions; 0 when empty. */
    public double accuracy() {
        long correct = 0;
        for (int i = 0; i < counts.length; i++) {
            correct += counts[i][i];
        }
        long n = total();
        return n == 0 ? 0 : (double) correct / n;
    }

    /** Recall of class i: correct / support; 0 when the class has no samples. */
    public double recall(int i) {
        long n = support(i);
        return n == 0 ? 0 : (double) counts[i][i] / n;
    }

    /** Precision of class j: correct / predicted; 0 when the class is never predicted. */
    public double precision(int j) {
        long n = predicted(j);
        return n == 0 ? 0 : (double) counts[j][j] / n;
    }

    /** F1 of class i, 2PR / (P + R); 0 when both are 0. */
    public double f1(int i) {
        double p = precision(i);
        double r = recall(i);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** Recall of every class, in class order. */
    public double[] perClassRecall() {
        double[] out = new double[counts.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = recall(i);
        }
        return out;
    }

    /** The classes that occur as truth or as prediction: the ones averaged over. */
    private List<Integer> activeClasses() {
        List<Integer> active = new ArrayList<>();
        for (int i = 0; i < counts.length; i++) {
            if (support(i) > 0 || predicted(i) > 0) {
                active.add(i);
            }
        }
        return active;
    }

    /** The mean of per-class recall over classes with samples ("average accuracy"). */
    public double meanClassAccuracy() {
        double sum = 0;
        int n = 0;
        for (int i = 0; i < counts.length; i++) {
            if (support(i) > 0) {
                sum += recall(i);
                n++;
            }
        }
        return n == 0 ? 0 : sum / n;
    }

    /** The mean F1 over classes that are true or predicted at least once. */
    public double macroF1() {
        List<Integer> active = activeClasses();
        double sum = 0;
        for (int i : active) {
            sum += f1(i);
        }
        return active.isEmpty() ? 0 : sum / active.size();
    }

    /** The summary figures of this matrix. */
    public Metrics metrics() {
        return new Metrics(accuracy(), meanClassAccuracy(), macroF1(), perClassRecall(),
                total());
    }

    /** The counts as an aligned text table with class names, for the console. */
    public String format() {
        StringBuilder sb = new StringBuilder();
        int w = 10;
        sb.append(String.format("%-" + w + "s", "true\\pred"));
        for (Expression e : classes) {
            sb.append(String.format("%" + w + "s", e.label()));
        }
        sb.append('\n');
        for (int i = 0; i < classes.size(); i++) {
            sb.append(String.format("%-" + w + "s", classes.get(i).label()));
            for (int j = 0; j < classes.size(); j++) {
                sb.append(String.format("%" + w + "d", counts[i][j]));
            }
            sb.append('\n');
        }
        return sb.toString();
    }
}
