package org.cdgan.viz;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import tech.tablesaw.plotly.components.Axis;
import tech.tablesaw.plotly.components.Figure;
import tech.tablesaw.plotly.components.Layout;
import tech.tablesaw.plotly.traces.ScatterTrace;
import tech.tablesaw.plotly.traces.Trace;

/**
 * Training curves that grow as training goes: named series of (epoch, value) points, losses on
 * the left axis and accuracies in percent on the right. {@link #figure()} builds a fresh figure
 * from everything recorded so far, so a notebook can display it once and replace it in place
 * after every epoch.
 *
 * <p>Not thread-safe: record from the training loop's thread.
 */
public final class TrainingCurves {

    /** Which axis a series belongs on. */
    public enum Scale {
        /** A loss, on the left axis. */
        LOSS,
        /** An accuracy given as a fraction in [0, 1], drawn in percent on the right axis. */
        ACCURACY
    }

    private record Series(Scale scale, List<double[]> points) {
    }

    private final String title;
    private final String lossUnit;
    private final Map<String, Series> series = new LinkedHashMap<>();

    /**
     * Curves whose losses are in the default unit, "mean per batch".
     *
     * @param title the figure title
     */
    public TrainingCurves(String title) {
        this(title, "mean per batch");
    }

    /**
     * @param title the figure title
     * @param lossUnit the unit written on the loss axis
     */
    public TrainingCurves(String title, String lossUnit) {
        this.title = Objects.requireNonNull(title, "title");
        this.lossUnit = Objects.requireNonNull(lossUnit, "lossUnit");
    }

    /**
     * Records a loss value.
     *
     * @param name the series, such as "L_cls train"
     * @param epoch the epoch, 1-based; fractions place a value within an epoch
     * @param value the loss
     * @return this, for chaining
     */
    public TrainingCurves loss(String name, double epoch, double value) {
        return add(name, Scale.LOSS, epoch, value);
    }

    /**
     * Records an accuracy, as a fraction in [0, 1].
     *
     * @param name the series, such as "test accuracy"
     * @param epoch the epoch, 1-based
     * @param fraction the accuracy in [0, 1]
     * @return this, for chaining
     */
    public TrainingCurves accuracy(String name, double epoch, double fraction) {
        if (!(fraction >= 0 && fraction <= 1)) {
            throw new IllegalArgumentException("accuracy " + fraction + " of series '" + name
                    + "' is not a fraction in [0, 1]");
        }
        return add(name, Scale.ACCURACY, epoch, fraction);
    }

    private TrainingCurves add(String name, Scale scale, double epoch, double value) {
        Series s = series.computeIfAbsent(name, n -> new Series(scale, new ArrayList<>()));
        if (s.scale() != scale) {
            throw new IllegalArgumentException("series '" + name + "' holds " + s.scale()
                    + " values; record " + scale + " values under another name");
        }
        s.points().add(new double[] {epoch, value});
        return this;
    }

    /** The names of the recorded series, in first-recorded order. */
    public List<String> seriesNames() {
        return List.copyOf(series.keySet());
    }

    /** The values of one series, in recording order; accuracies as fractions. */
    public double[] values(String name) {
        Series s = series.get(name);
        if (s == null) {
            throw new IllegalArgumentException("no series '" + name + "': recorded are "
                    + series.keySet());
        }
        return s.points().stream().mapToDouble(p -> p[1]).toArray();
    }

    /** The figure of everything recorded so far; a new object on every call. */
    public Figure figure() {
        boolean hasLoss = series.values().stream().anyMatch(s -> s.scale() == Scale.LOSS);
        boolean hasAccuracy = series.values().stream()
                .anyMatch(s -> s.scale() == Scale.ACCURACY);
        List<Trace> traces = new ArrayList<>();
        int index = 0;
        for (Map.Entry<String, Series> e : series.entrySet()) {
            Series s = e.getValue();
            double[] x = s.points().stream().mapToDouble(p -> p[0]).toArray();
            double percent = s.scale() == Scale.ACCURACY ? 100 : 1;
            double[] y = s.points().stream().mapToDouble(p -> p[1] * percent).toArray();
            ScatterTrace.ScatterBuilder b = ScatterTrace.builder(x, y)
                    .mode(ScatterTrace.Mode.LINE_AND_MARKERS)
                    .name(e.getKey())
                    .marker(tech.tablesaw.plotly.components.Marker.builder()
                            .color(FigureStyle.colour(index++)).build());
            if (s.scale() == Scale.ACCURACY && hasLoss) {
                b.yAxis(ScatterTrace.YAxis.Y2);
            }
            traces.add(b.build());
        }
        Layout.LayoutBuilder layout = FigureStyle.layout(title)
                .xAxis(FigureStyle.axis("epoch", "passes over the training set"));
        if (hasLoss) {
            layout.yAxis(FigureStyle.axis("loss", lossUnit));
            if (hasAccuracy) {
                layout.yAxis2(Axis.builder().title(FigureStyle.axisTitle("accuracy", "%"))
                        .side(Axis.Side.right).overlaying(ScatterTrace.YAxis.Y).build());
            }
        } else {
            layout.yAxis(FigureStyle.axis("accuracy", "%"));
        }
        return new Figure(layout.build(), traces.toArray(Trace[]::new));
    }
}
