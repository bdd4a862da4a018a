package org.cdgan.workbook;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.List;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.ParameterStore;

import org.cdgan.data.FaceRecord;
import org.cdgan.data.FacePixels;
import org.cdgan.data.ImageSource;
import org.cdgan.data.Preprocessing;
import org.cdgan.model.CdGan;

/**
 * Expression transfer with a trained CD-GAN (the article's Figure 8): the face
 * {@code x' = G_d(E_e(x_e), E_f(x_f))} shows the person of {@code x_f} with the expression of
 * {@code x_e}. Also the interpolation between two expression codes for one identity,
 * {@code G_d((1 - a) E_e(x_a) + a E_e(x_b), E_f(x_f))}, which shows whether the expression
 * code space is smooth. All networks run in inference mode; the noise input, when the model
 * has one, is zero.
 */
public final class ExpressionTransfer {

    private final CdGan gan;
    private final NDManager manager;
    private final Preprocessing preprocessing;

    /**
     * @param gan the trained networks
     * @param manager the manager for the arrays (on the networks' device)
     * @param preprocessing the evaluation preprocessing the networks were trained with
     */
    public ExpressionTransfer(CdGan gan, NDManager manager, Preprocessing preprocessing) {
        this.gan = gan;
        this.manager = manager;
        this.preprocessing = preprocessing.evaluation();
    }

    /** An image as the networks see it: preprocessed, [-1, 1], (1, C, S, S). */
    public NDArray input(NDManager m, BufferedImage image) {
        int c = preprocessing.channels();
        int s = preprocessing.size();
        float[] planes = FacePixels.planes(image, c);
        byte[] square = FacePixels.squareResize(planes, c, image.getWidth(), image.getHeight(),
                s);
        return m.create(FacePixels.normalise(square), new Shape(1, c, s, s));
    }

    /**
     * The transfer grid: cell (r, c) is the face of identity image r with expression image
     * c's expression.
     *
     * @param identities the identity images x_f, one per row
     * @param expressions the expression images x_e, one per column
     * @param source where their pixels come from
     */
    public BufferedImage[][] grid(List<FaceRecord> identities, List<FaceRecord> expressions,
            ImageSource source) throws IOException {
        BufferedImage[][] out = new BufferedImage[identities.size()][expressions.size()];
        try (NDManager m = manager.newSubManager()) {
            ParameterStore store = new ParameterStore(m, false);
            NDArray[] ee = new NDArray[expressions.size()];
            for (int c = 0; c < ee.length; c++) {
                ee[c] = encode(gan.expressionEncoder(), store, m, source.load(expressions.get(c)));
            }
            for (int r = 0; r < identities.size(); r++) {
                NDArray ef = encode(gan.identityEncoder(), store, m,
                        source.load(identities.get(r)));
                for (int c = 0; c < ee.length; c++) {
                    out[r][c] = decode(store, m, ee[c], ef);
                }
            }
        }
        return out;
    }

    /**
     * The faces of one identity along the straight line between two expression codes.
     *
     * @param identity the identity image x_f
     * @param from the expression image at a = 0
     * @param to the expression image at a = 1
     * @param steps the number of faces, at least 2 (a = 0, 1/(steps-1), ..., 1)
     * @param source where the pixels come from
     */
    public BufferedImage[] interpolate(FaceRecord identity, FaceRecord from, FaceRecord to,
            int steps, ImageSource source) throws IOException {
        if (steps < 2) {
            throw new IllegalArgumentException("interpolation needs at least 2 steps, not "
                    + steps);
        }
        BufferedImage[] out = new BufferedImage[steps];
        try (NDManager m = manager.newSubManager()) {
            ParameterStore store = new ParameterStore(m, false);
            NDArray ef = encode(gan.identityEncoder(), store, m, source.load(identity));
            NDArray ea = encode(gan.expressionEncoder(), store, m, source.load(from));
            NDArray eb = encode(gan.expressionEncoder(), store, m, source.load(to));
            for (int i = 0; i < steps; i++) {
                float a = (float) i / (steps - 1);
                out[i] = decode(store, m, ea.mul(1 - a).add(eb.mul(a)), ef);
            }
        }
        return out;
    }

    private NDArray encode(ai.djl.nn.Block encoder, ParameterStore store, NDManager m,
            BufferedImage image) {
        return encoder.forward(store, new NDList(input(m, image)), false).head();
    }

    private BufferedImage decode(ParameterStore store, NDManager m, NDArray ee, NDArray ef) {
        NDArray codes = ee.concat(ef, 1);
        if (gan.noiseDim() > 0) {
            codes = codes.concat(m.zeros(new Shape(1, gan.noiseDim())), 1);
        }
        NDArray x = gan.decoder().forward(store, new NDList(codes), false).head();
        return toImage(x.toFloatArray(), preprocessing.channels(), preprocessing.size());
    }

    /** A (C, S, S) array in [-1, 1] as an image: grey for one channel, RGB for three. */
    public static BufferedImage toImage(float[] planes, int channels, int size) {
        BufferedImage img = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
        int plane = size * size;
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                int i = y * size + x;
                int r = level(planes[i]);
                int g = channels == 3 ? level(planes[plane + i]) : r;
                int b = channels == 3 ? level(planes[2 * plane + i]) : r;
                img.setRGB(x, y, (r << 16) | (g << 8) | b);
            }
        }
        return img;
    }

    private static int level(float v) {
        return Math.max(0, Math.min(255, Math.round((v + 1f) * 127.5f)));
    }
}
