package org.cdgan.model;

/**
 * The expression encoder {@code E_e} of CD-GAN: a ResNet-18 trunk, {@code e_e = E_e(x)} of
 * length 512. Its code feeds the FER head {@code C_e}, the decoder and the contrastive loss; at
 * test time it and {@code C_e} are the whole expression classifier.
 */
public final class ExpressionEncoder extends ResNetTrunk {

    /**
     * @param inputChannels 1 for grey images, 3 for colour
     */
    public ExpressionEncoder(int inputChannels) {
        super(inputChannels);
    }
}
