package org.cdgan.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.Parameter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.cdgan.io.AtomicFiles;
import org.cdgan.model.CdGan;

/**
 * The checkpoint of a CD-GAN run after an epoch: every network's parameters (batch-norm running
 * statistics included) under their full names, both optimisers' states, and the epoch history.
 *
 * <p>Layout: {@code checkpoints/epoch-NNN/} holds {@code networks.ndlist},
 * {@code generator.adam}, {@code discriminator.adam} and {@code history.csv}; it is written in a
 * temporary folder and renamed into place, then the file {@code checkpoints/latest} is replaced
 * atomically to name it, and older epochs are removed. A crash at any point leaves the previous
 * checkpoint whole and named by {@code latest}.
 */
public final class GanCheckpoint {

    private static final String NETWORKS = "networks.ndlist";
    private static final String GENERATOR_ADAM = "generator.adam";
    private static final String DISCRIMINATOR_ADAM = "discriminator.adam";
    private static final String HISTORY = "history.csv";
    private static final String LATEST = "latest";

    private final Path root;

    /**
     * @param runDir the run's folder; checkpoints go to {@code runDir/checkpoints}
     */
    public GanCheckpoint(Path runDir) {
        this.root = runDir.resolve("checkpoints");
    }

    /** The folder of the latest complete checkpoint, or {@code null} when there is none. */
    public Path latest() throws IOException {
        Path pointer = root.resolve(LATEST);
        if (!Files.exists(pointer)) {
            return null;
        }
        Path dir = root.resolve(Files.readString(pointer, StandardCharsets.UTF_8).trim());
        if (!Files.isDirectory(dir)) {
            throw new IOException("checkpoint pointer " + pointer + " names missing " + dir
                    + "; delete " + root + " to start the run afresh");
        }
        return dir;
    }

    /**
     * Writes the checkpoint of a finished epoch.
     *
     * @param epoch the epoch just finished (1-based)
     * @param gan the networks
     * @param generatorAdam the generator side's optimiser
     * @param discriminatorAdam the discriminator side's optimiser
     * @param history CSV lines of the epochs so far, header first
     */
    public void save(int epoch, CdGan gan, NamedAdam generatorAdam, NamedAdam discriminatorAdam,
            List<String> history) throws IOException {
        Files.createDirectories(root);
        String name = String.format(java.util.Locale.ROOT, "epoch-%03d", epoch);
        Path tmp = Files.createTempDirectory(root, "." + name);
        try {
            NDList arrays = new NDList();
            for (Map.Entry<String, Parameter> p : CdGan.parameters(gan.networks()).entrySet()) {
                NDArray a = p.getValue().getArray().duplicate();
                a.setName(p.getKey());
                arrays.add(a);
            }
            try (OutputStream out = Files.newOutputStream(tmp.resolve(NETWORKS))) {
                arrays.encode(out);
            } finally {
                arrays.close();
            }
            generatorAdam.save(tmp.resolve(GENERATOR_ADAM));
            discriminatorAdam.save(tmp.resolve(DISCRIMINATOR_ADAM));
            Files.write(tmp.resolve(HISTORY), history, StandardCharsets.UTF_8);
            Path target = root.resolve(name);
            AtomicFiles.deleteTree(target);
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
            AtomicFiles.writeString(root.resolve(LATEST), name + "\n");
        } finally {
            AtomicFiles.deleteTree(tmp);
        }
        try (Stream<Path> old = Files.list(root)) {
            for (Path p : old.filter(p -> p.getFileName().toString().startsWith("epoch-")
                    && !p.getFileName().toString().equals(name)).toList()) {
                AtomicFiles.deleteTree(p);
            }
        }
    }

    /**
     * Puts the latest checkpoint's values into the networks and optimisers.
     *
     * @return the epoch history saved with it (header first)
     */
    public List<String> load(Path dir, CdGan gan, NamedAdam generatorAdam,
            NamedAdam discriminatorAdam) throws IOException {
        Map<String, Parameter> params = CdGan.parameters(gan.networks());
        try (NDManager scratch = NDManager.newBaseManager();
                InputStream in = Files.newInputStream(dir.resolve(NETWORKS))) {
            NDList saved = NDList.decode(scratch, in);
            Map<String, NDArray> byName = new HashMap<>();
            for (NDArray a : saved) {
                byName.put(a.getName(), a);
            }
            for (Map.Entry<String, Parameter> p : params.entrySet()) {
                NDArray a = byName.get(p.getKey());
                NDArray target = p.getValue().getArray();
                if (a == null || !a.getShape().equals(target.getShape())) {
                    throw new IOException(dir + " does not fit this model: parameter "
                            + p.getKey() + (a == null ? " is missing" : " has shape "
                            + a.getShape() + ", not " + target.getShape())
                            + "; resume with the settings of the run that wrote it");
                }
                target.set(a.toByteBuffer());
            }
        }
        generatorAdam.load(dir.resolve(GENERATOR_ADAM));
        discriminatorAdam.load(dir.resolve(DISCRIMINATOR_ADAM));
        return Files.readAllLines(dir.resolve(HISTORY), StandardCharsets.UTF_8);
    }
}
