package org.cdgan.model;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Parameter;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

/**
 * A 4 x 4 transposed convolution with stride 2 and padding 1, the x2 upsampling of the decoder:
 * exactly PyTorch's {@code conv_transpose2d(x, W, stride=2, padding=1)} with {@code W} of shape
 * (C_in, C_out, 4, 4), so the output is (B, C_out, 2H, 2W).
 *
 * <p>DJL's PyTorch engine has no deconvolution operator, so the layer is computed by its phase
 * decomposition: output pixel {@code (2m + a, 2n + b)} only sees the input rows {@code m - 1, m}
 * (a = 0, kernel rows 3, 1) or {@code m, m + 1} (a = 1, kernel rows 2, 0), and the same for
 * columns. Each of the four phases is one 2 x 2 convolution of the input padded by 1, and the
 * four results are interleaved. The work is that of the transposed convolution itself; no
 * zeros are inserted.
 */
public final class TransposedConvolution extends AbstractBlock {

    private final int inChannels;
    private final int outChannels;
    private final Parameter weight;

    /**
     * @param inChannels C_in
     * @param outChannels C_out
     */
    public TransposedConvolution(int inChannels, int outChannels) {
        this.inChannels = inChannels;
        this.outChannels = outChannels;
        weight = addParameter(Parameter.builder().setName("weight")
                .setType(Parameter.Type.WEIGHT)
                .optShape(new Shape(inChannels, outChannels, 4, 4)).build());
    }

    @Override
    protected NDList forwardInternal(ParameterStore store, NDList inputs, boolean training,
            PairList<String, Object> params) {
        NDArray x = inputs.singletonOrThrow();
        Device device = x.getDevice();
        NDArray w = store.getValue(weight, device, training);
        long h = x.getShape().get(2);
        long wd = x.getShape().get(3);
        Shape unit = new Shape(1, 1);

        NDArray[] rows = new NDArray[2];
        for (int a = 0; a < 2; a++) {
            NDArray[] cols = new NDArray[2];
            for (int b = 0; b < 2; b++) {
                // a 2 x 2 kernel over x padded by 1 gives H + 1 rows; phase a keeps a .. a + H
                NDArray full = Conv2d.conv2d(x, phaseKernel(w, a, b), null, unit, unit)
                        .singletonOrThrow();
                cols[b] = full.get(":, :, " + a + ":" + (a + h) + ", " + b + ":" + (b + wd));
            }
            rows[a] = NDArrays.stack(new NDList(cols), 4);
        }
        NDArray interleaved = NDArrays.stack(new NDList(rows), 3);
        return new NDList(interleaved.reshape(x.getShape().get(0), outChannels, 2 * h, 2 * wd));
    }

    /**
     * The 2 x 2 convolution kernel (C_out, C_in, 2, 2) of phase (a, b): tap (t, u) is kernel
     * entry (3 - a - 2t, 3 - b - 2u) of the transposed convolution.
     */
    private static NDArray phaseKernel(NDArray w, int a, int b) {
        NDArray[] taps = new NDArray[2];
        for (int t = 0; t < 2; t++) {
            NDArray[] row = new NDArray[2];
            for (int u = 0; u < 2; u++) {
                row[u] = w.get(":, :, " + (3 - a - 2 * t) + ", " + (3 - b - 2 * u));
            }
            taps[t] = NDArrays.stack(new NDList(row), 2);
        }
        return NDArrays.stack(new NDList(taps), 2).transpose(1, 0, 2, 3);
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        Shape s = inputShapes[0];
        return new Shape[] {new Shape(s.get(0), outChannels, 2 * s.get(2), 2 * s.get(3))};
    }

    /** C_in. */
    public int inChannels() {
        return inChannels;
    }
}
