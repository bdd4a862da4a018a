package org.cdgan.data;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One face image of a data set, with what is known about it.
 *
 * @param path the image file
 * @param expression the expression label, or {@code null} for identity-only sets such as ORL
 * @param identity the person, or {@code null} when the set has no subject ids (FER2013)
 * @param sequence the recording the image comes from, or {@code null}; CK+ frames of one
 *     sequence ({@code 004} in {@code S010_004_00000017.png}) are near duplicates
 * @param split the set's own split, or {@code null} when it has none
 */
public record FaceRecord(Path path, Expression expression, Identity identity, String sequence,
        Split split) {

    public FaceRecord {
        Objects.requireNonNull(path, "path");
    }

    /** Whether this image has a subject id. */
    public boolean hasIdentity() {
        return identity != null;
    }
}
