package org.cdgan.train;

/**
 * Every setting of CD-GAN training, with method.md's values as defaults ({@link #defaults()}).
 *
 * @param variant which ablation variant trains
 * @param lambdaC weight of the adversarial classification term {@code L_C} (0.5)
 * @param lambdaCL weight of the contrastive term {@code L_CL} (1)
 * @param lambdaF weight of the feature-consistency term {@code L_F} (6)
 * @param lambdaCls weight of the FER head's term {@code L_cls} (1, method.md's choice)
 * @param temperature {@code tau} of the contrastive loss (0.07)
 * @param neighbours k of the kNN identity pseudo-labels (5)
 * @param learningRate Adam's learning rate (1e-4)
 * @param beta1 Adam's beta1 (0.5 for the GAN; the baseline uses 0.9)
 * @param beta2 Adam's beta2 (0.999)
 * @param batchSize pairs a batch (32)
 * @param noiseDim length of the decoder's noise input (0: no noise)
 * @param decoderStages upsampling stages {@code u} of {@code G_d}; 0 picks method.md's rule
 *     (4 below 160 pixels, so 48 and 64; 5 from 160, so 224)
 * @param gridIdentities identity rows of the transfer grid (4)
 * @param seed the seed of identity draws and noise (the images' own seed is in their
 *     preprocessing)
 */
public record CdGanConfig(Variant variant, double lambdaC, double lambdaCL, double lambdaF,
        double lambdaCls, double temperature, int neighbours, float learningRate, float beta1,
        float beta2, int batchSize, int noiseDim, int decoderStages, int gridIdentities,
        long seed) {

    /** method.md: lambda_C. */
    public static final double LAMBDA_C = 0.5;
    /** method.md: lambda_CL. */
    public static final double LAMBDA_CL = 1;
    /** method.md: lambda_F. */
    public static final double LAMBDA_F = 6;
    /** method.md: weight of L_cls. */
    public static final double LAMBDA_CLS = 1;
    /** method.md: tau. */
    public static final double TEMPERATURE = 0.07;
    /** method.md: k of the kNN pseudo-labels. */
    public static final int NEIGHBOURS = 5;
    /** method.md: batch of pairs. */
    public static final int BATCH_SIZE = 32;
    /** Transfer grid rows. */
    public static final int GRID_IDENTITIES = 4;
    /** Default seed. */
    public static final long SEED = 42;

    public CdGanConfig {
        if (batchSize < 2) {
            throw new IllegalArgumentException("batch size must be at least 2, not " + batchSize);
        }
        if (neighbours < 1) {
            throw new IllegalArgumentException("kNN needs k >= 1, not " + neighbours);
        }
        if (lambdaC < 0 || lambdaCL < 0 || lambdaF < 0 || lambdaCls < 0) {
            throw new IllegalArgumentException("loss weights must not be negative");
        }
    }

    /** CD-GAN with every default of method.md. */
    public static CdGanConfig defaults() {
        return forVariant(Variant.CDGAN);
    }

    /**
     * The defaults of one variant: {@code fec} sets lambda_CL = 0, {@code cl} sets
     * lambda_F = 0, {@code baseline} sets lambda_C = lambda_CL = lambda_F = 0 (no discriminator
     * step, no decoder) and the classifier betas 0.9/0.999.
     */
    public static CdGanConfig forVariant(Variant variant) {
        float[] betas = variant == Variant.BASELINE ? NamedAdam.CLASSIFIER_BETAS
                : NamedAdam.GAN_BETAS;
        return new CdGanConfig(variant,
                variant == Variant.BASELINE ? 0 : LAMBDA_C,
                variant == Variant.BASELINE || variant == Variant.FEC ? 0 : LAMBDA_CL,
                variant == Variant.BASELINE || variant == Variant.CL ? 0 : LAMBDA_F,
                LAMBDA_CLS, TEMPERATURE, NEIGHBOURS, NamedAdam.DEFAULT_LEARNING_RATE, betas[0],
                betas[1], BATCH_SIZE, 0, 0, GRID_IDENTITIES, SEED);
    }

    /** Whether the discriminators and the decoder train (every variant but the baseline). */
    public boolean adversarial() {
        return variant != Variant.BASELINE;
    }

    /** The decoder stages at image size {@code s}. */
    public int stagesFor(int s) {
        if (decoderStages > 0) {
            return decoderStages;
        }
        return s >= 160 ? 5 : 4;
    }

    /** The same settings with another batch size. */
    public CdGanConfig withBatchSize(int b) {
        return new CdGanConfig(variant, lambdaC, lambdaCL, lambdaF, lambdaCls, temperature,
                neighbours, learningRate, beta1, beta2, b, noiseDim, decoderStages,
                gridIdentities, seed);
    }

    /** The same settings with another seed. */
    public CdGanConfig withSeed(long s) {
        return new CdGanConfig(variant, lambdaC, lambdaCL, lambdaF, lambdaCls, temperature,
                neighbours, learningRate, beta1, beta2, batchSize, noiseDim, decoderStages,
                gridIdentities, s);
    }

    /** The same settings with another learning rate. */
    public CdGanConfig withLearningRate(float lr) {
        return new CdGanConfig(variant, lambdaC, lambdaCL, lambdaF, lambdaCls, temperature,
                neighbours, lr, beta1, beta2, batchSize, noiseDim, decoderStages,
                gridIdentities, seed);
    }

    /** The same settings with another noise length. */
    public CdGanConfig withNoiseDim(int n) {
        return new CdGanConfig(variant, lambdaC, lambdaCL, lambdaF, lambdaCls, temperature,
                neighbours, learningRate, beta1, beta2, batchSize, n, decoderStages,
                gridIdentities, seed);
    }
}
