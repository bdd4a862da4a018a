package org.cdgan.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.cdgan.data.StratifiedSplit;
import org.cdgan.data.TrainTest;
import org.junit.jupiter.api.Test;

class WorkbookDataTest {

    private static WorkbookConfig realCi() throws Exception {
        return WorkbookConfig.builder(Profile.CI)
                .dataRoot(Path.of(System.getProperty("cdgan.sharedData"))).build();
    }

    @Test
    void readsTheRealSetsAndCutsTheCiFoldToItsLimits() throws Exception {
        WorkbookData data = WorkbookData.load(realCi());
        assertEquals(981, data.expressions().size());
        assertEquals(118, data.expressions().identities().size());
        assertEquals(400, data.identities().size());
        assertNotNull(data.fer2013());
        TrainTest fold = data.fold(1);
        assertEquals(160, fold.train().size());
        assertEquals(64, fold.test().size());
        IdentityLeak leak = IdentityLeak.of(fold);
        assertEquals(0.0, leak.subjectShare());
        assertEquals(0.0, leak.sequenceShare());
        assertEquals(64, leak.testImages());
    }

    @Test
    void aRandomSplitOfCkPlusLeaksAlmostEverySequence() throws Exception {
        WorkbookData data = WorkbookData.load(realCi());
        IdentityLeak leak = IdentityLeak.of(new StratifiedSplit(0.1, 42)
                .split(data.expressions()));
        // three frames a sequence, one in ten held out: nearly every test frame has a sibling
        assertTrue(leak.sequenceShare() > 0.9, "sequence share " + leak.sequenceShare());
        assertTrue(leak.subjectShare() >= leak.sequenceShare());
        var t = IdentityLeak.table(java.util.Map.of("random", leak, "fold 1",
                IdentityLeak.of(data.fold(1))));
        assertEquals("fold 1", t.stringColumn("split").get(0));
        assertEquals(0.0, t.doubleColumn("person in training (%)").get(0));
        assertEquals(100 * leak.sequenceShare(),
                t.doubleColumn("same sequence in training (%)").get(1), 1e-9);
        var frames = IdentityLeak.sequenceFrames(data.expressions(), 3, 1);
        assertEquals(3, frames.size());
        for (var seq : frames) {
            assertEquals(3, seq.size()); // CK+48 keeps the last three frames of a sequence
            assertEquals(seq.get(0).sequence(), seq.get(2).sequence());
            assertEquals(seq.get(0).identity(), seq.get(2).identity());
        }
    }

    @Test
    void theSyntheticSetSplitsByPerson() throws Exception {
        WorkbookConfig c = WorkbookConfig.builder(Profile.CI).synthetic().build();
        WorkbookData data = WorkbookData.load(c);
        assertTrue(data.synthetic());
        TrainTest fold = data.fold(1);
        assertEquals(0.0, IdentityLeak.of(fold).subjectShare());
        assertTrue(fold.test().size() > 0);
        assertEquals(48, data.expressionImages().load(fold.test().records().get(0)).getWidth());
    }
}
