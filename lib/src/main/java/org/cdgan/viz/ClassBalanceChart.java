package org.cdgan.viz;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.cdgan.data.Expression;
import org.cdgan.data.FaceSet;

import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.plotly.components.Figure;
import tech.tablesaw.plotly.components.Layout;
import tech.tablesaw.plotly.traces.BarTrace;

/**
 * The class balance of one or more data sets as a grouped bar chart: images per expression,
 * one series per set, in canonical expression order. Imbalance matters for the method: fear is
 * a few percent of a set where happiness is a third, and the per-class recall follows.
 */
public final class ClassBalanceChart {

    private ClassBalanceChart() {
    }

    /**
     * The chart of the given sets' expression counts.
     *
     * @param title the figure title
     * @param sets the sets, one bar series each
     * @return the figure; the x axis lists every expression present in any set
     */
    public static Figure of(String title, List<FaceSet> sets) {
        List<String> names = new ArrayList<>();
        List<Map<Expression, Integer>> counts = new ArrayList<>();
        for (FaceSet set : sets) {
            names.add(set.name());
            counts.add(set.classCounts());
        }
        return of(title, names, counts);
    }

    /**
     * The chart of each set's class shares in percent, so sets of very different sizes
     * (CK+48's 981 images beside FER2013's 28,709) compare on one axis.
     *
     * @param title the figure title
     * @param sets the sets, one bar series each
     */
    public static Figure shares(String title, List<FaceSet> sets) {
        List<String> names = new ArrayList<>();
        List<Map<Expression, Double>> shares = new ArrayList<>();
        for (FaceSet set : sets) {
            names.add(set.name());
            Map<Expression, Double> s = new java.util.EnumMap<>(Expression.class);
            set.classCounts().forEach((e, n) -> s.put(e, 100.0 * n / set.size()));
            shares.add(s);
        }
        return chart(title, names, shares, FigureStyle.axis("share of the set", "%"));
    }

    /**
     * The counts as a table: one row per expression, one column per set.
     *
     * @param sets the sets
     */
    public static Table table(List<FaceSet> sets) {
        Table t = Table.create("class balance");
        StringColumn expression = StringColumn.create("expression");
        List<Expression> present = new ArrayList<>();
        for (Expression e : Expression.values()) {
            if (sets.stream().anyMatch(s -> s.classCounts().getOrDefault(e, 0) > 0)) {
                present.add(e);
                expression.append(e.label());
            }
        }
        t.addColumns(expression);
        for (FaceSet set : sets) {
            IntColumn c = IntColumn.create(set.name() + " images");
            for (Expression e : present) {
                c.append(set.classCounts().getOrDefault(e, 0));
            }
            t.addColumns(c);
        }
        return t;
    }

    /**
     * The chart of explicit counts, for sets the caller has already tallied.
     *
     * @param title the figure title
     * @param seriesNames one name per series
     * @param counts one count table per series
     */
    public static Figure of(String title, List<String> seriesNames,
            List<Map<Expression, Integer>> counts) {
        Objects.requireNonNull(title, "title");
        if (seriesNames.size() != counts.size()) {
            throw new IllegalArgumentException(seriesNames.size() + " series names for "
                    + counts.size() + " count tables: give one name per table");
        }
        List<Map<Expression, Double>> values = new ArrayList<>();
        for (Map<Expression, Integer> c : counts) {
            Map<Expression, Double> v = new java.util.EnumMap<>(Expression.class);
            c.forEach((e, n) -> v.put(e, n.doubleValue()));
            values.add(v);
        }
        return chart(title, seriesNames, values, FigureStyle.axis("images", "count"));
    }

    private static Figure chart(String title, List<String> seriesNames,
            List<Map<Expression, Double>> counts, tech.tablesaw.plotly.components.Axis yAxis) {
        List<Expression> present = new ArrayList<>();
        for (Expression e : Expression.values()) {
            if (counts.stream().anyMatch(c -> c.getOrDefault(e, 0.0) > 0)) {
                present.add(e);
            }
        }
        Object[] x = present.stream().map(Expression::label).toArray();
        BarTrace[] traces = new BarTrace[counts.size()];
        for (int s = 0; s < counts.size(); s++) {
            double[] y = new double[present.size()];
            for (int i = 0; i < y.length; i++) {
                y[i] = counts.get(s).getOrDefault(present.get(i), 0.0);
            }
            traces[s] = BarTrace.builder(x, y).name(seriesNames.get(s))
                    .showLegend(counts.size() > 1).build();
        }
        Layout layout = FigureStyle.layout(title)
                .barMode(Layout.BarMode.GROUP)
                .xAxis(FigureStyle.axis("expression", ""))
                .yAxis(yAxis)
                .build();
        return new Figure(layout, traces);
    }
}
