package org.cdgan.data;

/**
 * Seeds derived from a run's seed, so that every random choice (an augmentation, a shuffle, a
 * draw of identity images, a synthetic face) depends only on its coordinates and can be
 * repeated exactly, in any order, after a resume.
 */
public final class Seeds {

    private Seeds() {
    }

    /** SplitMix64's finaliser: a well-mixed 64-bit value from any 64-bit value. */
    public static long finalise(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** A seed for (seed, epoch, index). */
    public static long mix(long seed, long epoch, long index) {
        return mix(seed, epoch, index, 0);
    }

    /**
     * A seed for (seed, epoch, index) in its own stream: two users with different salts get
     * unrelated seeds from the same coordinates.
     */
    public static long mix(long seed, long epoch, long index, long salt) {
        return finalise(seed * 0x9E3779B97F4A7C15L + epoch * 0xBF58476D1CE4E5B9L
                + index * 0x94D049BB133111EBL + salt);
    }
}
