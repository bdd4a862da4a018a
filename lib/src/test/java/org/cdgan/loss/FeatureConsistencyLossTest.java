package org.cdgan.loss;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;
import org.junit.jupiter.api.Test;

/**
 * L_F against {@code torch.nn.functional.mse_loss(a, b.detach())} from PyTorch 1.13.1, values
 * printed by {@code src/test/resources/reference/loss_reference.py}.
 */
class FeatureConsistencyLossTest {

    private static final float[] A = {-1.8744f, -0.9937f, 0.7185f, -0.6985f, -1.4716f, 0.1777f,
        1.4557f, 0.6403f, 1.9355f, -1.1402f, -0.1656f, 0.392f};
    private static final float[] B = {-0.1468f, 0.7861f, 0.9468f, -1.1143f, 1.6908f, -0.8948f,
        -0.3556f, 1.2324f, 0.1382f, -1.6822f, 0.3177f, 0.1328f};

    @Test
    void termMatchesPyTorchAndLeavesTheTargetWithoutGradient() {
        float[] expectedGradA = {-0.2879333333f, -0.2966333333f, -0.03805f, 0.0693f,
            -0.5270666667f, 0.17875f, 0.3018833333f, -0.09868333333f, 0.29955f, 0.09033333333f,
            -0.08055f, 0.0432f};
        try (NDManager nd = NDManager.newBaseManager()) {
            NDArray a = nd.create(A, new Shape(3, 4));
            NDArray b = nd.create(B, new Shape(3, 4));
            a.setRequiresGradient(true);
            b.setRequiresGradient(true);
            try (GradientCollector gc = Engine.getInstance().newGradientCollector()) {
                NDArray loss = new FeatureConsistencyLoss().term(a, b);
                gc.backward(loss);
                assertEquals(2.082044605, loss.getFloat(), 1e-5);
                assertArrayEquals(expectedGradA, a.getGradient().toFloatArray(), 1e-6f);
                assertArrayEquals(new float[12], b.getGradient().toFloatArray(), 0f);
            }
        }
    }

    @Test
    void fullLossSumsBothTerms() {
        try (NDManager nd = NDManager.newBaseManager()) {
            NDArray a = nd.create(A, new Shape(3, 4));
            NDArray b = nd.create(B, new Shape(3, 4));
            float both = new FeatureConsistencyLoss().compute(a, b, b, a).getFloat();
            assertEquals(2 * 2.082044605, both, 1e-5);
        }
    }
}
