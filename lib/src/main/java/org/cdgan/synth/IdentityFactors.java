package org.cdgan.synth;

import java.util.List;
import java.util.SplittableRandom;

/**
 * What makes one synthetic person look like themself, in the units of a 100 x 100 canvas
 * centred on the face. These factors cover large areas of the picture (the skin tone, the
 * outline, the hair), so they move more pixels than any expression does.
 *
 * @param faceWidth width of the face oval
 * @param faceHeight height of the face oval
 * @param chin jaw shape, 0 round to 1 narrow and pointed
 * @param tone skin tone, 0 dark to 1 light
 * @param eyeSpacing distance between the eye centres
 * @param eyeSize eye width
 * @param eyeHeight vertical position of the eyes (negative is up)
 * @param noseLength from the eye line to the nose tip
 * @param noseWidth width of the nose base
 * @param browThickness stroke width of the brows
 * @param mouthWidth width of the mouth at rest
 * @param hairStyle 0 short, 1 fringe, 2 side part, 3 long, 4 receding
 * @param hairTone hair colour, 0 black to 1 fair
 * @param hairVolume how far the hair stands off the head, 0 to 1
 * @param shirtTone shade of the clothing at the bottom of the picture, 0 to 1
 */
public record IdentityFactors(double faceWidth, double faceHeight, double chin, double tone,
        double eyeSpacing, double eyeSize, double eyeHeight, double noseLength,
        double noseWidth, double browThickness, double mouthWidth, int hairStyle,
        double hairTone, double hairVolume, double shirtTone) {

    /** Number of hair styles. */
    public static final int HAIR_STYLES = 5;

    /** Column names of {@link #values()}, as written to a manifest. */
    public static final List<String> NAMES = List.of("face_width", "face_height", "chin",
            "tone", "eye_spacing", "eye_size", "eye_height", "nose_length", "nose_width",
            "brow_thickness", "mouth_width", "hair_style", "hair_tone", "hair_volume",
            "shirt_tone");

    /** Draws a person at random: every factor uniform over its range. */
    static IdentityFactors sample(SplittableRandom r) {
        return new IdentityFactors(
                uniform(r, 56, 74),
                uniform(r, 70, 86),
                r.nextDouble(),
                r.nextDouble(),
                uniform(r, 22, 33),
                uniform(r, 7.5, 12),
                uniform(r, -9, -3),
                uniform(r, 10, 17),
                uniform(r, 7, 13),
                uniform(r, 1.6, 5),
                uniform(r, 17, 27),
                r.nextInt(HAIR_STYLES),
                r.nextDouble(),
                r.nextDouble(),
                r.nextDouble());
    }

    /** The factor values in the order of {@link #NAMES}. */
    public double[] values() {
        return new double[] {faceWidth, faceHeight, chin, tone, eyeSpacing, eyeSize, eyeHeight,
            noseLength, noseWidth, browThickness, mouthWidth, hairStyle, hairTone, hairVolume,
            shirtTone};
    }

    static double uniform(SplittableRandom r, double lo, double hi) {
        return lo + (hi - lo) * r.nextDouble();
    }
}
