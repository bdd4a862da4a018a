package org.cdgan.data;

/** A way to divide a face set into training and test images. */
@FunctionalInterface
public interface SplitProtocol {

    /**
     * Divides a set.
     *
     * @throws DataException when the set lacks what the protocol needs (subject ids, splits)
     */
    TrainTest split(FaceSet set) throws DataException;
}
