package org.cdgan.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cdgan.data.Expression;
import org.cdgan.eval.ConfusionMatrix;
import org.cdgan.eval.LinearProbe;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tech.tablesaw.api.Table;

class ResultTablesTest {

    @TempDir
    Path out;

    private static ConfusionMatrix matrix(int[] truth, int[] predicted) {
        ConfusionMatrix m = new ConfusionMatrix(List.of(Expression.ANGER, Expression.FEAR));
        m.addAll(truth, predicted);
        return m;
    }

    @Test
    void ablationRowsCarryOurFiguresAndTheArticlesAndRoundTripAsCsv() throws Exception {
        Map<String, ConfusionMatrix> m = new LinkedHashMap<>();
        m.put("baseline", matrix(new int[] {0, 0, 1, 1}, new int[] {0, 1, 1, 1}));
        m.put("cdgan", matrix(new int[] {0, 0, 1, 1}, new int[] {0, 0, 1, 1}));
        Table t = ResultTables.ablation(m);
        assertEquals(2, t.rowCount());
        assertEquals(75.0, t.doubleColumn("accuracy (%)").get(0), 1e-9);
        assertEquals(100.0, t.doubleColumn("accuracy (%)").get(1), 1e-9);
        assertEquals(88.21, t.doubleColumn("article accuracy, RAF-DB (%)").get(1), 1e-9);
        Artifacts a = new Artifacts(out);
        a.writeTable("ablation", t);
        List<List<String>> csv = a.readTable("ablation");
        assertEquals(List.of("baseline", "75.0000", "75.0000", "0.7333", "85.1300"),
                csv.get(1));
    }

    @Test
    void recallSitsBesideTheTrainingShare() {
        ConfusionMatrix b = matrix(new int[] {0, 0, 1, 1}, new int[] {0, 1, 1, 1});
        ConfusionMatrix c = matrix(new int[] {0, 0, 1, 1}, new int[] {0, 0, 0, 1});
        Table t = ResultTables.recall(List.of(Expression.ANGER, Expression.FEAR),
                Map.of(Expression.ANGER, 30, Expression.FEAR, 10), b, c);
        assertEquals(75.0, t.doubleColumn("share of training images (%)").get(0), 1e-9);
        assertEquals(50.0, t.doubleColumn("baseline recall (%)").get(0), 1e-9);
        assertEquals(100.0, t.doubleColumn("CD-GAN recall (%)").get(0), 1e-9);
        assertEquals(50.0, t.doubleColumn("CD-GAN recall (%)").get(1), 1e-9);
        assertEquals(2, t.intColumn("test images").getInt(1));
    }

    @Test
    void probesListEveryModelAndProbeWithChance() {
        Map<String, Map<String, LinearProbe.Result>> p = new LinkedHashMap<>();
        p.put("baseline", Map.of("identity from E_e",
                new LinearProbe.Result(0.5, 0.1, 0.2, 10, 40, 30)));
        Table t = ResultTables.probes(p);
        assertEquals(1, t.rowCount());
        assertEquals(50.0, t.doubleColumn("probe accuracy (%)").get(0), 1e-9);
        assertEquals(10.0, t.doubleColumn("chance (%)").get(0), 1e-9);
        assertEquals(30, t.intColumn("probe test images").getInt(0));
    }
}
