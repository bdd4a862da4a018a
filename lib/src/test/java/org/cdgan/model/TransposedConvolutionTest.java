package org.cdgan.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;
import ai.djl.training.ParameterStore;
import org.junit.jupiter.api.Test;

/**
 * The phase-decomposed layer against {@code torch.nn.functional.conv_transpose2d(x, w,
 * stride=2, padding=1)} of PyTorch 1.13.1, with the input gradient of {@code sum(y^2)}; values
 * printed by {@code src/test/resources/reference/conv_transpose_reference.py}.
 */
class TransposedConvolutionTest {

    private static final float[] X = {0.278f, -1.874f, -1.172f, 0.673f, 0.987f, -1.328f,
        -1.183f, -1.138f, 0.85f, 2.311f, -1.919f, -0.764f, 0.123f, -1.325f, -1.316f, -1.819f,
        1.253f, 0.399f};
    private static final float[] W = {-0.678f, 1.554f, 0.971f, -0.874f, 0.546f, -0.028f,
        -0.255f, -1.286f, 0.45f, 0.673f, 1.229f, 0.225f, 0.56f, 0.459f, 1.029f, -0.993f,
        -0.436f, 0.871f, -1.327f, -0.888f, 1.303f, 1.553f, 0.647f, -0.182f, 1.293f, -0.085f,
        -0.958f, -0.553f, -1.343f, 0.865f, -0.905f, -0.373f, -0.915f, 1.546f, 0.075f, -1.534f,
        -1.294f, 0.181f, -0.004f, -1.596f, -0.885f, -1.239f, 0.765f, -1.176f, -1.144f, -2.375f,
        0.774f, -0.679f, 0.198f, -1.009f, -0.65f, 0.47f, 0.582f, 0.329f, 1.423f, 0.849f,
        1.026f, -0.283f, 1.958f, 0.393f, 1.861f, -0.129f, 0.426f, -1.063f, -0.052f, -1.65f,
        1.286f, -0.672f, -0.411f, -1.835f, -1.111f, 0.65f, 0.035f, -0.031f, -0.657f, -0.907f,
        -0.985f, 0.465f, -0.239f, -0.259f, -0.396f, -2.29f, 0.072f, -2.383f, 2.4f, -0.464f,
        2.243f, -0.542f, -0.187f, -0.494f, -0.074f, -1.371f, 0.542f, -1.791f, -0.475f,
        -0.313f};
    private static final float[] Y = {0.752535f, 1.077601f, 1.025652f, -3.337427f, 0.562193f,
        -0.788312f, 0.454816f, 1.696403f, 2.592979f, -4.912369f, -3.969617f, -3.370388f,
        -0.148894f, -3.578985f, -4.569874f, -8.452124f, 0.6714f, -3.06548f, 0.415109f,
        1.205966f, -1.614727f, -5.745889f, 1.681865f, -3.64284f, -0.272287f, -3.347064f,
        0.246028f, 0.027944f, 2.623332f, -1.576101f, -0.281382f, -4.242031f, -2.101515f,
        1.846646f, 0.695512f, 1.825892f, -3.808951f, -4.040768f, 2.062597f, -0.293581f,
        -1.324458f, 0.09052f, 0.287962f, -5.371223f, 0.334615f, -0.85232f, 3.928815f,
        1.694604f, 2.134549f, 5.732492f, 0.706062f, 5.402303f, -0.861425f, 1.846116f,
        1.909939f, 0.16589f, -1.312326f, 0.891951f, 1.060168f, 1.522f, 2.140006f, -1.401167f,
        -5.078869f, 1.318396f, -0.176185f, 1.623025f, 0.156944f, 0.900818f, 2.361919f,
        1.379998f, -0.591776f, -1.076443f, -1.021986f, 3.001817f, -1.145028f, -4.613853f,
        4.173366f, -1.708964f, -0.727288f, 1.739925f, 3.009224f, 1.603365f, 9.268266f,
        -1.034396f, -4.73451f, -3.962776f, 6.628247f, -4.028162f, 5.538071f, -3.490704f,
        1.441983f, 0.205412f, -0.007743f, 1.343589f, 2.111542f, -0.826058f, -1.188775f,
        -0.980314f, 1.62008f, 4.872004f, 6.361344f, 0.488785f, 2.364323f, 0.00243f, 4.676057f,
        -1.790155f, -1.629831f, 0.620724f};
    private static final float[] GRAD_X = {-2.854106582f, -165.915946f, -103.1195176f,
        12.35042505f, -42.42944242f, -34.73893752f, -14.60589175f, -91.77014843f, 23.26132259f,
        75.82292598f, -138.9256197f, -135.1662606f, -74.9359027f, -231.6904181f, -160.4739838f,
        -78.99454399f, 33.70852114f, 15.72174987f};

    @Test
    void equalsPyTorchsTransposedConvolutionAndItsGradient() {
        try (NDManager nd = NDManager.newBaseManager()) {
            TransposedConvolution layer = new TransposedConvolution(2, 3);
            layer.initialize(nd, DataType.FLOAT32, new Shape(1, 2, 3, 3));
            layer.getParameters().get("weight").getArray().set(W);
            NDArray x = nd.create(X, new Shape(1, 2, 3, 3));
            x.setRequiresGradient(true);
            try (GradientCollector gc = Engine.getInstance().newGradientCollector()) {
                NDArray y = layer.forward(new ParameterStore(nd, false), new NDList(x), true)
                        .singletonOrThrow();
                assertEquals(new Shape(1, 3, 6, 6), y.getShape());
                assertArrayEquals(Y, y.toFloatArray(), 1e-4f);
                gc.backward(y.square().sum());
                assertArrayEquals(GRAD_X, x.getGradient().toFloatArray(), 1e-3f);
            }
        }
    }
}
