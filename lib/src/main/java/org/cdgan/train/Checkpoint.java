package org.cdgan.train;

import ai.djl.MalformedModelException;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.cdgan.io.AtomicFiles;

/**
 * The saved state of a training run after an epoch: the parameters of its blocks (with the
 * batch-norm statistics), the state of its {@link NamedAdam} optimisers, the number of epochs
 * done, the seed and free-form metadata (such as the epoch history, as JSON). One file,
 * written atomically, so a crash during a save leaves the previous checkpoint whole.
 *
 * @param epoch the number of completed epochs
 * @param seed the run's seed
 * @param meta the metadata saved with it
 */
public record Checkpoint(int epoch, long seed, Map<String, String> meta) {

    /** The usual file name inside a run folder. */
    public static final String FILE_NAME = "checkpoint.bin";

    private static final String MAGIC = "cdgan-checkpoint";
    private static final int FORMAT = 1;

    /**
     * Saves blocks and optimisers atomically.
     *
     * @param file the checkpoint file
     * @param blocks the networks, by name (the same names must be used to load)
     * @param optimisers the optimisers, by name
     * @param epoch the number of completed epochs
     * @param seed the run's seed
     * @param meta metadata to keep
     */
    public static void save(Path file, Map<String, Block> blocks,
            Map<String, NamedAdam> optimisers, int epoch, long seed, Map<String, String> meta)
            throws IOException {
        AtomicFiles.write(file, stream -> {
            DataOutputStream out = new DataOutputStream(stream);
            out.writeUTF(MAGIC);
            out.writeInt(FORMAT);
            out.writeInt(epoch);
            out.writeLong(seed);
            out.writeInt(meta.size());
            for (Map.Entry<String, String> e : meta.entrySet()) {
                out.writeUTF(e.getKey());
                writeBytes(out, e.getValue().getBytes(StandardCharsets.UTF_8));
            }
            out.writeInt(blocks.size());
            for (Map.Entry<String, Block> e : blocks.entrySet()) {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                DataOutputStream section = new DataOutputStream(bytes);
                e.getValue().saveParameters(section);
                section.flush();
                out.writeUTF(e.getKey());
                writeBytes(out, bytes.toByteArray());
            }
            out.writeInt(optimisers.size());
            for (Map.Entry<String, NamedAdam> e : optimisers.entrySet()) {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                e.getValue().save(bytes);
                out.writeUTF(e.getKey());
                writeBytes(out, bytes.toByteArray());
            }
            out.flush();
        });
    }

    /** Saves one block and its optimiser (named {@code model} and {@code optimiser}). */
    public static void save(Path file, Block block, NamedAdam adam, int epoch, long seed,
            Map<String, String> meta) throws IOException {
        save(file, Map.of("model", block), Map.of("optimiser", adam), epoch, seed, meta);
    }

    /**
     * Loads a checkpoint into initialised blocks and into optimisers. Call it before the first
     * forward pass of a trainer, which caches the parameter arrays.
     *
     * @throws IOException naming the file when it is no checkpoint, is cut short, or lacks one
     *     of the named blocks or optimisers
     */
    public static Checkpoint load(Path file, NDManager manager, Map<String, Block> blocks,
            Map<String, NamedAdam> optimisers) throws IOException {
        try (InputStream stream = Files.newInputStream(file)) {
            DataInputStream in = new DataInputStream(stream);
            if (!MAGIC.equals(in.readUTF()) || in.readInt() != FORMAT) {
                throw new IOException(file + ": not a cdgan checkpoint; delete it or choose "
                        + "another --out folder");
            }
            int epoch = in.readInt();
            long seed = in.readLong();
            Map<String, String> meta = new LinkedHashMap<>();
            int n = in.readInt();
            for (int i = 0; i < n; i++) {
                String key = in.readUTF();
                meta.put(key, new String(readBytes(in), StandardCharsets.UTF_8));
            }
            Map<String, byte[]> blockBytes = new LinkedHashMap<>();
            n = in.readInt();
            for (int i = 0; i < n; i++) {
                String key = in.readUTF();
                blockBytes.put(key, readBytes(in));
            }
            Map<String, byte[]> optimiserBytes = new LinkedHashMap<>();
            n = in.readInt();
            for (int i = 0; i < n; i++) {
                String key = in.readUTF();
                optimiserBytes.put(key, readBytes(in));
            }
            for (Map.Entry<String, Block> e : blocks.entrySet()) {
                byte[] bytes = blockBytes.get(e.getKey());
                if (bytes == null) {
                    throw new IOException(file + ": has no block '" + e.getKey() + "'");
                }
                try {
                    e.getValue().loadParameters(manager, new DataInputStream(
                            new ByteArrayInputStream(bytes)));
                    // Loaded arrays are new: make the trainable ones collect gradients again.
                    for (Parameter p : e.getValue().getParameters().values()) {
                        if (p.requiresGradient()) {
                            p.getArray().setRequiresGradient(true);
                        }
                    }
                } catch (MalformedModelException ex) {
                    throw new IOException(file + ": block '" + e.getKey() + "' does not fit "
                            + "this network (" + ex.getMessage() + ")", ex);
                }
            }
            for (Map.Entry<String, NamedAdam> e : optimisers.entrySet()) {
                byte[] bytes = optimiserBytes.get(e.getKey());
                if (bytes == null) {
                    throw new IOException(file + ": has no optimiser '" + e.getKey() + "'");
                }
                e.getValue().load(new ByteArrayInputStream(bytes), file + "#" + e.getKey());
            }
            return new Checkpoint(epoch, seed, meta);
        } catch (java.io.EOFException e) {
            throw new IOException(file + ": truncated checkpoint; delete it to start afresh", e);
        }
    }

    /** Loads one block and its optimiser saved by the one-block {@code save}. */
    public static Checkpoint load(Path file, NDManager manager, Block block, NamedAdam adam)
            throws IOException {
        return load(file, manager, Map.of("model", block), Map.of("optimiser", adam));
    }

    private static void writeBytes(DataOutputStream out, byte[] bytes) throws IOException {
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static byte[] readBytes(DataInputStream in) throws IOException {
        int n = in.readInt();
        byte[] b = new byte[n];
        in.readFully(b);
        return b;
    }
}
