package org.cdgan.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ResNetTrunkTest {

    /** torchvision resnet18's state-dict keys without fc and num_batches_tracked. */
    private static List<String> torchvisionKeys() {
        List<String> keys = new ArrayList<>(List.of("conv1.weight"));
        addBn(keys, "bn1");
        for (int layer = 1; layer <= 4; layer++) {
            for (int b = 0; b < 2; b++) {
                String p = "layer" + layer + "." + b + ".";
                keys.add(p + "conv1.weight");
                addBn(keys, p + "bn1");
                keys.add(p + "conv2.weight");
                addBn(keys, p + "bn2");
                if (layer > 1 && b == 0) {
                    keys.add(p + "downsample.0.weight");
                    addBn(keys, p + "downsample.1");
                }
            }
        }
        return keys;
    }

    private static void addBn(List<String> keys, String p) {
        for (String s : List.of("weight", "bias", "running_mean", "running_var")) {
            keys.add(p + "." + s);
        }
    }

    @Test
    void parametersCarryTorchvisionNamesAndCounts() {
        try (NDManager m = NDManager.newBaseManager()) {
            ResNetTrunk trunk = new ResNetTrunk(3);
            trunk.initialize(m, DataType.FLOAT32, new Shape(1, 3, 64, 64));
            Map<String, Parameter> named = trunk.torchvisionParameters();
            assertEquals(torchvisionKeys(), new ArrayList<>(named.keySet()));
            long trainable = named.values().stream().filter(Parameter::requiresGradient)
                    .mapToLong(p -> p.getArray().size()).sum();
            // torchvision resnet18 has 11,689,512 parameters, of which fc holds 513,000
            assertEquals(11_689_512L - 513_000L, trainable);
            assertEquals(new Shape(64, 3, 7, 7), named.get("conv1.weight").getArray().getShape());
            assertEquals(new Shape(128, 64, 1, 1),
                    named.get("layer2.0.downsample.0.weight").getArray().getShape());
        }
    }

    @Test
    void worksAtSmallAndLargeSizesWithOneOrThreeChannels() {
        int[][] cases = {{1, 48}, {3, 48}, {1, 64}, {3, 224}};
        for (int[] c : cases) {
            try (NDManager m = NDManager.newBaseManager()) {
                Shape in = new Shape(2, c[0], c[1], c[1]);
                ResNetTrunk trunk = new ResNetTrunk(c[0]);
                trunk.initialize(m, DataType.FLOAT32, in);
                assertEquals(new Shape(2, 512), trunk.getOutputShapes(new Shape[] {in})[0]);
                NDArray out = trunk.forward(new ParameterStore(m, false),
                        new NDList(m.randomNormal(in)), false).singletonOrThrow();
                assertEquals(new Shape(2, 512), out.getShape());
            }
        }
    }

    @Test
    void classifierGivesOneLogitPerClass() {
        try (NDManager m = NDManager.newBaseManager()) {
            Classifier net = new Classifier(1, 7);
            Shape in = new Shape(4, 1, 48, 48);
            net.initialize(m, DataType.FLOAT32, in);
            NDArray out = net.forward(new ParameterStore(m, false),
                    new NDList(m.randomNormal(in)), true).singletonOrThrow();
            assertEquals(new Shape(4, 7), out.getShape());
            assertEquals("layer3.1.bn2.running_var",
                    ResNetTrunk.torchvisionName("05layer3_021_04bn2_runningVar"));
        }
    }
}
