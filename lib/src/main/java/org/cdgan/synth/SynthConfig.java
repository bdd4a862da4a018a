package org.cdgan.synth;

/**
 * What {@link SynthFaces} draws: how many people, how many pictures of each expression, at what
 * size, and how much nuisance.
 *
 * <p>Identities {@code 0 .. identities - valIdentities - testIdentities - 1} form the training
 * split, the next {@code valIdentities} the validation split and the last
 * {@code testIdentities} the test split, so every split is subject independent. With both
 * counts 0 the set has no split of its own.
 *
 * @param identities number of people N (at least 1)
 * @param samples pictures M per person and expression (at least 1)
 * @param size image side in pixels, 48 to 224
 * @param colour whether to draw in colour (RGB) rather than grey
 * @param seed the seed every picture derives from: same seed, same pixels
 * @param nuisance scale of the nuisance factors (pose, scale, lighting, noise): 1 is the
 *     default amount, 0 none
 * @param valIdentities people held out as the validation split
 * @param testIdentities people held out as the test split
 */
public record SynthConfig(int identities, int samples, int size, boolean colour, long seed,
        double nuisance, int valIdentities, int testIdentities) {

    /** Smallest image side drawn. */
    public static final int MIN_SIZE = 48;
    /** Largest image side drawn. */
    public static final int MAX_SIZE = 224;

    public SynthConfig {
        if (identities < 1) {
            throw new IllegalArgumentException("identities = " + identities
                    + ": draw at least 1 person");
        }
        if (samples < 1) {
            throw new IllegalArgumentException("samples = " + samples
                    + ": draw at least 1 picture per person and expression");
        }
        if (size < MIN_SIZE || size > MAX_SIZE) {
            throw new IllegalArgumentException("size = " + size + ": use " + MIN_SIZE + " to "
                    + MAX_SIZE + " pixels");
        }
        if (!(nuisance >= 0 && nuisance <= 3)) {
            throw new IllegalArgumentException("nuisance = " + nuisance + ": use 0 to 3");
        }
        if (valIdentities < 0 || testIdentities < 0
                || (valIdentities + testIdentities > 0
                        && valIdentities + testIdentities >= identities)) {
            throw new IllegalArgumentException("valIdentities = " + valIdentities
                    + ", testIdentities = " + testIdentities + " with " + identities
                    + " identities: leave at least one person for training");
        }
    }

    /**
     * The default set: 20 identities x 7 expressions x 6 samples (840 images) at 64 x 64 grey,
     * seed 2025, nuisance 1, 2 validation and 4 test identities.
     */
    public static SynthConfig defaults() {
        return new SynthConfig(20, 6, 64, false, 2025L, 1.0, 2, 4);
    }

    /** This configuration with another number of identities and samples. */
    public SynthConfig withCounts(int identities, int samples) {
        return new SynthConfig(identities, samples, size, colour, seed, nuisance,
                valIdentities, testIdentities);
    }

    /** This configuration with another image side. */
    public SynthConfig withSize(int size) {
        return new SynthConfig(identities, samples, size, colour, seed, nuisance,
                valIdentities, testIdentities);
    }

    /** This configuration drawn in colour or grey. */
    public SynthConfig withColour(boolean colour) {
        return new SynthConfig(identities, samples, size, colour, seed, nuisance,
                valIdentities, testIdentities);
    }

    /** This configuration with another seed. */
    public SynthConfig withSeed(long seed) {
        return new SynthConfig(identities, samples, size, colour, seed, nuisance,
                valIdentities, testIdentities);
    }

    /** This configuration with another nuisance scale. */
    public SynthConfig withNuisance(double nuisance) {
        return new SynthConfig(identities, samples, size, colour, seed, nuisance,
                valIdentities, testIdentities);
    }

    /** This configuration with other held-out identity counts (0 and 0: no split). */
    public SynthConfig withSplits(int valIdentities, int testIdentities) {
        return new SynthConfig(identities, samples, size, colour, seed, nuisance,
                valIdentities, testIdentities);
    }

    /** Number of images: identities x 7 expressions x samples. */
    public int imageCount() {
        return identities * SynthFaces.EXPRESSIONS.size() * samples;
    }
}
