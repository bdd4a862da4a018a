package org.cdgan.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Manifests, images and output folders that cannot be used give a DataException naming them. */
class BadDataFilesTest {

    @TempDir
    Path tmp;

    private static void assertMessage(DataException e, String... fragments) {
        for (String f : fragments) {
            assertTrue(e.getMessage().contains(f), "'" + f + "' missing from: " + e.getMessage());
        }
        assertEquals(1, e.getMessage().lines().count(), e.getMessage());
    }

    @Test
    void aRepeatedManifestRowIsNamed() throws Exception {
        Path manifest = tmp.resolve("manifest.csv");
        Files.writeString(manifest, "path,expression,identity,split\n"
                + "a/1.png,happy,p1,\na/2.png,sad,p1,\n./a/1.png,happy,p1,\n");
        DataException e = assertThrows(DataException.class, () -> Manifest.read(manifest));
        assertMessage(e, manifest + " line 4", "'./a/1.png' is listed again (first on line 2)");
    }

    @Test
    void aManifestWithoutRowsIsNamed() throws Exception {
        Path manifest = Files.writeString(tmp.resolve("manifest.csv"),
                "path,expression,identity,split\n\n");
        DataException e = assertThrows(DataException.class, () -> DataSets.open(tmp));
        assertMessage(e, manifest.toString(), "a header and no rows");
    }

    @Test
    void aFolderWhereAnImageShouldBeIsNamed() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("x.png"));
        DataException e = assertThrows(DataException.class, () -> ImageFiles.decode(dir));
        assertMessage(e, dir.toString(), "a folder, not an image file");
    }

    @Test
    void aPgmClaimingHugeSizeIsTruncatedNotAnOutOfMemoryCrash() throws Exception {
        Path pgm = tmp.resolve("big.pgm");
        Files.write(pgm, "P5\n99999 99999\n255\nxy".getBytes(StandardCharsets.US_ASCII));
        DataException e = assertThrows(DataException.class, () -> ImageFiles.decode(pgm));
        assertMessage(e, pgm.toString(), "truncated PGM", "99999 x 99999");
        Path plain = Files.write(tmp.resolve("plain.pgm"),
                "P2\n50000 50000\n255\n1 2 3\n".getBytes(StandardCharsets.US_ASCII));
        e = assertThrows(DataException.class, () -> ImageFiles.decode(plain));
        assertMessage(e, plain.toString(), "truncated PGM");
    }

    @Test
    void aStagedOutputOverAFileIsRefusedAndCommitsWithDefaultPermissions() throws Exception {
        Path file = Files.writeString(tmp.resolve("out"), "x");
        DataException e = assertThrows(DataException.class, () -> StagedFolder.create(file,
                true));
        assertMessage(e, file.toString(), "is a file, not a folder");

        Path target = tmp.resolve("prepared");
        try (StagedFolder staged = StagedFolder.create(target, false)) {
            Files.writeString(staged.path().resolve("manifest.csv"), "path\n");
            staged.commit();
        }
        Path plain = Files.createDirectory(tmp.resolve("plain"));
        if (Files.getFileStore(tmp).supportsFileAttributeView("posix")) {
            assertEquals(Files.getPosixFilePermissions(plain),
                    Files.getPosixFilePermissions(target));
        }
    }
}
