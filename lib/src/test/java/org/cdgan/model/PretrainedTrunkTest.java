package org.cdgan.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.cdgan.data.DataException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The torchvision name mapping, with a safetensors file the test writes: every ResNet-18 tensor
 * under its torchvision name holding distinct values, a 3-channel {@code conv1.weight}, and the
 * extras a real state dict has ({@code fc.*}, {@code num_batches_tracked}).
 */
class PretrainedTrunkTest {

    @TempDir
    Path dir;

    /** Writes a torchvision-style file for a 3-channel ResNet-18, each tensor of its index. */
    private Path writeFile(NDManager nd, String name, Predicate<String> keep,
            Map<String, Shape> override) throws IOException {
        ResNetTrunk colour = new ResNetTrunk(3);
        colour.initialize(nd, DataType.FLOAT32, new Shape(1, 3, 64, 64));
        NDList list = new NDList();
        int index = 0;
        for (Map.Entry<String, Parameter> e : colour.torchvisionParameters().entrySet()) {
            index++;
            if (!keep.test(e.getKey())) {
                continue;
            }
            Shape shape = override.getOrDefault(e.getKey(), e.getValue().getArray().getShape());
            NDArray t = nd.arange(0f, (float) shape.size()).reshape(shape).mul(1e-3f)
                    .add((float) index);
            t.setName(e.getKey());
            list.add(t);
            if (e.getKey().endsWith("running_var")) {
                NDArray tracked = nd.create(new long[] {123});
                tracked.setName(e.getKey().replace("running_var", "num_batches_tracked"));
                list.add(tracked);
            }
        }
        NDArray fcWeight = nd.zeros(new Shape(1000, 512));
        fcWeight.setName("fc.weight");
        list.add(fcWeight);
        Path file = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(file)) {
            list.encode(out, NDList.Encoding.SAFETENSORS);
        }
        return file;
    }

    @Test
    void loadsEveryTensorByNameAndSumsConv1ForGreyInput() throws IOException {
        try (NDManager nd = NDManager.newBaseManager()) {
            Path file = writeFile(nd, "resnet18.safetensors", k -> true, Map.of());
            ResNetTrunk grey = new ExpressionEncoder(1);
            grey.initialize(nd, DataType.FLOAT32, new Shape(1, 1, 48, 48));
            PretrainedTrunk.Loaded loaded = PretrainedTrunk.load(grey, file);
            Map<String, Parameter> params = grey.torchvisionParameters();
            assertEquals(params.size(), loaded.tensors());
            assertTrue(loaded.ignored().contains("fc.weight"));
            assertTrue(loaded.ignored().contains("layer1.0.bn1.num_batches_tracked"));

            NDList file2 = NDList.decode(nd, Files.newInputStream(file));
            for (NDArray t : file2) {
                Parameter p = params.get(t.getName());
                if (p == null) {
                    continue;
                }
                NDArray expected = t.getName().equals("conv1.weight")
                        ? t.sum(new int[] {1}, true) : t;
                assertArrayEquals(expected.toFloatArray(), p.getArray().toFloatArray(), 1e-5f,
                        t.getName());
            }
            // a spot check of the mapping against hand-written names and the writer's values
            assertEquals(new Shape(64, 1, 7, 7), params.get("conv1.weight").getArray()
                    .getShape());
            assertTrue(params.containsKey("layer4.1.bn2.running_var"));
            assertTrue(params.containsKey("layer2.0.downsample.1.running_mean"));
            float first = params.get("conv1.weight").getArray().toFloatArray()[0];
            // index 1, values 1 + 1e-3 * {0, 49, 98} over the three colour planes
            assertEquals(3 * 1f + 1e-3f * (0 + 49 + 98), first, 1e-4f);
        }
    }

    @Test
    void colourTrunkTakesConv1Unchanged() throws IOException {
        try (NDManager nd = NDManager.newBaseManager()) {
            Path file = writeFile(nd, "colour.safetensors", k -> true, Map.of());
            ResNetTrunk colour = new IdentityEncoder(3);
            colour.initialize(nd, DataType.FLOAT32, new Shape(1, 3, 64, 64));
            PretrainedTrunk.load(colour, file);
            float[] w = colour.torchvisionParameters().get("conv1.weight").getArray()
                    .toFloatArray();
            assertEquals(1f, w[0], 1e-6f);
            assertEquals(1f + 1e-3f * (64 * 3 * 49 - 1), w[w.length - 1], 1e-3f);
        }
    }

    @Test
    void missingTensorIsNamed() throws IOException {
        try (NDManager nd = NDManager.newBaseManager()) {
            Path file = writeFile(nd, "partial.safetensors",
                    k -> !k.equals("layer3.1.bn2.running_mean"), Map.of());
            ResNetTrunk trunk = new ResNetTrunk(1);
            trunk.initialize(nd, DataType.FLOAT32, new Shape(1, 1, 48, 48));
            DataException e = assertThrows(DataException.class,
                    () -> PretrainedTrunk.load(trunk, file));
            assertTrue(e.getMessage().contains("'layer3.1.bn2.running_mean'"), e.getMessage());
            assertTrue(e.getMessage().contains("partial.safetensors"), e.getMessage());
        }
    }

    @Test
    void misShapedTensorIsNamedWithBothShapes() throws IOException {
        try (NDManager nd = NDManager.newBaseManager()) {
            Path file = writeFile(nd, "wide.safetensors", k -> true,
                    Map.of("layer2.0.conv1.weight", new Shape(256, 64, 3, 3)));
            ResNetTrunk trunk = new ResNetTrunk(1);
            trunk.initialize(nd, DataType.FLOAT32, new Shape(1, 1, 48, 48));
            DataException e = assertThrows(DataException.class,
                    () -> PretrainedTrunk.load(trunk, file));
            assertTrue(e.getMessage().contains("'layer2.0.conv1.weight'"), e.getMessage());
            assertTrue(e.getMessage().contains("(256, 64, 3, 3)"), e.getMessage());
            assertTrue(e.getMessage().contains("(128, 64, 3, 3)"), e.getMessage());
        }
    }

    @Test
    void unreadableFileIsADataError() throws IOException {
        Path junk = dir.resolve("junk.safetensors");
        Files.write(junk, List.of("not a tensor file"));
        try (NDManager nd = NDManager.newBaseManager()) {
            ResNetTrunk trunk = new ResNetTrunk(1);
            trunk.initialize(nd, DataType.FLOAT32, new Shape(1, 1, 48, 48));
            DataException e = assertThrows(DataException.class,
                    () -> PretrainedTrunk.load(trunk, junk));
            assertTrue(e.getMessage().contains("junk.safetensors"), e.getMessage());
        }
    }
}
