package org.cdgan.workbook;

import java.util.Locale;

/**
 * A preset of the workbook's run settings, switched by one word. Each preset's values are set
 * in {@link WorkbookConfig.Builder}'s preset table, the one place they live.
 */
public enum Profile {
    /** CPU, 48-pixel faces, a few epochs on a subset: the series in minutes on a laptop. */
    QUICK,
    /** The smallest run that still exercises every step: 32-pixel faces, one epoch, subsets. */
    CI,
    /** The article's setting: 224-pixel colour faces, pretrained trunks, GPU, full epochs. */
    ARTICLE;

    /** The lower-case name, as written in environment variables and file names. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The profile of a name such as {@code "quick"}, case-insensitive.
     *
     * @throws IllegalArgumentException naming the value and the accepted names
     */
    public static Profile fromName(String name) {
        for (Profile p : values()) {
            if (p.label().equalsIgnoreCase(name == null ? "" : name.trim())) {
                return p;
            }
        }
        throw new IllegalArgumentException("unknown profile '" + name
                + "': use quick, ci or article");
    }
}
