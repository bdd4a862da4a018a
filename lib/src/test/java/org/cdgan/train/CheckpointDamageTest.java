package org.cdgan.train;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import org.cdgan.data.DataException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A damaged checkpoint is bad input, reported in one line, never an out-of-memory crash. */
class CheckpointDamageTest {

    @TempDir
    Path tmp;

    private DataException load(byte[] bytes) throws Exception {
        Path file = Files.write(tmp.resolve("checkpoint.bin"), bytes);
        return assertThrows(DataException.class, () -> Checkpoint.load(file, null, Map.of(),
                Map.of()));
    }

    /** The start of a checkpoint: magic, format 1, epoch 3, seed 42, one metadata entry. */
    private static byte[] head(int metaLength) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeUTF("cdgan-checkpoint");
        out.writeInt(1);
        out.writeInt(3);
        out.writeLong(42);
        out.writeInt(1);
        out.writeUTF("history");
        out.writeInt(metaLength);
        out.flush();
        return bytes.toByteArray();
    }

    @Test
    void damagedFilesAreNamed() throws Exception {
        DataException e = load("garbage\n".getBytes());
        assertTrue(e.getMessage().contains("not a cdgan checkpoint"), e.getMessage());

        e = load(new byte[0]);
        assertTrue(e.getMessage().contains("truncated"), e.getMessage());

        byte[] whole = head(4);
        e = load(Arrays.copyOf(whole, 20));
        assertTrue(e.getMessage().contains("truncated or damaged checkpoint"), e.getMessage());

        // A length field overwritten with a huge value must not allocate 2 GB.
        e = load(head(Integer.MAX_VALUE));
        assertTrue(e.getMessage().contains("damaged checkpoint (a section of 2147483647 bytes"),
                e.getMessage());
    }

    @Test
    void aCheckpointOfAnotherSeedIsRefused() throws Exception {
        Path file = tmp.resolve("seed.bin");
        BaselineConfig config = BaselineConfig.defaults().withEpochs(1).withDevice("cpu");
        try (BaselineTrainer t = new BaselineTrainer(config, 1, 32, 2, null)) {
            Checkpoint.save(file, t.classifier(), t.optimiser(), 1, config.seed(), Map.of());
        }
        DataException e = assertThrows(DataException.class, () -> new BaselineTrainer(
                config.withSeed(7), 1, 32, 2, file));
        assertTrue(e.getMessage().contains("saved by a run with seed 42, not 7"),
                e.getMessage());
    }
}
