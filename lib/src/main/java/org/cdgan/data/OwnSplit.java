package org.cdgan.data;

import java.util.List;

/**
 * The set's own splits (FER2013's train / val / test): train on {@code train}, choose on
 * {@code val}, report on {@code test}.
 */
public final class OwnSplit implements SplitProtocol {

    @Override
    public TrainTest split(FaceSet set) throws DataException {
        if (!set.hasSplits()) {
            throw new DataException(set.name() + ": has no train/test splits of its own; use "
                    + "--protocol subject-kfold or random");
        }
        FaceSet train = set.split(Split.TRAIN);
        FaceSet test = set.split(Split.TEST);
        if (train.size() == 0 || test.size() == 0) {
            throw new DataException(set.name() + ": its own splits need both train and test "
                    + "images (found " + train.size() + " and " + test.size() + ")");
        }
        return new TrainTest(train, set.split(Split.VAL), test, List.of());
    }
}
