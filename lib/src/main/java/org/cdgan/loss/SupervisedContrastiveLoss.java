package org.cdgan.loss;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The identity-aware supervised contrastive loss {@code L_CL} of CD-GAN.
 *
 * <p>The codes {@code z} are L2-normalised here, and {@code s_ab = z_a . z_b / tau}. For an
 * anchor {@code i} the positives {@code P(i)} are the codes with the same expression label and
 * a different identity, the negatives {@code N(i)} the codes with a different expression label;
 * codes of the same expression and the same identity are left out. Then
 *
 * <pre>
 * L_CL = mean over anchors i with |P(i)| &gt; 0 and |N(i)| &gt; 0 of
 *        1/|P(i)| sum_{p in P(i)} -log( exp(s_ip) / (exp(s_ip) + sum_{n in N(i)} exp(s_in)) )
 * </pre>
 *
 * <p>Each term is computed as {@code softplus(lse_i - s_ip)} with {@code lse_i} the log-sum-exp
 * of {@code s_in} over the negatives, shifted by its maximum, so it stays finite at any
 * temperature. An anchor with no positive or no negative contributes nothing; a batch with no
 * valid anchor gives 0 (never NaN) and is counted in {@link #emptyBatches()}. Labels and
 * identities are compared for equality only, so any {@code long} ids work.
 */
public final class SupervisedContrastiveLoss {

    /** Stand-in for minus infinity on masked similarities: exp(-1e9) is exactly 0 in float. */
    private static final float MASKED = -1e9f;

    private final double temperature;
    private final AtomicLong emptyBatches = new AtomicLong();

    /**
     * @param temperature {@code tau}, positive; method.md's default is 0.07
     */
    public SupervisedContrastiveLoss(double temperature) {
        if (!(temperature > 0) || Double.isInfinite(temperature)) {
            throw new IllegalArgumentException(
                    "contrastive temperature must be a positive number, got " + temperature);
        }
        this.temperature = temperature;
    }

    /** The temperature {@code tau}. */
    public double temperature() {
        return temperature;
    }

    /** How many batches so far had no anchor with both a positive and a negative. */
    public long emptyBatches() {
        return emptyBatches.get();
    }

    /**
     * The loss on one batch of codes.
     *
     * @param codes the codes, shape (M, d), not necessarily normalised
     * @param expressions the expression label of each code, length M
     * @param identities the identity of each code, length M, as globally unique ids
     * @return the loss (a scalar tied to {@code codes} for backward) and the anchor count
     */
    public Result compute(NDArray codes, long[] expressions, long[] identities) {
        int m = checkShapes(codes, expressions, identities);
        float[] pos = new float[m * m];
        float[] neg = new float[m * m];
        float[] anchorWeight = new float[m];
        int anchors = masks(expressions, identities, pos, neg, anchorWeight);
        if (anchors == 0) {
            emptyBatches.incrementAndGet();
            return new Result(codes.sum().mul(0f), 0);
        }

        NDManager nd = codes.getManager();
        NDArray posMask = nd.create(pos, new Shape(m, m));
        NDArray negMask = nd.create(neg, new Shape(m, m));
        NDArray weight = nd.create(anchorWeight);

        NDArray z = codes.normalize(2, 1, 1e-12);
        NDArray s = z.matMul(z.transpose()).div((float) temperature);

        // lse_i = log sum_{n in N(i)} exp(s_in), shifted by its row maximum
        NDArray masked = s.mul(negMask).add(negMask.sub(1f).mul(-MASKED));
        NDArray shift = masked.max(new int[] {1}, true).stopGradient();
        NDArray sumExp = masked.sub(shift).exp().mul(negMask).sum(new int[] {1}, true);
        NDArray noNegative = negMask.sum(new int[] {1}, true).eq(0f).toType(s.getDataType(), false);
        NDArray lse = sumExp.add(noNegative).log().add(shift);

        // -log(e^s_ip / (e^s_ip + e^lse_i)) = softplus(lse_i - s_ip)
        NDArray x = lse.sub(s);
        NDArray softplus = x.maximum(0f).add(x.abs().neg().exp().add(1f).log());
        NDArray perPositive = softplus.mul(posMask);
        NDArray positives = posMask.sum(new int[] {1}).maximum(1f);
        NDArray perAnchor = perPositive.sum(new int[] {1}).div(positives).mul(weight);
        return new Result(perAnchor.sum().div((float) anchors), anchors);
    }

    /** Fills the positive and negative masks; returns the count of valid anchors. */
    private static int masks(long[] expressions, long[] identities, float[] pos, float[] neg,
            float[] anchorWeight) {
        int m = expressions.length;
        int anchors = 0;
        for (int i = 0; i < m; i++) {
            int positives = 0;
            int negatives = 0;
            for (int j = 0; j < m; j++) {
                if (expressions[i] != expressions[j]) {
                    neg[i * m + j] = 1f;
                    negatives++;
                } else if (identities[i] != identities[j]) {
                    pos[i * m + j] = 1f;
                    positives++;
                }
            }
            if (positives > 0 && negatives > 0) {
                anchorWeight[i] = 1f;
                anchors++;
            } else {
                Arrays.fill(pos, i * m, (i + 1) * m, 0f);
            }
        }
        return anchors;
    }

    private static int checkShapes(NDArray codes, long[] expressions, long[] identities) {
        Shape shape = codes.getShape();
        if (shape.dimension() != 2) {
            throw new IllegalArgumentException("contrastive codes must be (M, d), got " + shape);
        }
        int m = Math.toIntExact(shape.get(0));
        if (expressions.length != m || identities.length != m) {
            throw new IllegalArgumentException("contrastive loss got " + m + " codes but "
                    + expressions.length + " expression labels and " + identities.length
                    + " identities");
        }
        return m;
    }

    /**
     * The loss of one batch.
     *
     * @param value the scalar loss, 0 when {@code anchors} is 0
     * @param anchors the number of anchors with at least one positive and one negative
     */
    public record Result(NDArray value, int anchors) {
    }
}
