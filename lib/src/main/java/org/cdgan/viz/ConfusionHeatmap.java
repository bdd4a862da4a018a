package org.cdgan.viz;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.cdgan.data.Expression;
import org.cdgan.eval.ConfusionMatrix;

import tech.tablesaw.plotly.components.Layout;
import tech.tablesaw.plotly.traces.HeatmapTrace;

/**
 * A row-normalised confusion matrix as a heatmap with each cell's percentage written in (the
 * article's Figure 6): row {@code i} is the true class, column {@code j} the predicted one,
 * and the cell is the share of class {@code i}'s test images predicted as {@code j}, so the
 * diagonal reads as per-class recall whatever the class sizes.
 */
public final class ConfusionHeatmap {

    /** Cell shares above this are dark in the colour scale, so their text is white. */
    private static final double DARK_CELL = 0.5;

    private ConfusionHeatmap() {
    }

    /**
     * Row-normalises a count matrix; a row with no images stays all zero.
     *
     * @param counts counts[true][predicted]
     * @return shares in [0, 1], each non-empty row summing to 1
     */
    public static double[][] rowNormalise(long[][] counts) {
        double[][] shares = new double[counts.length][];
        for (int i = 0; i < counts.length; i++) {
            if (counts[i].length != counts.length) {
                throw new IllegalArgumentException("confusion matrix row " + i + " has "
                        + counts[i].length + " cells for " + counts.length + " classes");
            }
            long total = 0;
            for (long c : counts[i]) {
                total += c;
            }
            shares[i] = new double[counts.length];
            for (int j = 0; j < counts.length; j++) {
                shares[i][j] = total == 0 ? 0 : (double) counts[i][j] / total;
            }
        }
        return shares;
    }

    /**
     * The heatmap of an evaluation's confusion matrix, classes named by their labels.
     *
     * @param title the figure title
     * @param matrix the evaluation's counts
     */
    public static AnnotatedFigure of(String title, ConfusionMatrix matrix) {
        return of(title, matrix.classes().stream().map(Expression::label).toList(),
                matrix.counts());
    }

    /** {@link #of(String, List, long[][])} for int counts. */
    public static AnnotatedFigure of(String title, List<String> classes, int[][] counts) {
        long[][] wide = new long[counts.length][];
        for (int i = 0; i < counts.length; i++) {
            wide[i] = new long[counts[i].length];
            for (int j = 0; j < counts[i].length; j++) {
                wide[i][j] = counts[i][j];
            }
        }
        return of(title, classes, wide);
    }

    /**
     * The heatmap of a confusion matrix given as counts.
     *
     * @param title the figure title, such as "CD-GAN, CK+48 fold 1"
     * @param classes the class names, in the matrix's order
     * @param counts counts[true][predicted]
     * @return the figure, true classes top to bottom in the given order
     */
    public static AnnotatedFigure of(String title, List<String> classes, long[][] counts) {
        if (classes.size() != counts.length) {
            throw new IllegalArgumentException(classes.size() + " class names for a "
                    + counts.length + "-class confusion matrix");
        }
        double[][] shares = rowNormalise(counts);
        int k = classes.size();
        Object[] x = classes.toArray();
        // Plotly draws heatmap rows bottom-up: list the true classes reversed so the first
        // class is the top row, as a confusion matrix is read.
        Object[] y = new Object[k];
        double[][] z = new double[k][];
        for (int i = 0; i < k; i++) {
            y[i] = classes.get(k - 1 - i);
            z[i] = new double[k];
            for (int j = 0; j < k; j++) {
                z[i][j] = 100 * shares[k - 1 - i][j];
            }
        }
        HeatmapTrace heat = HeatmapTrace.builder(x, y, z).build();
        List<AnnotatedFigure.Label> cells = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                double share = shares[k - 1 - i][j];
                cells.add(new AnnotatedFigure.Label(j, i,
                        String.format(Locale.ROOT, "%.0f%%", 100 * share),
                        share > DARK_CELL ? "#FFFFFF" : "#000000"));
            }
        }
        Layout layout = FigureStyle.layout(title)
                .height(FigureStyle.WIDTH)
                .xAxis(FigureStyle.axis("predicted expression", ""))
                .yAxis(FigureStyle.axis("true expression", ""))
                .build();
        return new AnnotatedFigure(layout, cells, heat);
    }

    /**
     * Per-class recall, the diagonal of the row-normalised matrix.
     *
     * @param counts counts[true][predicted]
     * @return recall per true class; 0 for a class with no images
     */
    public static double[] recall(long[][] counts) {
        double[][] shares = rowNormalise(counts);
        double[] r = new double[shares.length];
        for (int i = 0; i < r.length; i++) {
            r[i] = shares[i][i];
        }
        return r;
    }
}
