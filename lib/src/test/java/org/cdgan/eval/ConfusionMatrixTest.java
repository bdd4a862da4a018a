package org.cdgan.eval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.cdgan.data.Expression;
import org.junit.jupiter.api.Test;

class ConfusionMatrixTest {

    private static final List<Expression> AHS = List.of(Expression.ANGER,
            Expression.HAPPINESS, Expression.SURPRISE);

    private static ConfusionMatrix of(long[][] counts) {
        ConfusionMatrix m = new ConfusionMatrix(AHS);
        for (int i = 0; i < counts.length; i++) {
            for (int j = 0; j < counts.length; j++) {
                for (long n = 0; n < counts[i][j]; n++) {
                    m.add(i, j);
                }
            }
        }
        return m;
    }

    @Test
    void figuresMatchAHandComputedMatrix() {
        ConfusionMatrix m = of(new long[][] {{3, 1, 0}, {0, 2, 2}, {1, 0, 2}});
        assertEquals(11, m.total());
        assertEquals(7.0 / 11, m.accuracy(), 1e-12);
        assertArrayEquals(new double[] {0.75, 0.5, 2.0 / 3}, m.perClassRecall(), 1e-12);
        assertEquals(0.75, m.precision(0), 1e-12);
        assertEquals(2.0 / 3, m.precision(1), 1e-12);
        assertEquals(0.5, m.precision(2), 1e-12);
        assertEquals(0.75, m.f1(0), 1e-12);
        assertEquals(4.0 / 7, m.f1(1), 1e-12);
        assertEquals(4.0 / 7, m.f1(2), 1e-12);
        assertEquals((0.75 + 8.0 / 7) / 3, m.macroF1(), 1e-12);
        assertEquals((0.75 + 0.5 + 2.0 / 3) / 3, m.meanClassAccuracy(), 1e-12);
        double[][] shares = m.rowNormalised();
        assertArrayEquals(new double[] {0, 0.5, 0.5}, shares[1], 1e-12);
        assertArrayEquals(new double[] {1.0 / 3, 0, 2.0 / 3}, shares[2], 1e-12);
        assertEquals(3, m.counts()[0][0]);
    }

    @Test
    void aClassNeverPredictedHasF1Zero() {
        ConfusionMatrix m = of(new long[][] {{2, 0, 0}, {0, 3, 0}, {0, 2, 0}});
        assertEquals(0, m.predicted(2));
        assertEquals(0.0, m.precision(2));
        assertEquals(0.0, m.f1(2));
        assertEquals(0.75, m.f1(1), 1e-12);
        assertEquals((1 + 0.75 + 0) / 3, m.macroF1(), 1e-12);
        assertEquals(5.0 / 7, m.accuracy(), 1e-12);
        assertEquals(2.0 / 3, m.meanClassAccuracy(), 1e-12);
    }

    @Test
    void classesAbsentFromTruthAndPredictionAreLeftOutOfTheMeans() {
        ConfusionMatrix m = new ConfusionMatrix(AHS);
        m.addAll(new int[] {0, 0, 1}, new int[] {0, 1, 1});
        // surprise never occurs: macro-F1 averages anger (2/3) and happiness (2/3) only
        assertEquals(2.0 / 3, m.macroF1(), 1e-12);
        assertEquals((0.5 + 1) / 2, m.meanClassAccuracy(), 1e-12);
        assertArrayEquals(new double[] {0, 0, 0}, m.rowNormalised()[2]);
    }
}
