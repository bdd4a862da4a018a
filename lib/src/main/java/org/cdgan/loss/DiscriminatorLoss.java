package org.cdgan.loss;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;

/**
 * The discriminator step's loss {@code L_D = L_Df + L_De} of CD-GAN, with
 *
 * <pre>
 * L_Df = CE(D_f(x_f), y_f) + CE(D_f(x'), generated)
 * L_De = CE(D_e(x_e), y_e)
 * </pre>
 *
 * <p>{@code D_f} has N + 1 outputs: the N identities of the identity set and one "generated"
 * class, index N, for synthetic faces {@code x'} (which come in detached).
 */
public final class DiscriminatorLoss {

    private final CrossEntropy crossEntropy = new CrossEntropy();

    /**
     * {@code L_Df}, the identity discriminator's term.
     *
     * @param realLogits {@code D_f(x_f)}, shape (B, N + 1)
     * @param identityLabels {@code y_f}, indices in 0..N-1
     * @param generatedLogits {@code D_f(x')}, shape (B', N + 1)
     * @return the scalar term
     */
    public NDArray identityTerm(NDArray realLogits, NDArray identityLabels,
            NDArray generatedLogits) {
        long generated = generatedLogits.getShape().get(1) - 1;
        NDArray generatedLabels = generatedLogits.getManager()
                .full(new Shape(generatedLogits.getShape().get(0)), Math.toIntExact(generated));
        return crossEntropy.compute(realLogits, identityLabels)
                .add(crossEntropy.compute(generatedLogits, generatedLabels));
    }

    /**
     * {@code L_De}, the expression discriminator's term.
     *
     * @param realLogits {@code D_e(x_e)}, shape (B, K)
     * @param expressionLabels {@code y_e}
     * @return the scalar term
     */
    public NDArray expressionTerm(NDArray realLogits, NDArray expressionLabels) {
        return crossEntropy.compute(realLogits, expressionLabels);
    }
}
