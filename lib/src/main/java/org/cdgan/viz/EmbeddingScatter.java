package org.cdgan.viz;

import java.util.ArrayList;
import java.util.List;

import tech.tablesaw.plotly.components.Figure;
import tech.tablesaw.plotly.components.Layout;
import tech.tablesaw.plotly.components.Marker;
import tech.tablesaw.plotly.traces.ScatterTrace;
import tech.tablesaw.plotly.traces.Trace;

/**
 * A 2-d embedding (t-SNE of expression features, the article's Figure 7) as a scatter plot,
 * one trace and colour per class so the legend names the classes.
 */
public final class EmbeddingScatter {

    private EmbeddingScatter() {
    }

    /**
     * The scatter of 2-d points coloured by class.
     *
     * @param title the figure title, such as "t-SNE of E_e features, CD-GAN"
     * @param coordinates n points, each {x, y}
     * @param labels n class indices into {@code classes}
     * @param classes the class names
     * @param axisName the embedding's name for the axis titles, such as "t-SNE"
     */
    public static Figure of(String title, double[][] coordinates, int[] labels,
            List<String> classes, String axisName) {
        if (coordinates.length != labels.length) {
            throw new IllegalArgumentException(coordinates.length + " points for "
                    + labels.length + " labels");
        }
        for (int label : labels) {
            if (label < 0 || label >= classes.size()) {
                throw new IllegalArgumentException("label " + label + " is outside the "
                        + classes.size() + " classes " + classes);
            }
        }
        List<Trace> traces = new ArrayList<>();
        for (int c = 0; c < classes.size(); c++) {
            int count = 0;
            for (int label : labels) {
                count += label == c ? 1 : 0;
            }
            if (count == 0) {
                continue;
            }
            double[] x = new double[count];
            double[] y = new double[count];
            int n = 0;
            for (int i = 0; i < labels.length; i++) {
                if (labels[i] == c) {
                    x[n] = coordinates[i][0];
                    y[n++] = coordinates[i][1];
                }
            }
            traces.add(ScatterTrace.builder(x, y).mode(ScatterTrace.Mode.MARKERS)
                    .name(classes.get(c))
                    .marker(Marker.builder().size(6).color(FigureStyle.colour(c)).build())
                    .build());
        }
        Layout layout = FigureStyle.layout(title)
                .xAxis(FigureStyle.axis(axisName + " 1", "arbitrary units"))
                .yAxis(FigureStyle.axis(axisName + " 2", "arbitrary units"))
                .build();
        return new Figure(layout, traces.toArray(Trace[]::new));
    }
}
