package org.cdgan.data;

import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.util.SplittableRandom;

/**
 * The pixel arithmetic of {@link Preprocessing}: channel conversion, centre crop, bilinear
 * resize and the training augmentation, on planar (C, H, W) arrays.
 */
public final class FacePixels {

    private FacePixels() {
    }

    /**
     * The pixels of an image as planar (C, H, W) values in [0, 255]. Grey images give one
     * plane (replicated to three when {@code channels} is 3); colour images are reduced to
     * grey by luma (0.299 R + 0.587 G + 0.114 B) when {@code channels} is 1.
     */
    public static float[] planes(BufferedImage image, int channels) {
        int w = image.getWidth();
        int h = image.getHeight();
        float[] out = new float[channels * w * h];
        Raster raster = image.getRaster();
        boolean grey = ImageFiles.channels(image) == 1;
        float greyScale = 255f / ((1 << image.getColorModel().getComponentSize(0)) - 1);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int i = y * w + x;
                if (grey) {
                    // The raster, not getRGB: getRGB would apply a gamma to grey images.
                    float v = raster.getSample(x, y, 0) * greyScale;
                    for (int c = 0; c < channels; c++) {
                        out[c * w * h + i] = v;
                    }
                } else {
                    int rgb = image.getRGB(x, y);
                    float r = (rgb >> 16) & 0xff;
                    float g = (rgb >> 8) & 0xff;
                    float b = rgb & 0xff;
                    if (channels == 1) {
                        out[i] = 0.299f * r + 0.587f * g + 0.114f * b;
                    } else {
                        out[i] = r;
                        out[w * h + i] = g;
                        out[2 * w * h + i] = b;
                    }
                }
            }
        }
        return out;
    }

    /**
     * Centre-crops planar pixels to a square and resizes them bilinearly to S x S, sampling at
     * pixel centres (as PyTorch's {@code interpolate(..., align_corners=False)}), rounded to
     * bytes.
     */
    public static byte[] squareResize(float[] src, int channels, int w, int h, int size) {
        int side = Math.min(w, h);
        int x0 = (w - side) / 2;
        int y0 = (h - side) / 2;
        double scale = (double) side / size;
        byte[] out = new byte[channels * size * size];
        for (int y = 0; y < size; y++) {
            double sy = Math.max(0, (y + 0.5) * scale - 0.5);
            int ya = Math.min((int) sy, side - 1);
            int yb = Math.min(ya + 1, side - 1);
            double fy = sy - ya;
            for (int x = 0; x < size; x++) {
                double sx = Math.max(0, (x + 0.5) * scale - 0.5);
                int xa = Math.min((int) sx, side - 1);
                int xb = Math.min(xa + 1, side - 1);
                double fx = sx - xa;
                for (int c = 0; c < channels; c++) {
                    int base = c * w * h;
                    double top = src[base + (y0 + ya) * w + x0 + xa] * (1 - fx)
                            + src[base + (y0 + ya) * w + x0 + xb] * fx;
                    double bottom = src[base + (y0 + yb) * w + x0 + xa] * (1 - fx)
                            + src[base + (y0 + yb) * w + x0 + xb] * fx;
                    long v = Math.round(top * (1 - fy) + bottom * fy);
                    out[c * size * size + y * size + x] = (byte) Math.max(0, Math.min(255, v));
                }
            }
        }
        return out;
    }

    /** Bytes in [0, 255] to network input in [-1, 1], without augmentation. */
    public static float[] normalise(byte[] pixels) {
        float[] out = new float[pixels.length];
        for (int i = 0; i < pixels.length; i++) {
            out[i] = (pixels[i] & 0xff) / 127.5f - 1f;
        }
        return out;
    }

    /**
     * The training augmentation of an S x S image: reflect padding by {@code pad} pixels, a
     * random S x S crop of the padded image and a horizontal flip with probability 0.5, with
     * values scaled to [-1, 1].
     *
     * @param pixels planar (C, S, S) bytes
     * @param random the source of the crop offset and the flip
     */
    public static float[] augment(byte[] pixels, int channels, int size, int pad,
            SplittableRandom random) {
        int dx = random.nextInt(2 * pad + 1) - pad;
        int dy = random.nextInt(2 * pad + 1) - pad;
        boolean flip = random.nextDouble() < Preprocessing.FLIP_PROBABILITY;
        float[] out = new float[pixels.length];
        for (int y = 0; y < size; y++) {
            int sy = reflect(y + dy, size);
            for (int x = 0; x < size; x++) {
                int sx = reflect((flip ? size - 1 - x : x) + dx, size);
                for (int c = 0; c < channels; c++) {
                    int plane = c * size * size;
                    out[plane + y * size + x] = (pixels[plane + sy * size + sx] & 0xff)
                            / 127.5f - 1f;
                }
            }
        }
        return out;
    }

    /** Reflection without repeating the edge pixel, as PyTorch's reflect padding. */
    static int reflect(int i, int n) {
        if (i < 0) {
            return -i;
        }
        if (i >= n) {
            return 2 * (n - 1) - i;
        }
        return i;
    }
}
