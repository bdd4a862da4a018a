package org.cdgan.train;

/**
 * One training batch of CD-GAN: B expression images {@code x_e} and B identity images
 * {@code x_f}, as planar float pixels, with their labels.
 *
 * @param expressionImages B x C x S x S values of {@code x_e}
 * @param expressions {@code y_e}, class indices
 * @param expressionIdentities the identity of each {@code x_e} as a global id (data-set
 *     namespace in the high 32 bits), or -1 when it is to be pseudo-labelled
 * @param identityImages B x C x S x S values of {@code x_f}
 * @param identities {@code y_f}, indices into the identity set's N identities
 * @param identityIds the global id of each {@code x_f}'s identity
 */
public record Pairs(float[] expressionImages, long[] expressions, long[] expressionIdentities,
        float[] identityImages, long[] identities, long[] identityIds) {

    /** The batch size B. */
    public int size() {
        return expressions.length;
    }
}
