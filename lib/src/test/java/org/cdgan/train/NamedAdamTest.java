package org.cdgan.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.nn.core.Linear;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NamedAdamTest {

    @TempDir
    Path tmp;

    private static Linear linear(NDManager m) {
        Linear block = Linear.builder().setUnits(2).build();
        block.initialize(m, DataType.FLOAT32, new Shape(1, 3));
        return block;
    }

    private static Parameter weight(Linear block) {
        return block.getParameters().get("weight");
    }

    @Test
    void followsTheAdamFormula() {
        try (NDManager m = NDManager.newBaseManager()) {
            Linear block = linear(m);
            NDArray w = weight(block).getArray();
            float[] w0 = w.toFloatArray();
            NamedAdam adam = NamedAdam.builder().optLearningRate(0.1f).optBetas(0.5f, 0.9f)
                    .build().bind(block);
            float[][] grads = {{1, -2, 3, 0.5f, 0, -1}, {2, 2, -1, 0.5f, 1, 0}};
            double[] mm = new double[6];
            double[] vv = new double[6];
            double[] expected = new double[6];
            for (int i = 0; i < 6; i++) {
                expected[i] = w0[i];
            }
            for (int t = 1; t <= 2; t++) {
                NDArray g = m.create(grads[t - 1], new Shape(2, 3));
                adam.update(weight(block).getId(), w, g);
                for (int i = 0; i < 6; i++) {
                    mm[i] = 0.5 * mm[i] + 0.5 * grads[t - 1][i];
                    vv[i] = 0.9 * vv[i] + 0.1 * grads[t - 1][i] * grads[t - 1][i];
                    double mh = mm[i] / (1 - Math.pow(0.5, t));
                    double vh = vv[i] / (1 - Math.pow(0.9, t));
                    expected[i] -= 0.1 * mh / (Math.sqrt(vh) + 1e-8);
                }
            }
            float[] got = w.toFloatArray();
            for (int i = 0; i < 6; i++) {
                assertEquals(expected[i], got[i], 1e-5, "element " + i);
            }
            assertEquals(2, adam.steps("weight"));
            assertEquals(0, adam.steps("bias"));
            assertNull(adam.firstMoment("bias"));
            assertEquals(mm[0], adam.firstMoment("weight")[0], 1e-6);
        }
    }

    @Test
    void savedStateResumesExactlyUnderNames() throws Exception {
        float[][] grads = {{1, -2, 3, 0.5f, 0, -1}, {2, 2, -1, 0.5f, 1, 0},
            {-1, 0.25f, 3, 2, -2, 1}, {0.1f, 0.2f, 0.3f, -0.4f, 0.5f, -0.6f}};
        try (NDManager m = NDManager.newBaseManager()) {
            Linear a = linear(m);
            Linear b = linear(m);
            b.getParameters().get("weight").getArray().set(
                    a.getParameters().get("weight").getArray().toFloatArray());
            NamedAdam straight = NamedAdam.builder().build().bind(a);
            NamedAdam first = NamedAdam.builder().build().bind(b);
            for (int t = 0; t < 2; t++) {
                straight.update(weight(a).getId(), weight(a).getArray(),
                        m.create(grads[t], new Shape(2, 3)));
                first.update(weight(b).getId(), weight(b).getArray(),
                        m.create(grads[t], new Shape(2, 3)));
            }
            Path file = tmp.resolve("adam.bin");
            first.save(file);
            // A new optimiser over the same parameters sees new ids, but the same names.
            NamedAdam resumed = NamedAdam.builder().build();
            resumed.load(file);
            resumed.bind(b);
            assertEquals(2, resumed.steps("weight"));
            assertArrayEquals(first.secondMoment("weight"), resumed.secondMoment("weight"));
            for (int t = 2; t < 4; t++) {
                straight.update(weight(a).getId(), weight(a).getArray(),
                        m.create(grads[t], new Shape(2, 3)));
                resumed.update(weight(b).getId(), weight(b).getArray(),
                        m.create(grads[t], new Shape(2, 3)));
            }
            assertArrayEquals(weight(a).getArray().toFloatArray(),
                    weight(b).getArray().toFloatArray());
            assertEquals(4, resumed.steps("weight"));
        }
    }

    @Test
    void unknownParametersAndOtherBetasAreRefused() throws Exception {
        try (NDManager m = NDManager.newBaseManager()) {
            Linear block = linear(m);
            NamedAdam adam = NamedAdam.builder().build();
            NDArray w = weight(block).getArray();
            assertThrows(IllegalStateException.class,
                    () -> adam.update(weight(block).getId(), w, w.onesLike()));
            adam.bind(block).update(weight(block).getId(), w, w.onesLike());
            Path file = tmp.resolve("adam.bin");
            adam.save(file);
            NamedAdam gan = NamedAdam.builder().optBetas(0.5f, 0.999f).build();
            assertThrows(java.io.IOException.class, () -> gan.load(file));
        }
    }
}
