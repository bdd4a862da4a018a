package org.cdgan.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.cdgan.io.AtomicFiles;

/**
 * Checks a run's {@code --out} folder before any data is read or any file is written: it must
 * be a folder (or creatable as one) that can be written, and its checkpoint must agree with
 * {@code --resume}.
 */
public final class OutputFolder {

    private OutputFolder() {
    }

    /**
     * Checks the output folder and returns its checkpoint file. Leftover temporary files of an
     * interrupted save (a process killed while writing) are removed.
     *
     * @param dir the {@code --out} folder
     * @param fileName the checkpoint's file name inside it
     * @param resume whether {@code --resume} was given
     * @throws UsageException when the folder is a file or cannot be written, when a checkpoint
     *     is there without {@code --resume}, or missing with it
     */
    public static Path checkpoint(Path dir, String fileName, boolean resume)
            throws UsageException, IOException {
        writable(dir);
        Path checkpoint = dir.resolve(fileName);
        if (Files.exists(checkpoint) && !Files.isRegularFile(checkpoint)) {
            throw new UsageException(checkpoint + ": not a checkpoint file; remove it or choose "
                    + "another --out");
        }
        boolean there = Files.isRegularFile(checkpoint);
        if (there && !resume) {
            throw new UsageException(checkpoint + ": a run is already there; pass --resume to "
                    + "continue it or choose another --out");
        }
        if (!there && resume) {
            throw new UsageException(checkpoint + ": no checkpoint to resume from; check --out, "
                    + "or drop --resume to start a new run");
        }
        if (Files.isDirectory(dir)) {
            AtomicFiles.removeLeftovers(checkpoint);
        }
        return checkpoint;
    }

    /**
     * Checks that {@code dir} is a writable folder or can be created as one.
     *
     * @throws UsageException naming the path that is a file or not writable
     */
    public static void writable(Path dir) throws UsageException {
        Path p = dir.toAbsolutePath().normalize();
        while (p != null && !Files.exists(p)) {
            p = p.getParent();
        }
        if (p == null) {
            throw new UsageException("--out " + dir + ": no existing folder above it");
        }
        if (!Files.isDirectory(p)) {
            throw new UsageException("--out " + dir + ": " + p + " is a file, not a folder; "
                    + "choose another --out");
        }
        if (!Files.isWritable(p)) {
            throw new UsageException("--out " + dir + ": " + p + " is not writable; choose "
                    + "another --out");
        }
    }
}
