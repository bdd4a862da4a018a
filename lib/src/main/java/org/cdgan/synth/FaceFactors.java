package org.cdgan.synth;

import java.util.ArrayList;
import java.util.List;
import org.cdgan.data.Expression;

/**
 * The true factors of one synthetic picture: who (identity), what (expression) and how
 * (nuisance). The disentanglement probes are scored against these.
 *
 * @param identityIndex the person, 0 to N - 1
 * @param expression the expression label
 * @param sample the picture's index among the M samples of that person and expression
 * @param identity the person's appearance
 * @param action the expression as drawn
 * @param nuisance pose, lighting and noise
 */
public record FaceFactors(int identityIndex, Expression expression, int sample,
        IdentityFactors identity, ExpressionFactors action, Nuisance nuisance) {

    /** Column names of {@link #values()}: identity, then expression, then nuisance factors. */
    public static List<String> names() {
        List<String> names = new ArrayList<>(IdentityFactors.NAMES);
        names.addAll(ExpressionFactors.NAMES);
        names.addAll(Nuisance.NAMES);
        return names;
    }

    /** Every factor value, in the order of {@link #names()}. */
    public double[] values() {
        double[] a = identity.values();
        double[] b = action.values();
        double[] c = nuisance.values();
        double[] all = new double[a.length + b.length + c.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        System.arraycopy(c, 0, all, a.length + b.length, c.length);
        return all;
    }
}
