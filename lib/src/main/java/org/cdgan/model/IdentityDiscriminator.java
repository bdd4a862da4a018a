package org.cdgan.model;

/**
 * The identity discriminator {@code D_f} of CD-GAN: a ResNet-18 trunk and a linear head of
 * N + 1 classes, the N identities of the identity set and one "generated" class (index N) for
 * synthetic faces, as in TDGAN.
 */
public final class IdentityDiscriminator extends Classifier {

    private final int identities;

    /**
     * @param inputChannels 1 or 3
     * @param identities the number N of identities of the identity set
     */
    public IdentityDiscriminator(int inputChannels, int identities) {
        super(inputChannels, identities + 1);
        this.identities = identities;
    }

    /** The number N of real identities. */
    public int identities() {
        return identities;
    }

    /** The index of the "generated" class, N. */
    public int generatedClass() {
        return identities;
    }
}
