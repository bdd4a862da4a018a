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
 * The classification terms against {@code torch.nn.functional.cross_entropy} from PyTorch
 * 1.13.1, values printed by {@code src/test/resources/reference/loss_reference.py}.
 */
class CrossEntropyTest {

    private static final float[] LOGITS = {-1.6169f, -0.0295f, -0.3313f, 0.3993f, -1.7277f,
        0.2369f, 1.0742f, -0.0035f, 0.2373f, 0.893f, -0.2873f, -0.135f, -0.0584f, -2.2287f,
        -1.6188f, 1.6043f, 0.7946f, -0.0003f, -0.5258f, -0.8422f};
    private static final long[] LABELS = {0, 3, 4, 3};
    private static final double CE = 2.563668547;

    @Test
    void matchesPyTorchValueAndGradient() {
        float[] expectedGrad = {-0.2360434253f, 0.06826182675f, 0.05047866162f, 0.1048101591f,
            0.01249277784f, 0.03559176911f, 0.08222130114f, 0.02798628046f, -0.2143939913f,
            0.06859464061f, 0.06528592002f, 0.07602607649f, 0.08207852353f, 0.009368719179f,
            -0.2327592392f, 0.1350341862f, 0.06008907095f, 0.02713781051f, -0.2339545074f,
            0.01169343973f};
        try (NDManager nd = NDManager.newBaseManager()) {
            NDArray logits = nd.create(LOGITS, new Shape(4, 5));
            logits.setRequiresGradient(true);
            try (GradientCollector gc = Engine.getInstance().newGradientCollector()) {
                NDArray loss = new CrossEntropy().compute(logits, nd.create(LABELS));
                gc.backward(loss);
                assertEquals(CE, loss.getFloat(), 1e-5);
                assertArrayEquals(expectedGrad, logits.getGradient().toFloatArray(), 1e-6f);
            }
        }
    }

    @Test
    void discriminatorAndGeneratorTermsAreSumsOfCrossEntropies() {
        try (NDManager nd = NDManager.newBaseManager()) {
            NDArray logits = nd.create(LOGITS, new Shape(4, 5));
            NDArray labels = nd.create(LABELS);
            // rows whose "generated" class (index 4 of 5) is the label: CE with label 4 each
            NDArray generatedLabels = nd.create(new long[] {4, 4, 4, 4});
            CrossEntropy ce = new CrossEntropy();
            float generated = ce.compute(logits, generatedLabels).getFloat();
            DiscriminatorLoss d = new DiscriminatorLoss();
            assertEquals(CE + generated, d.identityTerm(logits, labels, logits).getFloat(), 1e-5);
            assertEquals(CE, d.expressionTerm(logits, labels).getFloat(), 1e-5);
            AdversarialClassificationLoss c = new AdversarialClassificationLoss();
            assertEquals(2 * CE, c.compute(logits, labels, logits, labels).getFloat(), 1e-5);
            // an independent value of the generated term: mean of -log softmax[4]
            double sum = 0;
            for (int r = 0; r < 4; r++) {
                double z = 0;
                for (int k = 0; k < 5; k++) {
                    z += Math.exp(LOGITS[r * 5 + k]);
                }
                sum += Math.log(z) - LOGITS[r * 5 + 4];
            }
            assertEquals(sum / 4, generated, 1e-5);
        }
    }
}
