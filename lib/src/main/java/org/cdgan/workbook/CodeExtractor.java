package org.cdgan.workbook;

import java.io.IOException;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.training.ParameterStore;

import org.cdgan.data.FaceDataset;

/**
 * Runs an encoder (a trunk such as {@code E_e} or {@code E_f}) over a data set in inference
 * mode and returns its codes: one 512-d vector per image, in sample order, for the t-SNE maps
 * and the linear probes.
 */
public final class CodeExtractor {

    /** Images per forward pass. */
    public static final int BATCH = 64;

    private CodeExtractor() {
    }

    /**
     * The codes of every image of {@code data}.
     *
     * @param encoder an initialised block mapping (B, C, S, S) images to (B, D) codes
     * @param manager the manager of the encoder's model (its device)
     * @param data the images, without augmentation
     * @return n vectors of dimension D
     */
    public static double[][] codes(Block encoder, NDManager manager, FaceDataset data)
            throws IOException {
        int n = Math.toIntExact(data.size());
        double[][] out = new double[n][];
        var p = data.preprocessing();
        for (int start = 0; start < n; start += BATCH) {
            int b = Math.min(BATCH, n - start);
            float[] pixels = new float[b * p.channels() * p.size() * p.size()];
            int per = p.channels() * p.size() * p.size();
            for (int i = 0; i < b; i++) {
                System.arraycopy(data.image(start + i), 0, pixels, i * per, per);
            }
            try (NDManager batch = manager.newSubManager()) {
                NDArray x = batch.create(pixels, new Shape(b, p.channels(), p.size(), p.size()));
                NDArray codes = encoder.forward(new ParameterStore(batch, false), new NDList(x),
                        false).head();
                long d = codes.size() / b;
                float[] flat = codes.toFloatArray();
                for (int i = 0; i < b; i++) {
                    double[] row = new double[(int) d];
                    for (int j = 0; j < d; j++) {
                        row[j] = flat[(int) (i * d + j)];
                    }
                    out[start + i] = row;
                }
            }
        }
        return out;
    }
}
