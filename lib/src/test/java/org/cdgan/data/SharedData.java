package org.cdgan.data;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the real face data sets live in tests: the {@code cdgan.sharedData} property. */
public final class SharedData {

    private SharedData() {
    }

    /** The shared data folder; fails the test (it is not skipped) when it is missing. */
    public static Path root() {
        String p = System.getProperty("cdgan.sharedData", "../../shared/data");
        Path root = Path.of(p).toAbsolutePath().normalize();
        assertTrue(Files.isDirectory(root.resolve("ck48")), "real data missing at " + root
                + " (set -Dcdgan.sharedData)");
        return root;
    }

    /** A folder of one of the shared sets, such as {@code ck48}. */
    public static Path set(String name) {
        return root().resolve(name);
    }
}
