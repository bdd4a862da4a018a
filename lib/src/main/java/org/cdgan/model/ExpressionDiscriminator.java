package org.cdgan.model;

/**
 * The expression discriminator {@code D_e} of CD-GAN: a ResNet-18 trunk and a linear head of
 * K expression classes; it tells which expression a real or synthetic face shows.
 */
public final class ExpressionDiscriminator extends Classifier {

    /**
     * @param inputChannels 1 or 3
     * @param classes the number K of expression classes
     */
    public ExpressionDiscriminator(int inputChannels, int classes) {
        super(inputChannels, classes);
    }
}
