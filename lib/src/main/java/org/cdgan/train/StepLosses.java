package org.cdgan.train;

/**
 * The loss values of one training step, as floats for logging; a term the step did not compute
 * is 0. The discriminator step fills {@code lD}, {@code lDf}, {@code lDe}; the generator step
 * the others.
 *
 * @param lD {@code L_D = L_Df + L_De}
 * @param lDf identity discriminator term
 * @param lDe expression discriminator term
 * @param lG {@code L_G}, the weighted generator sum
 * @param lC adversarial classification term
 * @param lCL contrastive term
 * @param lF feature-consistency term
 * @param lCls the FER head's cross-entropy
 * @param contrastiveAnchors anchors with a positive and a negative in the batch
 */
public record StepLosses(float lD, float lDf, float lDe, float lG, float lC, float lCL,
        float lF, float lCls, int contrastiveAnchors) {

    /** The discriminator step's terms. */
    static StepLosses discriminator(float lDf, float lDe) {
        return new StepLosses(lDf + lDe, lDf, lDe, 0, 0, 0, 0, 0, 0);
    }

    /** This step's discriminator terms with another step's generator terms. */
    StepLosses withGenerator(StepLosses g) {
        return new StepLosses(lD, lDf, lDe, g.lG, g.lC, g.lCL, g.lF, g.lCls,
                g.contrastiveAnchors);
    }
}
