package org.cdgan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Option values and output folders that cannot work are reported before any data is read. */
class BadOptionsTest {

    @TempDir
    Path tmp;

    /** A baseline run on a data folder that does not exist, so only the options are checked. */
    private MainTest.Result baseline(String... more) {
        List<String> args = new ArrayList<>(List.of("baseline", "--data",
                tmp.resolve("no-data").toString(), "--out", tmp.resolve("run").toString()));
        args.addAll(Arrays.asList(more));
        return MainTest.run(args.toArray(String[]::new));
    }

    private static void assertOneLine(MainTest.Result r, String... fragments) {
        assertEquals(Main.BAD_INPUT, r.code(), r.err());
        assertEquals(1, r.err().strip().split("\n").length, r.err());
        for (String f : fragments) {
            assertTrue(r.err().contains(f), "'" + f + "' missing from: " + r.err());
        }
    }

    @Test
    void valuesThatCannotTrainAreNamedBeforeTheData() {
        assertOneLine(baseline("--lr", "-1"), "--lr -1", "positive learning rate");
        assertOneLine(baseline("--lr", "0"), "--lr 0");
        assertOneLine(baseline("--lr", "NaN"), "--lr NaN");
        assertOneLine(baseline("--epochs", "0"), "--epochs 0", "at least 1");
        assertOneLine(baseline("--epochs", "-3"), "--epochs -3");
        assertOneLine(baseline("--epochs", "ten"), "--epochs 'ten' is not a whole number");
        assertOneLine(baseline("--fold", "11"), "--fold 11", "1..10");
        assertOneLine(baseline("--fold", "0", "--folds", "5"), "--fold 0", "1..5");
        assertOneLine(baseline("--folds", "1"), "--folds 1", "2 or more");
        assertOneLine(baseline("--channels", "2"), "--channels 2", "1 (grey) or 3");
        assertOneLine(baseline("--batch", "1"), "--batch 1", "2 or more");
        assertOneLine(baseline("--protocol", "loso"), "--protocol 'loso'");
        assertOneLine(baseline("--image-shape", "48x48"), "--image-shape '48x48'");
        assertOneLine(baseline("--seed", "x"), "--seed 'x'");
        assertFalse(Files.exists(tmp.resolve("run")), "nothing may be written");
    }

    @Test
    void outputFoldersThatCannotHoldARunAreNamed() throws Exception {
        Path file = Files.writeString(tmp.resolve("a-file"), "x");
        assertOneLine(baseline("--out", file.toString()), file.toString(), "is a file");
        assertOneLine(baseline("--out", file.resolve("sub").toString()), "is a file");

        assertOneLine(baseline("--resume"), "no checkpoint to resume from", "drop --resume");
        assertFalse(Files.exists(tmp.resolve("run")), "--resume without a run creates nothing");

        Files.createDirectories(tmp.resolve("run/checkpoint.bin"));
        assertOneLine(baseline("--resume"), "checkpoint.bin: not a checkpoint file");
    }

    @Test
    void leftoversOfAKilledSaveAreRemovedAtTheNextStart() throws Exception {
        Path run = Files.createDirectories(tmp.resolve("run"));
        Path checkpoint = Files.writeString(run.resolve("checkpoint.bin"), "old");
        Path leftover = Files.writeString(run.resolve(".checkpoint.bin.1f2e.tmp"), "half");
        Path other = Files.writeString(run.resolve("notes.txt"), "mine");
        assertEquals(checkpoint, OutputFolder.checkpoint(run, "checkpoint.bin", true));
        assertFalse(Files.exists(leftover));
        assertTrue(Files.exists(checkpoint));
        assertTrue(Files.exists(other));
    }
}
