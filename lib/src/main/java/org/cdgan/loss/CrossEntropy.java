package org.cdgan.loss;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.DataType;

/**
 * Softmax cross-entropy on logits with class-index labels, the mean over the batch:
 * {@code CE(logits, y) = mean_b -log softmax(logits_b)[y_b]}. It is the building block of every
 * classification term of CD-GAN, and alone it is {@code L_cls = CE(C_e(e_e), y_e)}, the FER
 * head's term, and the baseline's loss.
 */
public final class CrossEntropy {

    /**
     * @param logits shape (B, classes)
     * @param labels class indices, shape (B), any integer or float type
     * @return the scalar mean cross-entropy
     */
    public NDArray compute(NDArray logits, NDArray labels) {
        long classes = logits.getShape().get(logits.getShape().dimension() - 1);
        if (labels.size() != logits.getShape().get(0)) {
            throw new IllegalArgumentException("cross-entropy got " + logits.getShape().get(0)
                    + " rows of logits but " + labels.size() + " labels");
        }
        NDArray oneHot = labels.flatten().toType(DataType.INT64, false)
                .oneHot(Math.toIntExact(classes), logits.getDataType());
        return logits.logSoftmax(-1).mul(oneHot).sum(new int[] {-1}).neg().mean();
    }
}
