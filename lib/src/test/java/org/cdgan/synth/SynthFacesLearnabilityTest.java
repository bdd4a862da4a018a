package org.cdgan.synth;

import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.Model;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.core.Linear;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.GradientCollector;
import ai.djl.training.ParameterStore;
import ai.djl.training.Trainer;
import ai.djl.training.loss.Loss;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.Tracker;
import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;
import org.cdgan.data.FaceRecord;
import org.cdgan.data.FaceSet;
import org.cdgan.data.Split;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import smile.classification.LogisticRegression;

/**
 * The default synthetic set is learnable and leaks identity: the two properties that make it a
 * test of disentanglement. Figures measured on the default set (20 x 7 x 6 at 64 px, seed
 * 2025); the bounds sit well below them and far above chance.
 */
class SynthFacesLearnabilityTest {

    private static final int POOL = 4;
    private static SynthFaces synth;
    private static double[][] pixels;
    private static int[] expression;
    private static int[] identity;
    private static int[] sample;
    private static Split[] split;

    @BeforeAll
    static void draw() {
        synth = SynthFaces.defaults();
        FaceSet set = synth.faceSet();
        int n = set.size();
        pixels = new double[n][];
        expression = new int[n];
        identity = new int[n];
        sample = new int[n];
        split = new Split[n];
        for (int i = 0; i < n; i++) {
            FaceRecord r = set.records().get(i);
            FaceFactors f = synth.factors(i);
            pixels[i] = pooled(synth.render(i));
            expression[i] = SynthFaces.EXPRESSIONS.indexOf(r.expression());
            identity[i] = f.identityIndex();
            sample[i] = f.sample();
            split[i] = r.split();
        }
    }

    @Test
    void identityExplainsMorePixelVarianceThanExpression() {
        double idShare = explainedShare(identity, 20);
        double exShare = explainedShare(expression, 7);
        // Measured: identity means explain 0.615 of the pixel variance, expression means 0.012.
        assertTrue(idShare > 0.4, "identity share " + idShare);
        assertTrue(exShare < 0.05, "expression share " + exShare);
        assertTrue(idShare > 10 * exShare, idShare + " vs " + exShare);
    }

    @Test
    void expressionIsRecognisableOnUnseenPeople() {
        IntPredicate train = i -> split[i] == Split.TRAIN;
        double acc = logisticAccuracy(pixels, expression, train, train.negate());
        // Measured: 0.532 on the 6 held-out people (logistic regression, 16 x 16 pixels);
        // chance is 1/7 = 0.143.
        assertTrue(acc > 0.4, "accuracy " + acc + ", chance 1/7");
    }

    @Test
    void identityLeaksIntoNaiveExpressionClassifier() {
        // A naive expression classifier: a one-hidden-layer MLP trained on expression labels
        // only, on samples 0-3 of every person.
        Naive naive = naiveClassifier(i -> sample[i] < 4);
        float[][] hidden = naive.hidden();
        int right = 0;
        int total = 0;
        for (int i = 0; i < hidden.length; i++) {
            if (sample[i] >= 4) {
                total++;
                right += naive.predicted()[i] == expression[i] ? 1 : 0;
            }
        }
        double naiveAcc = right / (double) total;
        double[][] features = new double[hidden.length][];
        for (int i = 0; i < hidden.length; i++) {
            features[i] = new double[hidden[i].length];
            for (int j = 0; j < hidden[i].length; j++) {
                features[i][j] = hidden[i][j];
            }
        }
        // A linear probe on its features names the person of pictures it has not seen.
        double leak = logisticAccuracy(features, identity, i -> sample[i] < 3,
                i -> sample[i] >= 3);
        double pixelLeak = logisticAccuracy(pixels, identity, i -> sample[i] < 3,
                i -> sample[i] >= 3);
        // Measured: the MLP gets 0.496 of the expressions of held-out samples right (chance
        // 0.143), and the probe on its 64 hidden features names the person of 0.871 of the
        // held-out pictures, on pixels 0.998; chance is 1/20 = 0.05.
        assertTrue(naiveAcc > 0.35, "naive expression accuracy " + naiveAcc);
        assertTrue(leak > 0.6, "identity probe on features " + leak + ", chance 1/20");
        assertTrue(pixelLeak > 0.9, "identity probe on pixels " + pixelLeak + ", chance 1/20");
    }

    /** The hidden features of every picture and the classifier's expression for it. */
    private record Naive(float[][] hidden, int[] predicted) {
    }

    private static Naive naiveClassifier(IntPredicate train) {
        int n = pixels.length;
        int d = pixels[0].length;
        List<Integer> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (train.test(i)) {
                rows.add(i);
            }
        }
        float[] x = new float[rows.size() * d];
        float[] y = new float[rows.size()];
        for (int r = 0; r < rows.size(); r++) {
            for (int j = 0; j < d; j++) {
                x[r * d + j] = (float) pixels[rows.get(r)][j];
            }
            y[r] = expression[rows.get(r)];
        }
        float[] all = new float[n * d];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                all[i * d + j] = (float) pixels[i][j];
            }
        }
        SequentialBlock mlp = new SequentialBlock()
                .add(Linear.builder().setUnits(64).build())
                .add(Activation::relu)
                .add(Linear.builder().setUnits(7).build());
        Engine.getInstance().setRandomSeed(7);
        try (Model model = Model.newInstance("naive-fer")) {
            model.setBlock(mlp);
            DefaultTrainingConfig cfg = new DefaultTrainingConfig(Loss.softmaxCrossEntropyLoss())
                    .optOptimizer(Optimizer.adam().optLearningRateTracker(Tracker.fixed(3e-3f))
                            .build());
            try (Trainer trainer = model.newTrainer(cfg)) {
                NDManager m = trainer.getManager();
                NDArray xs = m.create(x, new Shape(rows.size(), d));
                NDArray ys = m.create(y, new Shape(rows.size()));
                trainer.initialize(new Shape(1, d));
                for (int step = 0; step < 300; step++) {
                    try (GradientCollector gc = trainer.newGradientCollector()) {
                        gc.zeroGradients();
                        NDArray out = trainer.forward(new NDList(xs)).singletonOrThrow();
                        NDArray loss = trainer.getLoss().evaluate(new NDList(ys), new NDList(out));
                        gc.backward(loss);
                    }
                    trainer.step();
                }
                NDArray in = m.create(all, new Shape(n, d));
                SequentialBlock features = new SequentialBlock()
                        .add(mlp.getChildren().get(0).getValue())
                        .add(Activation::relu);
                NDArray h = features.forward(new ParameterStore(m, false), new NDList(in), false)
                        .singletonOrThrow();
                float[] flat = h.toFloatArray();
                int k = (int) h.getShape().get(1);
                float[][] out = new float[n][k];
                for (int i = 0; i < n; i++) {
                    System.arraycopy(flat, i * k, out[i], 0, k);
                }
                NDArray logits = mlp.forward(new ParameterStore(m, false), new NDList(in), false)
                        .singletonOrThrow();
                long[] argmax = logits.argMax(1).toLongArray();
                int[] predicted = new int[n];
                for (int i = 0; i < n; i++) {
                    predicted[i] = (int) argmax[i];
                }
                return new Naive(out, predicted);
            }
        }
    }

    /** Accuracy of an L2-regularised multinomial logistic regression. */
    private static double logisticAccuracy(double[][] x, int[] y, IntPredicate train,
            IntPredicate test) {
        List<double[]> tx = new ArrayList<>();
        List<Integer> ty = new ArrayList<>();
        for (int i = 0; i < x.length; i++) {
            if (train.test(i)) {
                tx.add(x[i]);
                ty.add(y[i]);
            }
        }
        LogisticRegression lr = LogisticRegression.fit(tx.toArray(new double[0][]),
                ty.stream().mapToInt(Integer::intValue).toArray(), 0.1, 1e-5, 300);
        int right = 0;
        int total = 0;
        for (int i = 0; i < x.length; i++) {
            if (test.test(i)) {
                total++;
                if (lr.predict(x[i]) == y[i]) {
                    right++;
                }
            }
        }
        return right / (double) total;
    }

    /** Fraction of the total pixel variance that the group means of {@code label} explain. */
    private static double explainedShare(int[] label, int groups) {
        int d = pixels[0].length;
        double[] mean = new double[d];
        double[][] groupSum = new double[groups][d];
        int[] count = new int[groups];
        for (int i = 0; i < pixels.length; i++) {
            count[label[i]]++;
            for (int j = 0; j < d; j++) {
                mean[j] += pixels[i][j] / pixels.length;
                groupSum[label[i]][j] += pixels[i][j];
            }
        }
        double total = 0;
        double between = 0;
        for (int i = 0; i < pixels.length; i++) {
            for (int j = 0; j < d; j++) {
                double t = pixels[i][j] - mean[j];
                double b = groupSum[label[i]][j] / count[label[i]] - mean[j];
                total += t * t;
                between += b * b;
            }
        }
        return between / total;
    }

    /** The picture averaged over POOL x POOL blocks, on a 0 to 1 scale. */
    private static double[] pooled(BufferedImage img) {
        int s = img.getWidth() / POOL;
        Raster r = img.getRaster();
        double[] out = new double[s * s];
        for (int y = 0; y < s * POOL; y++) {
            for (int x = 0; x < s * POOL; x++) {
                out[(y / POOL) * s + x / POOL] += r.getSample(x, y, 0) / (255.0 * POOL * POOL);
            }
        }
        return out;
    }
}
