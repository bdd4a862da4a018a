package org.cdgan.loss;

import ai.djl.ndarray.NDArray;

/**
 * The generator's classification term {@code L_C = CE(D_f(x'), y_f) + CE(D_e(x'), y_e)} of
 * CD-GAN: the synthetic face {@code x' = G_d(e_e, e_f)} must show the identity of {@code x_f}
 * (one of the N real identities, never the "generated" class) and the expression of
 * {@code x_e}.
 */
public final class AdversarialClassificationLoss {

    private final CrossEntropy crossEntropy = new CrossEntropy();

    /**
     * @param identityLogits {@code D_f(x')}, shape (B, N + 1)
     * @param identityLabels {@code y_f}, the identities of the identity images
     * @param expressionLogits {@code D_e(x')}, shape (B, K)
     * @param expressionLabels {@code y_e}, the expressions of the expression images
     * @return the scalar term
     */
    public NDArray compute(NDArray identityLogits, NDArray identityLabels,
            NDArray expressionLogits, NDArray expressionLabels) {
        return crossEntropy.compute(identityLogits, identityLabels)
                .add(crossEntropy.compute(expressionLogits, expressionLabels));
    }
}
