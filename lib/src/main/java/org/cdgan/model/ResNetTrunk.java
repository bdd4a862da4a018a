package org.cdgan.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Activation;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.nn.norm.BatchNorm;
import ai.djl.nn.pooling.Pool;
import ai.djl.training.ParameterStore;
import ai.djl.training.initializer.XavierInitializer;
import ai.djl.util.Pair;
import ai.djl.util.PairList;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The standard ResNet-18 feature extractor, the trunk shared by the baseline classifier and by
 * every CD-GAN encoder and discriminator:
 * {@code x -> conv1 7x7/2 -> bn1 -> relu -> maxpool 3x3/2 -> layer1..layer4 -> mean over H, W},
 * four stages of two {@link BasicBlock}s with 64, 128, 256 and 512 channels (stride 2 from
 * {@code layer2} on). Output: features of shape (B, 512).
 *
 * <p>It works at every input size from 48 to 224 pixels (a 48-pixel face reaches
 * {@code layer4} as a 2 x 2 map) with 1 or 3 input channels. Child blocks carry torchvision's
 * module names, so {@link #torchvisionName(String)} maps each DJL parameter path to the key of
 * a torchvision {@code resnet18} state dict, and pretrained weights load by name.
 */
public class ResNetTrunk extends AbstractBlock {

    /** The feature width after global average pooling. */
    public static final int FEATURES = 512;

    private static final int[] WIDTHS = {64, 128, 256, 512};

    private final int inputChannels;
    private final Block conv1;
    private final Block bn1;
    private final Block[] layers = new Block[4];

    /**
     * @param inputChannels 1 for grey images, 3 for colour
     */
    public ResNetTrunk(int inputChannels) {
        if (inputChannels != 1 && inputChannels != 3) {
            throw new IllegalArgumentException("input channels must be 1 or 3, not "
                    + inputChannels);
        }
        this.inputChannels = inputChannels;
        conv1 = addChildBlock("conv1", BasicBlock.conv(64, 7, 2));
        bn1 = addChildBlock("bn1", BatchNorm.builder().build());
        int in = 64;
        for (int i = 0; i < 4; i++) {
            int out = WIDTHS[i];
            int stride = i == 0 ? 1 : 2;
            layers[i] = addChildBlock("layer" + (i + 1), new NamedSequence()
                    .add("0", new BasicBlock(in, out, stride))
                    .add("1", new BasicBlock(out, out, 1)));
            in = out;
        }
        // He (Kaiming) normal initialisation with fan-out, as torchvision does for ResNet.
        setInitializer(new XavierInitializer(XavierInitializer.RandomType.GAUSSIAN,
                XavierInitializer.FactorType.OUT, 2), Parameter.Type.WEIGHT);
    }

    /** The number of input channels (1 or 3). */
    public int inputChannels() {
        return inputChannels;
    }

    @Override
    protected NDList forwardInternal(ParameterStore ps, NDList inputs, boolean training,
            PairList<String, Object> params) {
        NDList x = conv1.forward(ps, inputs, training, params);
        x = bn1.forward(ps, x, training, params);
        NDArray y = Activation.relu(x.singletonOrThrow());
        y = Pool.maxPool2d(y, new Shape(3, 3), new Shape(2, 2), new Shape(1, 1), false);
        x = new NDList(y);
        for (Block layer : layers) {
            x = layer.forward(ps, x, training, params);
        }
        NDArray last = x.singletonOrThrow();
        return new NDList(last.mean(new int[] {3}).mean(new int[] {2}));
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType,
            Shape... inputShapes) {
        Shape[] s = inputShapes;
        conv1.initialize(manager, dataType, s);
        s = conv1.getOutputShapes(s);
        bn1.initialize(manager, dataType, s);
        s = new Shape[] {pooled(s[0])};
        for (Block layer : layers) {
            layer.initialize(manager, dataType, s);
            s = layer.getOutputShapes(s);
        }
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        Shape[] s = new Shape[] {pooled(conv1.getOutputShapes(inputShapes)[0])};
        for (Block layer : layers) {
            s = layer.getOutputShapes(s);
        }
        return new Shape[] {new Shape(s[0].get(0), FEATURES)};
    }

    /** The shape after the 3 x 3, stride-2, pad-1 max-pool. */
    private static Shape pooled(Shape s) {
        return new Shape(s.get(0), s.get(1), (s.get(2) - 1) / 2 + 1, (s.get(3) - 1) / 2 + 1);
    }

    /**
     * The trunk's parameters under their torchvision names ({@code layer2.0.downsample.1.weight}),
     * in order; the batch-norm running statistics are included.
     */
    public Map<String, Parameter> torchvisionParameters() {
        Map<String, Parameter> named = new LinkedHashMap<>();
        for (Pair<String, Parameter> p : getParameters()) {
            named.put(torchvisionName(p.getKey()), p.getValue());
        }
        return named;
    }

    /**
     * Maps a DJL parameter path of this trunk to torchvision's state-dict key.
     *
     * <p>DJL prefixes each child name with its two-digit position and joins levels with
     * {@code _} ({@code 03layer1_010_01conv1_weight}); torchvision joins with dots and names
     * batch-norm parameters {@code weight}, {@code bias}, {@code running_mean} and
     * {@code running_var} ({@code layer1.0.conv1.weight}).
     *
     * @param djlPath a key of {@code getParameters()} of this trunk
     * @return the torchvision key
     */
    public static String torchvisionName(String djlPath) {
        String[] parts = djlPath.split("_");
        StringBuilder name = new StringBuilder();
        for (int i = 0; i < parts.length - 1; i++) {
            String part = parts[i];
            if (part.length() < 3 || !Character.isDigit(part.charAt(0))
                    || !Character.isDigit(part.charAt(1))) {
                throw new IllegalArgumentException("not a DJL child path: " + djlPath);
            }
            name.append(part.substring(2)).append('.');
        }
        String leaf = parts[parts.length - 1];
        switch (leaf) {
            case "gamma":
                leaf = "weight";
                break;
            case "beta":
                leaf = "bias";
                break;
            case "runningMean":
                leaf = "running_mean";
                break;
            case "runningVar":
                leaf = "running_var";
                break;
            default:
                break;
        }
        return name.append(leaf).toString();
    }
}
