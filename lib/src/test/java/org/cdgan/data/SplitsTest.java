package org.cdgan.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SplitsTest {

    private static FaceSet ck;

    @BeforeAll
    static void read() throws Exception {
        ck = DataSets.open(SharedData.set("ck48"));
    }

    @Test
    void subjectFoldsAreDisjointAndCoverEveryImageOnce() throws Exception {
        Map<FaceRecord, Integer> seen = new HashMap<>();
        for (int fold = 1; fold <= 10; fold++) {
            TrainTest tt = new SubjectKFold(10, fold, 42).split(ck);
            Set<Identity> trainSubjects = new HashSet<>(tt.train().identities());
            for (Identity id : tt.test().identities()) {
                assertTrue(!trainSubjects.contains(id), id + " in train and test of " + fold);
            }
            assertEquals(981, tt.train().size() + tt.test().size());
            int subjects = tt.test().identities().size();
            assertTrue(subjects == 11 || subjects == 12, "fold " + fold + ": " + subjects);
            for (FaceRecord r : tt.test().records()) {
                seen.merge(r, 1, Integer::sum);
            }
        }
        assertEquals(981, seen.size());
        assertTrue(seen.values().stream().allMatch(n -> n == 1));
    }

    @Test
    void foldsFollowTheSortedShuffledRoundRobinRule() throws Exception {
        Map<Identity, Integer> a = new SubjectKFold(10, 1, 42).assignment(ck);
        List<Identity> sorted = ck.identities().stream()
                .sorted((x, y) -> x.id().compareTo(y.id())).toList();
        List<Identity> shuffled = new java.util.ArrayList<>(sorted);
        java.util.Collections.shuffle(shuffled, new java.util.Random(42));
        for (int i = 0; i < shuffled.size(); i++) {
            assertEquals(i % 10 + 1, a.get(shuffled.get(i)));
        }
        assertEquals(a, new SubjectKFold(10, 3, 42).assignment(ck));
        assertNotEquals(a, new SubjectKFold(10, 1, 43).assignment(ck));
    }

    @Test
    void naturalOrderSortsNumbersByValue() {
        assertTrue(SubjectKFold.compareNatural("s2", "s10") < 0);
        assertTrue(SubjectKFold.compareNatural("S010", "S005") > 0);
        assertEquals(0, SubjectKFold.compareNatural("s7", "s7"));
    }

    @Test
    void stratifiedSplitKeepsClassSharesAndWarnsOnSubjects() {
        TrainTest tt = new StratifiedSplit(0.1, 42).split(ck);
        assertEquals(981, tt.train().size() + tt.test().size());
        Map<Expression, Integer> test = tt.test().classCounts();
        assertEquals(14, (int) test.get(Expression.ANGER)); // round(135 * 0.1)
        assertEquals(25, (int) test.get(Expression.SURPRISE)); // round(249 * 0.1)
        assertEquals(1, tt.warnings().size());
        assertTrue(tt.warnings().get(0).contains("subject ids"));
        FaceSet anonymous = new FaceSet("x", ck.records().stream().map(r -> new FaceRecord(
                r.path(), r.expression(), null, null, null)).toList());
        assertTrue(new StratifiedSplit(0.1, 42).split(anonymous).warnings().isEmpty());
    }

    @Test
    void protocolsRefuseSetsWithoutWhatTheyNeed() {
        FaceSet anonymous = new FaceSet("x", ck.records().stream().map(r -> new FaceRecord(
                r.path(), r.expression(), null, null, null)).toList());
        DataException e = assertThrows(DataException.class,
                () -> new SubjectKFold(10, 1, 42).split(anonymous));
        assertTrue(e.getMessage().contains("subject id"));
        assertThrows(DataException.class, () -> new OwnSplit().split(ck));
    }
}
