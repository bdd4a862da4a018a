package org.cdgan.data;

/**
 * How face images become network input, with method.md's defaults: centre-crop a non-square
 * image to a square, bilinear resize to {@code size} x {@code size}, grey or colour, pixel
 * values scaled to [-1, 1]; for training, augmentation by reflect padding of {@code size / 12}
 * pixels, a random {@code size} x {@code size} crop and a horizontal flip with probability 0.5,
 * drawn from {@code seed} (and the epoch and sample), so a run can be repeated exactly.
 *
 * @param size the side S of the square network input (default 64)
 * @param channels 1 for grey (default), 3 for colour (grey images are replicated)
 * @param augment whether to augment (training) or not (evaluation)
 * @param seed the seed of the augmentation and of the shuffling
 */
public record Preprocessing(int size, int channels, boolean augment, long seed) {

    /** Default input side S, in pixels. */
    public static final int DEFAULT_SIZE = 64;

    /** Default channel count: grey. */
    public static final int DEFAULT_CHANNELS = 1;

    /** Default seed. */
    public static final long DEFAULT_SEED = 42;

    /** Horizontal flip probability of the training augmentation. */
    public static final double FLIP_PROBABILITY = 0.5;

    public Preprocessing {
        if (size < 8) {
            throw new IllegalArgumentException("image size must be at least 8 pixels, not "
                    + size);
        }
        if (channels != 1 && channels != 3) {
            throw new IllegalArgumentException("channels must be 1 or 3, not " + channels);
        }
    }

    /** The defaults for training: 64 x 64, grey, augmented, seed 42. */
    public static Preprocessing defaults() {
        return new Preprocessing(DEFAULT_SIZE, DEFAULT_CHANNELS, true, DEFAULT_SEED);
    }

    /** Reflect padding before the random crop: S / 12 pixels (5 at 64, 4 at 48). */
    public int padding() {
        return size / 12;
    }

    /** The same settings at another size. */
    public Preprocessing withSize(int newSize) {
        return new Preprocessing(newSize, channels, augment, seed);
    }

    /** The same settings with another channel count. */
    public Preprocessing withChannels(int newChannels) {
        return new Preprocessing(size, newChannels, augment, seed);
    }

    /** The same settings with augmentation on or off. */
    public Preprocessing withAugment(boolean on) {
        return new Preprocessing(size, channels, on, seed);
    }

    /** The same settings with another seed. */
    public Preprocessing withSeed(long newSeed) {
        return new Preprocessing(size, channels, augment, newSeed);
    }

    /** The evaluation form of these settings: no augmentation. */
    public Preprocessing evaluation() {
        return withAugment(false);
    }
}
