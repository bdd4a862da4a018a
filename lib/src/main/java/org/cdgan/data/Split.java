package org.cdgan.data;

import java.util.Locale;

/** The part of a data set an image belongs to when the set ships its own splits. */
public enum Split {
    TRAIN,
    VAL,
    TEST;

    /** The lower-case name used in manifests and folder names. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Parses a split name; accepts {@code train}, {@code val}/{@code validation} and
     * {@code test}, in any case.
     *
     * @throws IllegalArgumentException naming the value when it is none of those
     */
    public static Split fromName(String name) {
        String n = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
        switch (n) {
            case "train":
            case "training":
                return TRAIN;
            case "val":
            case "valid":
            case "validation":
                return VAL;
            case "test":
                return TEST;
            default:
                throw new IllegalArgumentException("unknown split '" + name
                        + "': use train, val or test (or leave it empty)");
        }
    }
}
