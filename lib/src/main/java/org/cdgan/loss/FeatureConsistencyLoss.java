package org.cdgan.loss;

import ai.djl.ndarray.NDArray;

/**
 * The feature-consistency loss {@code L_F} of CD-GAN: re-encoding the synthetic face must give
 * back the codes it was made from,
 *
 * <pre>
 * L_F = MSE(E_e(x'), e_e) + MSE(E_f(x'), e_f)
 * </pre>
 *
 * <p>Each MSE is the mean over the batch and the code dimensions; the targets {@code e_e} and
 * {@code e_f} are detached, so the gradient only moves the re-encoding (method.md's choice).
 */
public final class FeatureConsistencyLoss {

    /**
     * One mean squared error term with a detached target.
     *
     * @param reEncoded the codes of the synthetic face, such as {@code E_e(x')}
     * @param target the codes it should match, such as {@code e_e}; no gradient reaches it
     * @return the scalar mean over all elements of {@code (reEncoded - target)^2}
     */
    public NDArray term(NDArray reEncoded, NDArray target) {
        if (!reEncoded.getShape().equals(target.getShape())) {
            throw new IllegalArgumentException("feature consistency compares codes of one shape, "
                    + "got " + reEncoded.getShape() + " and " + target.getShape());
        }
        return reEncoded.sub(target.stopGradient()).square().mean();
    }

    /**
     * The full loss {@code L_F}.
     *
     * @param expressionOfSynthetic {@code E_e(x')}
     * @param expressionCode {@code e_e}
     * @param identityOfSynthetic {@code E_f(x')}
     * @param identityCode {@code e_f}
     * @return the scalar sum of the two terms
     */
    public NDArray compute(NDArray expressionOfSynthetic, NDArray expressionCode,
            NDArray identityOfSynthetic, NDArray identityCode) {
        return term(expressionOfSynthetic, expressionCode)
                .add(term(identityOfSynthetic, identityCode));
    }
}
