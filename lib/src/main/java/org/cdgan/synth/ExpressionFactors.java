package org.cdgan.synth;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.cdgan.data.Expression;

/**
 * The face's action in one picture: what the seven basic expressions change.
 *
 * @param mouthCurve -1 corners down (sadness) to 1 corners up (happiness)
 * @param mouthOpen 0 closed to 1 wide open (surprise)
 * @param browAngle -1 inner ends pulled down (anger) to 1 inner ends up (sadness, fear)
 * @param browRaise -1 lowered to 1 raised high (surprise)
 * @param eyeOpen eye opening relative to rest (1); below 1 narrowed, above 1 widened
 * @param cheekRaise 0 relaxed to 1 raised (happiness, disgust): lifts the lower lids and deepens
 *     the folds beside the nose
 */
public record ExpressionFactors(double mouthCurve, double mouthOpen, double browAngle,
        double browRaise, double eyeOpen, double cheekRaise) {

    /** Column names of {@link #values()}, as written to a manifest. */
    public static final List<String> NAMES = List.of("mouth_curve", "mouth_open", "brow_angle",
            "brow_raise", "eye_open", "cheek_raise");

    /** The face at rest. */
    public static final ExpressionFactors NEUTRAL = new ExpressionFactors(0, 0, 0, 0, 1, 0);

    /** The full-intensity prototype of each basic expression. */
    private static final Map<Expression, ExpressionFactors> PROTOTYPES = Map.of(
            Expression.ANGER, new ExpressionFactors(-0.35, 0.0, -1.0, -0.7, 0.6, 0.15),
            Expression.DISGUST, new ExpressionFactors(-0.7, 0.2, -0.35, -0.35, 0.55, 0.9),
            Expression.FEAR, new ExpressionFactors(-0.25, 0.55, 0.85, 0.6, 1.5, 0.0),
            Expression.HAPPINESS, new ExpressionFactors(1.0, 0.35, 0.0, 0.1, 0.75, 1.0),
            Expression.SADNESS, new ExpressionFactors(-0.9, 0.0, 1.0, -0.15, 0.7, 0.0),
            Expression.SURPRISE, new ExpressionFactors(0.0, 1.0, 0.15, 1.0, 1.55, 0.0),
            Expression.NEUTRAL, NEUTRAL);

    /**
     * The full-intensity prototype of a basic expression.
     *
     * @throws IllegalArgumentException for contempt, which the synthetic faces do not draw
     */
    public static ExpressionFactors prototype(Expression expression) {
        ExpressionFactors p = PROTOTYPES.get(expression);
        if (p == null) {
            throw new IllegalArgumentException("the synthetic faces draw no '"
                    + expression.label() + "': use one of the 7 basic expressions");
        }
        return p;
    }

    /**
     * One picture's expression: the prototype at a random intensity of 75 to 105 percent of
     * its distance from neutral, each factor jittered by a small Gaussian.
     */
    static ExpressionFactors sample(Expression expression, SplittableRandom r) {
        ExpressionFactors p = prototype(expression);
        double k = expression == Expression.NEUTRAL ? 0 : 0.75 + 0.3 * r.nextDouble();
        double[] v = p.values();
        double[] n = NEUTRAL.values();
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = n[i] + k * (v[i] - n[i]) + 0.07 * gaussian(r);
        }
        return new ExpressionFactors(clamp(out[0], -1.2, 1.2), clamp(out[1], 0, 1.2),
                clamp(out[2], -1.2, 1.2), clamp(out[3], -1.2, 1.2), clamp(out[4], 0.3, 1.8),
                clamp(out[5], 0, 1.2));
    }

    /** The factor values in the order of {@link #NAMES}. */
    public double[] values() {
        return new double[] {mouthCurve, mouthOpen, browAngle, browRaise, eyeOpen, cheekRaise};
    }

    static double gaussian(SplittableRandom r) {
        // Box-Muller from the splittable stream, so the draw is reproducible.
        double u = 1.0 - r.nextDouble();
        double v = r.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }

    static double clamp(double x, double lo, double hi) {
        return Math.max(lo, Math.min(hi, x));
    }
}
