package org.cdgan.workbook;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.cdgan.data.Expression;
import org.cdgan.data.FaceRecord;
import org.cdgan.data.Identity;
import org.cdgan.eval.LinearProbe;
import org.junit.jupiter.api.Test;

class LeakageProbeTest {

    private static FaceRecord r(String subject, String seq, Expression e) {
        return new FaceRecord(Path.of(subject + "_" + seq + ".png"), e,
                new Identity("ck48", subject), seq, null);
    }

    @Test
    void theExpressionProbeSplitsBySubject() {
        List<FaceRecord> records = List.of(
                r("S2", "001", Expression.ANGER), r("S1", "001", Expression.ANGER),
                r("S1", "002", Expression.FEAR), r("S3", "005", Expression.FEAR),
                r("S2", "003", Expression.SURPRISE));
        LeakageProbe.Split s = LeakageProbe.splitBySubject(records);
        assertArrayEquals(new int[] {1, 2, 3}, s.train()); // S1 and S3
        assertArrayEquals(new int[] {0, 4}, s.test()); // S2
    }

    @Test
    void sequencesAlternateWithinEachSubjectAndLoneSequencesAreLeftOut() {
        List<FaceRecord> records = List.of(
                r("S1", "001", Expression.ANGER), r("S1", "001", Expression.ANGER),
                r("S1", "002", Expression.FEAR), r("S2", "005", Expression.FEAR),
                r("S1", "003", Expression.SURPRISE), r("S3", "001", Expression.ANGER),
                r("S3", "004", Expression.FEAR));
        LeakageProbe.Split s = LeakageProbe.split(records);
        assertArrayEquals(new int[] {0, 1, 4, 5}, s.train());
        assertArrayEquals(new int[] {2, 6}, s.test());
    }

    @Test
    void aCodeThatCarriesIdentityIsReadAndOneThatDoesNotIsNot() {
        Random random = new Random(5);
        List<FaceRecord> records = new ArrayList<>();
        for (int p = 0; p < 6; p++) {
            for (int seq = 0; seq < 4; seq++) {
                for (int f = 0; f < 3; f++) {
                    records.add(r("S" + p, "00" + seq, Expression.values()[seq]));
                }
            }
        }
        double[][] leaky = new double[records.size()][8];
        double[][] clean = new double[records.size()][8];
        for (int i = 0; i < records.size(); i++) {
            int person = Integer.parseInt(records.get(i).identity().id().substring(1));
            for (int d = 0; d < 8; d++) {
                clean[i][d] = random.nextGaussian();
                leaky[i][d] = (d == person ? 3 : 0) + 0.3 * random.nextGaussian();
            }
        }
        LeakageProbe.Split split = LeakageProbe.split(records);
        LinearProbe.Result hit = LeakageProbe.probe(LeakageProbe.byIdentity(leaky, records),
                split);
        LinearProbe.Result miss = LeakageProbe.probe(LeakageProbe.byIdentity(clean, records),
                split);
        assertEquals(1.0 / 6, hit.chance(), 1e-12);
        assertEquals(1.0, hit.accuracy(), 1e-12);
        assertTrue(miss.accuracy() < 0.45, "noise probe " + miss.accuracy());
        assertEquals(36, hit.testSize());
    }
}
