package org.cdgan.data;

import java.util.List;
import java.util.Objects;

/**
 * The parts of a set one experiment uses.
 *
 * @param train the training images
 * @param validation images for choosing an epoch, or an empty set when there are none
 * @param test the images reported on
 * @param warnings what a reader of the results must know, such as an identity leak
 */
public record TrainTest(FaceSet train, FaceSet validation, FaceSet test,
        List<String> warnings) {

    public TrainTest {
        Objects.requireNonNull(train, "train");
        Objects.requireNonNull(validation, "validation");
        Objects.requireNonNull(test, "test");
        warnings = List.copyOf(warnings);
    }
}
