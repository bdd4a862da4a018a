package org.cdgan.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    @TempDir
    Path tmp;

    @Test
    void writtenFilesHaveTheDefaultPermissionsAndNoTemporaryIsLeft() throws Exception {
        Path target = tmp.resolve("metrics.csv");
        AtomicFiles.writeString(target, "metric,value\n");
        assertEquals("metric,value\n", Files.readString(target));
        Path plain = Files.createFile(tmp.resolve("plain.csv"));
        if (Files.getFileStore(tmp).supportsFileAttributeView("posix")) {
            // Owner-only files (as createTempFile makes) would hide run reports from others.
            assertEquals(Files.getPosixFilePermissions(plain),
                    Files.getPosixFilePermissions(target));
        }
        try (Stream<Path> s = Files.list(tmp)) {
            assertEquals(List.of("metrics.csv", "plain.csv"), s.map(p -> p.getFileName()
                    .toString()).sorted().toList());
        }
    }

    @Test
    void leftoversOfAnInterruptedWriteAreRemoved() throws Exception {
        Path target = Files.writeString(tmp.resolve("checkpoint.bin"), "whole");
        Path current = Files.writeString(tmp.resolve(".checkpoint.bin.9a1b.tmp"), "half");
        Path older = Files.writeString(tmp.resolve(".checkpoint.bin123456.tmp"), "half");
        Path unrelated = Files.writeString(tmp.resolve(".run.json.77.tmp"), "other");
        assertEquals(2, AtomicFiles.removeLeftovers(target));
        assertFalse(Files.exists(current));
        assertFalse(Files.exists(older));
        assertTrue(Files.exists(unrelated));
        assertEquals("whole", Files.readString(target));
    }
}
