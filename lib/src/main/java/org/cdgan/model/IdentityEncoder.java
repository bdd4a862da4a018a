package org.cdgan.model;

/**
 * The identity encoder {@code E_f} of CD-GAN: a ResNet-18 trunk with its own weights,
 * {@code e_f = E_f(x)} of length 512, the code of who is in the image.
 */
public final class IdentityEncoder extends ResNetTrunk {

    /**
     * @param inputChannels 1 for grey images, 3 for colour
     */
    public IdentityEncoder(int inputChannels) {
        super(inputChannels);
    }
}
