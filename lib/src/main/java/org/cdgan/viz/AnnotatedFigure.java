package org.cdgan.viz;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.StringJoiner;

import tech.tablesaw.plotly.components.Figure;
import tech.tablesaw.plotly.components.Layout;
import tech.tablesaw.plotly.traces.Trace;

/**
 * A figure with text written at data coordinates (layout annotations), such as the values in
 * the cells of a confusion matrix.
 *
 * <p>Limitation: tablesaw-jsplot 0.44 has an annotation class, but its layout never emits
 * annotations and their script comes out HTML-escaped, so this figure writes
 * {@code layout.annotations} into its script itself, just before the plot call. Code that
 * rebuilds a figure from {@link #getLayout()} and {@link #getTraces()} alone loses the text.
 */
public final class AnnotatedFigure extends Figure {

    /**
     * One text at data coordinates.
     *
     * @param x the x coordinate; a category's index on a category axis
     * @param y the y coordinate; a category's index on a category axis
     * @param text the text, shown as it is
     * @param colour a CSS colour such as {@code "#000000"}
     */
    public record Label(double x, double y, String text, String colour) {

        public Label {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(colour, "colour");
        }

        /** This label as a Plotly annotation object literal. */
        public String toJson() {
            return String.format(Locale.ROOT, "{\"x\": %s, \"y\": %s, \"xref\": \"x\", "
                    + "\"yref\": \"y\", \"text\": %s, \"showarrow\": false, "
                    + "\"font\": {\"size\": 12, \"color\": %s}}",
                    number(x), number(y), quote(text), quote(colour));
        }
    }

    private final List<Label> labels;

    /**
     * @param layout the layout
     * @param labels the texts to write, in drawing order
     * @param traces the traces
     */
    public AnnotatedFigure(Layout layout, List<Label> labels, Trace... traces) {
        super(layout, traces);
        this.labels = List.copyOf(labels);
    }

    /** The texts written on the figure, in drawing order. */
    public List<Label> labels() {
        return labels;
    }

    /** The labels as a JSON array of Plotly annotations. */
    public String annotationsJson() {
        StringJoiner js = new StringJoiner(",\n", "[", "]");
        for (Label label : labels) {
            js.add(label.toJson());
        }
        return js.toString();
    }

    /**
     * The figure's script, with the annotations set on the layout before the plot call
     * (tablesaw's template would HTML-escape them if they went through it).
     */
    @Override
    public String asJavascript(String divName) {
        String js = super.asJavascript(divName);
        int call = js.indexOf("Plotly.newPlot(");
        if (call < 0) {
            throw new IllegalStateException("tablesaw's figure script has no Plotly.newPlot "
                    + "call; this tablesaw-jsplot version is not supported");
        }
        return js.substring(0, call) + "layout.annotations = " + annotationsJson() + ";\n"
                + js.substring(call);
    }

    private static String number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v)
                : Double.toString(v);
    }

    /** A JSON string literal. */
    static String quote(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char ch : s.toCharArray()) {
            switch (ch) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '<' -> b.append("\\u003c");
                default -> {
                    if (ch < 0x20) {
                        b.append(String.format(Locale.ROOT, "\\u%04x", (int) ch));
                    } else {
                        b.append(ch);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}
