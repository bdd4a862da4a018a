package org.cdgan.synth;

import java.util.List;
import java.util.SplittableRandom;

/**
 * What changes between two pictures of the same person with the same expression: a small
 * pose, scale and position change, lighting and sensor noise.
 *
 * @param roll in-plane head rotation in degrees
 * @param yaw left-right head turn, as the fraction of the face width the inner features
 *     shift by
 * @param scale face size relative to the default
 * @param shiftX horizontal offset, in canvas units (100 across)
 * @param shiftY vertical offset, in canvas units
 * @param lightAngle direction the light comes from, in radians
 * @param lightStrength brightness gradient across the picture, 0 flat
 * @param brightness overall gain
 * @param background grey level of the backdrop, 0 to 1
 * @param noise standard deviation of the pixel noise, on a 0 to 1 scale
 * @param noiseSeed the seed of the noise pattern
 */
public record Nuisance(double roll, double yaw, double scale, double shiftX, double shiftY,
        double lightAngle, double lightStrength, double brightness, double background,
        double noise, long noiseSeed) {

    /** Column names of {@link #values()}, as written to a manifest (the noise seed aside). */
    public static final List<String> NAMES = List.of("roll", "yaw", "scale", "shift_x",
            "shift_y", "light_angle", "light_strength", "brightness", "background", "noise");

    /** No nuisance at all: a frontal face, centred, evenly lit, without noise. */
    public static Nuisance none(long noiseSeed) {
        return new Nuisance(0, 0, 1, 0, 0, 0, 0, 1, 0.45, 0, noiseSeed);
    }

    /**
     * Draws the nuisance of one picture; {@code amount} scales every range (1: roll up to 6
     * degrees, yaw up to 0.06, scale 0.94 to 1.06, shift up to 3 units, light gradient up to
     * 0.25, gain 0.9 to 1.1, noise up to 0.03).
     */
    static Nuisance sample(SplittableRandom r, double amount) {
        return new Nuisance(
                amount * IdentityFactors.uniform(r, -6, 6),
                amount * IdentityFactors.uniform(r, -0.06, 0.06),
                1 + amount * IdentityFactors.uniform(r, -0.06, 0.06),
                amount * IdentityFactors.uniform(r, -3, 3),
                amount * IdentityFactors.uniform(r, -3, 3),
                IdentityFactors.uniform(r, 0, 2 * Math.PI),
                amount * IdentityFactors.uniform(r, 0, 0.25),
                1 + amount * IdentityFactors.uniform(r, -0.1, 0.1),
                0.45 + amount * IdentityFactors.uniform(r, -0.15, 0.15),
                amount * IdentityFactors.uniform(r, 0, 0.03),
                r.nextLong());
    }

    /** The factor values in the order of {@link #NAMES}. */
    public double[] values() {
        return new double[] {roll, yaw, scale, shiftX, shiftY, lightAngle, lightStrength,
            brightness, background, noise};
    }
}
