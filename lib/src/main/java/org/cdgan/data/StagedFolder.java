package org.cdgan.data;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.util.stream.Stream;

import org.cdgan.io.AtomicFiles;

/**
 * An output folder written in a hidden temporary folder beside its target and moved into place
 * only when complete, so an interrupted run leaves nothing half-written under the target name.
 *
 * <pre>{@code
 * try (StagedFolder out = StagedFolder.create(target, false)) {
 *     write files under out.path() ...
 *     out.commit();
 * }   // not committed: the temporary folder is deleted
 * }</pre>
 */
public final class StagedFolder implements Closeable {

    private final Path target;
    private final Path staging;
    private final boolean replace;
    private boolean committed;

    private StagedFolder(Path target, Path staging, boolean replace) {
        this.target = target;
        this.staging = staging;
        this.replace = replace;
    }

    /**
     * Starts a folder that will become {@code target}.
     *
     * @param target the folder to produce
     * @param replace whether an existing non-empty target may be replaced on commit
     * @throws DataException when the target exists, is not empty and {@code replace} is false
     */
    public static StagedFolder create(Path target, boolean replace) throws IOException {
        Path abs = target.toAbsolutePath().normalize();
        if (Files.exists(abs) && !Files.isDirectory(abs)) {
            throw new DataException(abs + " is a file, not a folder: choose another output "
                    + "folder");
        }
        if (!replace && Files.exists(abs) && !isEmptyDirectory(abs)) {
            throw new DataException(abs + " already exists and is not empty: remove it, choose "
                    + "another output folder, or ask for it to be replaced (--replace)");
        }
        Path parent = abs.getParent();
        Files.createDirectories(parent);
        // A new folder with the default permissions (createTempDirectory makes it owner-only,
        // and the committed output would stay so).
        Path staging = Files.createDirectory(parent.resolve("." + abs.getFileName()
                + ".partial-" + Long.toHexString(new SecureRandom().nextLong())));
        return new StagedFolder(abs, staging, replace);
    }

    /** The temporary folder to write into. */
    public Path path() {
        return staging;
    }

    /** The folder the contents will have once committed. */
    public Path target() {
        return target;
    }

    /** The final place of a file written at {@code staged} inside {@link #path()}. */
    public Path finalPath(Path staged) {
        return target.resolve(staging.relativize(staged.toAbsolutePath().normalize()));
    }

    /** Moves the finished folder into place (replacing an old one if allowed). */
    public void commit() throws IOException {
        Path old = null;
        if (Files.exists(target)) {
            if (isEmptyDirectory(target)) {
                Files.delete(target);
            } else if (replace) {
                old = Files.createTempDirectory(target.getParent(), "." + target.getFileName()
                        + ".old-");
                Files.delete(old);
                Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
            } else {
                throw new DataException(target + " appeared while it was being written: remove "
                        + "it and run again");
            }
        }
        Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        committed = true;
        if (old != null) {
            AtomicFiles.deleteTree(old);
        }
    }

    /** Deletes the temporary folder unless it was committed. */
    @Override
    public void close() throws IOException {
        if (!committed) {
            AtomicFiles.deleteTree(staging);
        }
    }

    private static boolean isEmptyDirectory(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.findAny().isEmpty();
        }
    }
}
