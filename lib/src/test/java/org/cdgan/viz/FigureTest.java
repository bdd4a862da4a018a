package org.cdgan.viz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cdgan.data.Expression;
import org.junit.jupiter.api.Test;

import tech.tablesaw.plotly.components.Figure;

class FigureTest {

    private static int count(String text, String needle) {
        int n = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }

    @Test
    void classBalanceListsCountsPerExpressionWithTitles() {
        Map<Expression, Integer> a = new EnumMap<>(Expression.class);
        a.put(Expression.ANGER, 135);
        a.put(Expression.HAPPINESS, 207);
        Map<Expression, Integer> b = new EnumMap<>(Expression.class);
        b.put(Expression.HAPPINESS, 7215);
        b.put(Expression.NEUTRAL, 4965);
        Figure f = ClassBalanceChart.of("Class balance", List.of("ck48", "fer2013"),
                List.of(a, b));
        String js = f.asJavascript("d1");
        assertTrue(js.contains("title: 'Class balance'"), js);
        assertTrue(js.contains("expression"));
        assertTrue(js.contains("images (count)"));
        assertEquals(2, count(js, "type: 'bar'"));
        // x lists the union in canonical order; missing classes count 0
        assertTrue(js.contains("[\"anger\",\"happiness\",\"neutral\"]"), js);
        assertTrue(js.contains("[135.0, 207.0, 0.0]"), js);
        assertTrue(js.contains("[0.0, 7215.0, 4965.0]"), js);
    }

    @Test
    void classSharesAreInPercentAndTheTableHoldsCounts() {
        java.util.List<org.cdgan.data.FaceRecord> r = new java.util.ArrayList<>();
        for (int i = 0; i < 4; i++) {
            r.add(new org.cdgan.data.FaceRecord(java.nio.file.Path.of(i + ".png"),
                    i == 0 ? Expression.FEAR : Expression.HAPPINESS, null, null, null));
        }
        org.cdgan.data.FaceSet set = new org.cdgan.data.FaceSet("toy", r);
        String js = ClassBalanceChart.shares("Shares", List.of(set)).asJavascript("x");
        assertTrue(js.contains("[25.0, 75.0]"), js);
        assertTrue(js.contains("share of the set (%)"));
        tech.tablesaw.api.Table t = ClassBalanceChart.table(List.of(set));
        assertEquals(2, t.rowCount());
        assertEquals(3, t.intColumn("toy images").getInt(1));
        assertEquals("fear", t.stringColumn("expression").get(0));
    }

    @Test
    void trainingCurvesRebuildWithEveryEpochAndPutAccuracyOnTheRight() {
        TrainingCurves curves = new TrainingCurves("Baseline training");
        curves.loss("train loss", 1, 1.5).accuracy("test accuracy", 1, 0.25);
        Figure first = curves.figure();
        curves.loss("train loss", 2, 0.9).accuracy("test accuracy", 2, 0.5);
        Figure second = curves.figure();
        assertNotSame(first, second);
        String js1 = first.asJavascript("a");
        String js2 = second.asJavascript("b");
        assertTrue(js1.contains("y: [\"1.5\"]"), js1);
        assertTrue(js2.contains("y: [\"1.5\",\"0.9\"]"), js2);
        assertTrue(js2.contains("y: [\"25.0\",\"50.0\"]"), js2);
        assertTrue(js2.contains("epoch (passes over the training set)"));
        assertTrue(js2.contains("loss (mean per batch)"));
        assertTrue(js2.contains("accuracy (%)"));
        assertTrue(js2.contains("yaxis: 'y2'"), js2);
        assertTrue(js2.contains("yaxis2"), js2);
        assertEquals(2, count(js2, "type: 'scatter'"));
        assertEquals(List.of("train loss", "test accuracy"), curves.seriesNames());
        assertEquals(0.9, curves.values("train loss")[1]);
    }

    @Test
    void trainingCurvesRejectMixedScalesAndNonFractions() {
        TrainingCurves curves = new TrainingCurves("t");
        curves.loss("a", 1, 1);
        assertThrows(IllegalArgumentException.class, () -> curves.accuracy("a", 1, 0.5));
        assertThrows(IllegalArgumentException.class, () -> curves.accuracy("b", 1, 87.0));
    }

    @Test
    void confusionHeatmapIsRowNormalisedWithCellTextTopRowFirst() {
        long[][] counts = {{8, 2, 0}, {1, 1, 2}, {0, 0, 0}};
        double[][] shares = ConfusionHeatmap.rowNormalise(counts);
        assertEquals(0.8, shares[0][0], 1e-12);
        assertEquals(0.5, shares[1][2], 1e-12);
        assertEquals(0.0, shares[2][1], 1e-12);
        assertEquals(0.25, ConfusionHeatmap.recall(counts)[1], 1e-12);

        AnnotatedFigure f = ConfusionHeatmap.of("Baseline", List.of("anger", "fear", "joy"),
                counts);
        String js = f.asJavascript("cm");
        assertTrue(js.contains("type: 'heatmap'"));
        assertTrue(js.contains("predicted expression"));
        assertTrue(js.contains("true expression"));
        // rows are drawn bottom-up, so the true classes are listed reversed
        assertTrue(js.contains("[\"joy\",\"fear\",\"anger\"]"), js);
        assertEquals(9, f.labels().size());
        assertTrue(js.contains("layout.annotations = ["), js);
        assertTrue(js.indexOf("layout.annotations") < js.indexOf("Plotly.newPlot"), js);
        assertTrue(js.contains("\"text\": \"80%\""), js);
        assertTrue(js.contains("\"text\": \"50%\""), js);
        assertEquals(4, count(js, "\"text\": \"0%\""), js);
        // the 80% cell is dark, so its text is white; top row (index 2) is "anger"
        assertTrue(js.contains("{\"x\": 0, \"y\": 2, \"xref\": \"x\", \"yref\": \"y\", "
                + "\"text\": \"80%\", \"showarrow\": false, \"font\": {\"size\": 12, "
                + "\"color\": \"#FFFFFF\"}}"), js);
        assertThrows(IllegalArgumentException.class,
                () -> ConfusionHeatmap.of("x", List.of("a"), counts));
    }

    @Test
    void confusionHeatmapOfAnEvaluationNamesItsClasses() {
        org.cdgan.eval.ConfusionMatrix m = new org.cdgan.eval.ConfusionMatrix(
                List.of(Expression.ANGER, Expression.FEAR));
        m.addAll(new int[] {0, 0, 0, 1}, new int[] {0, 0, 1, 1});
        AnnotatedFigure f = ConfusionHeatmap.of("m", m);
        String js = f.asJavascript("m");
        assertTrue(js.contains("[\"anger\",\"fear\"]"), js);
        assertTrue(js.contains("\"text\": \"67%\""), js);
        assertTrue(js.contains("\"text\": \"100%\""), js);
    }

    @Test
    void embeddingScatterHasOneTracePerPresentClass() {
        double[][] xy = {{0, 0}, {1, 1}, {5, 5}, {6, 5}};
        int[] labels = {0, 0, 2, 2};
        Figure f = EmbeddingScatter.of("t-SNE", xy, labels, List.of("a", "b", "c"), "t-SNE");
        String js = f.asJavascript("s");
        assertEquals(2, count(js, "type: 'scatter'"));
        assertTrue(js.contains("name: 'a'"));
        assertTrue(js.contains("name: 'c'"));
        assertTrue(js.contains("mode: 'markers'"));
        assertTrue(js.contains("t-SNE 1 (arbitrary units)"));
        Matcher m = Pattern.compile("x: \\[\"5\\.0\",\"6\\.0\"\\]").matcher(js);
        assertTrue(m.find(), js);
        assertThrows(IllegalArgumentException.class,
                () -> EmbeddingScatter.of("t", xy, new int[] {0, 0, 3, 0}, List.of("a"), "t"));
    }
}
