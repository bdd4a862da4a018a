package org.cdgan.loss;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * L_CL against values computed independently with PyTorch 1.13.1 (Debian's python3-torch) by
 * {@code src/test/resources/reference/loss_reference.py}: a per-anchor, per-positive loop in
 * float64 written straight from method.md, with autograd for the gradients. The inputs and the
 * printed expected numbers are copied here; the inputs are rounded to 4 decimals so both sides
 * see the same values.
 */
class SupervisedContrastiveLossTest {

    private NDManager nd;

    @BeforeEach
    void open() {
        nd = NDManager.newBaseManager();
    }

    @AfterEach
    void close() {
        nd.close();
    }

    /** Loss, anchor count and gradient with respect to the raw (unnormalised) codes. */
    private float[] lossAndGradient(float[] codes, int dims, long[] expr, long[] ident,
            double tau, float[] gradOut, int[] anchorsOut) {
        NDArray x = nd.create(codes, new Shape(codes.length / dims, dims));
        x.setRequiresGradient(true);
        SupervisedContrastiveLoss loss = new SupervisedContrastiveLoss(tau);
        try (GradientCollector gc = Engine.getInstance().newGradientCollector()) {
            SupervisedContrastiveLoss.Result r = loss.compute(x, expr, ident);
            gc.backward(r.value());
            anchorsOut[0] = r.anchors();
            float[] g = x.getGradient().toFloatArray();
            System.arraycopy(g, 0, gradOut, 0, g.length);
            return new float[] {r.value().getFloat()};
        }
    }

    private static void assertClose(float[] expected, float[] actual, double tol) {
        assertEquals(expected.length, actual.length);
        for (int i = 0; i < expected.length; i++) {
            double scale = Math.max(1.0, Math.abs(expected[i]));
            assertEquals(expected[i], actual[i], tol * scale, "element " + i);
        }
    }

    @Test
    void generalBatchWithAClassSeenOnceMatchesPyTorch() {
        // class 3 appears once (no positive, so not an anchor); codes 0 and 5 share
        // expression 0 and identity 1, so they are neither positive nor negative to each other
        float[] codes = {-0.3113f, -0.713f, -0.7291f, -0.2992f, -0.2529f, -0.3602f, 0.9394f,
            1.1614f, -0.1706f, 0.0149f, -0.0476f, 0.548f, -1.2491f, 0.3195f, 0.5945f, 1.0562f,
            0.8035f, 0.374f, 0.5739f, 1.5697f, 0.8734f, -3.7047f, -1.8142f, -1.8426f, -1.1828f,
            0.5462f, 1.0523f, -0.1564f, -2.101f, 1.5797f, 1.0834f, 0.8897f};
        long[] expr = {0, 0, 1, 1, 2, 0, 1, 3};
        long[] ident = {1, 2, 1, 3, 2, 1, 2, 4};
        float[] expectedGrad = {0.06261641587f, 1.45433789f, -1.353779908f, -0.2319334044f,
            0.1478558997f, 3.557682977f, 0.4391463154f, 0.7803823977f, 3.673522755f,
            -5.707143074f, -4.124094954f, 0.9405702446f, 0.127624347f, -0.04333296354f,
            0.05718142197f, 0.1318558023f, -0.2609471265f, -0.2067948702f, 0.03465604507f,
            0.1701746788f, 0.01560991366f, 0.1919332825f, -0.2462638406f, -0.1360304317f,
            0.4608537373f, 0.3616092199f, 0.07294243206f, -1.731646569f, -0.122977584f,
            -0.3096519509f, 0.2385051146f, -0.0310387302f};
        float[] grad = new float[codes.length];
        int[] anchors = new int[1];
        float value = lossAndGradient(codes, 4, expr, ident, 0.07, grad, anchors)[0];
        assertEquals(5.923122284, value, 1e-4);
        assertEquals(6, anchors[0]);
        assertClose(expectedGrad, grad, 1e-4);
    }

    @Test
    void allLabelsEqualGivesZeroWithoutNaNAndIsCounted() {
        float[] codes = {0.3923f, -0.2236f, -0.3195f, -1.205f, 1.0445f, -0.6332f, 0.5731f,
            0.5409f, -0.3919f, -1.0427f, 1.3186f, 0.7476f, -1.3265f, -1.2413f, -0.1028f};
        long[] expr = {4, 4, 4, 4, 4};
        long[] ident = {1, 2, 3, 4, 5};
        SupervisedContrastiveLoss loss = new SupervisedContrastiveLoss(0.07);
        SupervisedContrastiveLoss.Result r =
                loss.compute(nd.create(codes, new Shape(5, 3)), expr, ident);
        assertEquals(0f, r.value().getFloat(), 0f);
        assertEquals(0, r.anchors());
        assertEquals(1, loss.emptyBatches());
        float[] grad = new float[codes.length];
        lossAndGradient(codes, 3, expr, ident, 0.07, grad, new int[1]);
        assertClose(new float[codes.length], grad, 0);
    }

    @Test
    void largeIdsAreComparedForEqualityOnly() {
        float[] codes = {-0.2177f, 0.1467f, -2.2236f, -0.4724f, -1.3464f, -0.2842f, 0.1679f,
            0.7581f, 1.0784f, 0.3436f, 1.0038f, -0.2214f, -0.584f, -1.225f, -0.2697f, 0.2037f,
            0.0288f, 0.2424f};
        long[] expr = {1000000007L, -5, 1000000007L, -5, 42, 1000000007L};
        long[] ident = {9007199254740993L, 9007199254740993L, -77, 123456789012L,
            9007199254740993L, 5};
        float[] expectedGrad = {-0.7180035609f, -0.7775093521f, 0.01900015886f, -0.2841765627f,
            -0.1357048795f, 1.115264103f, 0.7969243079f, 1.007976077f, -0.8326690054f,
            0.7056371041f, 0.8278870165f, 4.848644517f, 0.1848186526f, 0.01949545704f,
            -0.4887505672f, -2.713942979f, 2.992145562f, 1.925150135f};
        float[] grad = new float[codes.length];
        int[] anchors = new int[1];
        float value = lossAndGradient(codes, 3, expr, ident, 0.07, grad, anchors)[0];
        assertEquals(15.37465773, value, 15.37465773 * 1e-5);
        assertEquals(5, anchors[0]);
        assertClose(expectedGrad, grad, 1e-4);
    }

    @Test
    void batchWithoutAnyPositivePairGivesZero() {
        // codes 0 and 1 share expression and identity: left out, so no anchor has a positive
        float[] codes = {-1.6053f, 0.2325f, 2.2399f, 0.8473f, 1.2006f, -0.4016f, -1.426f,
            0.9039f, 0.8557f, 0.6889f, 0.885f, 1.7706f};
        long[] expr = {0, 0, 1, 2};
        long[] ident = {7, 7, 8, 9};
        float[] grad = new float[codes.length];
        int[] anchors = new int[1];
        float value = lossAndGradient(codes, 3, expr, ident, 0.07, grad, anchors)[0];
        assertEquals(0f, value, 0f);
        assertEquals(0, anchors[0]);
        assertClose(new float[codes.length], grad, 0);
    }

    @Test
    void verySmallTemperatureStaysFinite() {
        // tau = 0.001 puts similarities near +-1000: exp overflows float without the shift
        float[] codes = {0.8236f, -0.7421f, 0.7632f, 0.8166f, -1.4027f, 0.7038f, 0.051f,
            0.8372f, -0.3622f, -0.7125f, 1.5007f, 0.8666f, -0.4011f, -0.7199f, -0.2686f,
            -0.3955f, 1.9172f, 0.2522f};
        long[] expr = {0, 0, 1, 1, 2, 2};
        long[] ident = {1, 2, 1, 2, 1, 2};
        float[] expectedGrad = {0f, 0f, 0f, -57.58337513f, -54.21980461f, -41.24969565f,
            104.5316775f, -76.49848032f, -162.1021871f, -19.60637214f, -44.92111294f,
            61.67040624f, 328.5567195f, -233.9272034f, 136.3369081f, 89.06940062f,
            11.52583752f, 52.06031822f};
        float[] grad = new float[codes.length];
        int[] anchors = new int[1];
        float value = lossAndGradient(codes, 3, expr, ident, 0.001, grad, anchors)[0];
        // float32 similarities carry about 1e-4 absolute error at 1/tau = 1000
        assertEquals(570.8390022, value, 570.8390022 * 1e-5);
        assertEquals(6, anchors[0]);
        assertClose(expectedGrad, grad, 1e-3);
    }

    @Test
    void rejectsBadTemperatureAndMismatchedLabels() {
        assertThrows(IllegalArgumentException.class, () -> new SupervisedContrastiveLoss(0));
        assertThrows(IllegalArgumentException.class,
                () -> new SupervisedContrastiveLoss(Double.NaN));
        NDArray x = nd.ones(new Shape(3, 2));
        SupervisedContrastiveLoss loss = new SupervisedContrastiveLoss(0.07);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> loss.compute(x, new long[] {0, 1}, new long[] {0, 1, 2}));
        assertTrue(e.getMessage().contains("3 codes"), e.getMessage());
    }
}
