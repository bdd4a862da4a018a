package org.cdgan.train;

import java.util.Locale;

/**
 * The four variants of the article's ablation (its Table 4), each a configuration of the same
 * training code ({@link CdGanConfig#forVariant}).
 */
public enum Variant {
    /** ResNet-18 and a linear head, cross-entropy only: {@code E_e} and {@code C_e} alone. */
    BASELINE,
    /** The GAN with feature consistency {@code L_F} and no contrastive term. */
    FEC,
    /** The GAN with the contrastive term {@code L_CL} and no feature consistency. */
    CL,
    /** Everything. */
    CDGAN;

    /** The command-line name: {@code baseline}, {@code fec}, {@code cl}, {@code cdgan}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The variant of a command-line name, case-insensitive.
     *
     * @throws IllegalArgumentException naming the accepted values
     */
    public static Variant fromLabel(String label) {
        for (Variant v : values()) {
            if (v.label().equalsIgnoreCase(label.trim())) {
                return v;
            }
        }
        throw new IllegalArgumentException("unknown method '" + label
                + "'; use one of cdgan, cl, fec, baseline");
    }
}
