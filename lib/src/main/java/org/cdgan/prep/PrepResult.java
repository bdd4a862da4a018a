package org.cdgan.prep;

import java.nio.file.Path;
import java.util.List;
import org.cdgan.data.FaceSet;

/**
 * What a data script produced.
 *
 * @param set the prepared images, as read back from the manifest
 * @param report the problems met and the face hit rate
 * @param manifest the written {@code manifest.csv}
 */
public record PrepResult(FaceSet set, PrepReport report, Path manifest) {

    /** The summary lines to show the user. */
    public List<String> summary() {
        return report.summary(set, manifest);
    }
}
