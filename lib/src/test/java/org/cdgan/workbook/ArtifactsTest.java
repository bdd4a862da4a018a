package org.cdgan.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArtifactsTest {

    @TempDir
    Path tmp;

    @Test
    void reusesUnderTheSameKeyAndRemakesUnderAnother() throws Exception {
        Artifacts a = new Artifacts(tmp);
        AtomicInteger made = new AtomicInteger();
        Artifacts.Maker maker = dir -> Files.writeString(dir.resolve("weights.txt"),
                "run " + made.incrementAndGet());
        Artifacts.Loader<String> loader = dir -> Files.readString(dir.resolve("weights.txt"));

        assertFalse(a.has("baseline", "k1"));
        assertEquals("run 1", a.reuseOrMake("baseline", "k1", maker, loader));
        assertTrue(a.has("baseline", "k1"));
        assertEquals("run 1", a.reuseOrMake("baseline", "k1", maker, loader));
        assertEquals(1, made.get());
        // a fresh Artifacts object (a fresh kernel) sees the same artifact
        assertEquals("run 1", new Artifacts(tmp).reuseOrMake("baseline", "k1", maker, loader));
        assertEquals("run 2", a.reuseOrMake("baseline", "k2", maker, loader));
        assertFalse(a.has("baseline", "k1"));
    }

    @Test
    void aFailedMakerLeavesNothingBehind() throws Exception {
        Artifacts a = new Artifacts(tmp);
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> a.reuseOrMake("gan", "k",
                dir -> {
                    Files.writeString(dir.resolve("half.bin"), "x");
                    throw new IllegalStateException("interrupted");
                }, dir -> "never"));
        assertTrue(e.getMessage().contains("interrupted"), e.getMessage());
        assertFalse(a.has("gan", "k"));
        try (Stream<Path> left = Files.list(tmp.resolve("checkpoints"))) {
            assertEquals(0, left.count());
        }
    }

    @Test
    void tablesRoundTripAndKeyFiguresReplaceByNotebookAndFigure() throws Exception {
        Artifacts a = new Artifacts(tmp);
        a.writeTable("ablation", List.of("variant", "accuracy (%)", "note"),
                List.of(List.of("baseline", 81.5, "plain, no GAN"), List.of("cdgan", 83.0,
                        "say \"all\"")));
        List<List<String>> t = a.readTable("ablation");
        assertEquals(List.of("variant", "accuracy (%)", "note"), t.get(0));
        assertEquals(List.of("baseline", "81.5", "plain, no GAN"), t.get(1));
        assertEquals("say \"all\"", t.get(2).get(2));
        assertEquals(List.of(), a.readTable("missing"));
        assertThrows(IllegalArgumentException.class, () -> a.writeTable("x", List.of("a"),
                List.of(List.of(1, 2))));

        a.recordFigure("02-baseline", "test accuracy (%)", 80);
        a.recordFigure("03-cdgan", "test accuracy (%)", 82.25);
        a.recordFigure("02-baseline", "test accuracy (%)", 81);
        List<List<String>> k = a.readTable(Artifacts.KEY_FIGURES);
        assertEquals(3, k.size());
        assertEquals(List.of("02-baseline", "test accuracy (%)", "81.0000"), k.get(1));
        assertEquals(List.of("03-cdgan", "test accuracy (%)", "82.2500"), k.get(2));
        assertThrows(IllegalArgumentException.class, () -> a.checkpoint("../escape"));
    }
}
