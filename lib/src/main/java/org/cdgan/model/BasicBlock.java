package org.cdgan.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Activation;
import ai.djl.nn.Block;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.nn.norm.BatchNorm;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

/**
 * The residual unit of ResNet-18: {@code y = relu(bn2(conv2(relu(bn1(conv1(x))))) + s(x))},
 * two 3 x 3 convolutions without bias, where the shortcut {@code s} is the identity or, when
 * the stride or width changes, a 1 x 1 convolution and batch norm ({@code downsample}).
 */
public class BasicBlock extends AbstractBlock {

    private final Block conv1;
    private final Block bn1;
    private final Block conv2;
    private final Block bn2;
    private final Block downsample;

    /**
     * @param inChannels the input's channel count
     * @param outChannels the output's channel count
     * @param stride 1, or 2 to halve the spatial size
     */
    public BasicBlock(int inChannels, int outChannels, int stride) {
        conv1 = addChildBlock("conv1", conv(outChannels, 3, stride));
        bn1 = addChildBlock("bn1", BatchNorm.builder().build());
        conv2 = addChildBlock("conv2", conv(outChannels, 3, 1));
        bn2 = addChildBlock("bn2", BatchNorm.builder().build());
        if (stride != 1 || inChannels != outChannels) {
            downsample = addChildBlock("downsample", new NamedSequence()
                    .add("0", conv(outChannels, 1, stride))
                    .add("1", BatchNorm.builder().build()));
        } else {
            downsample = null;
        }
    }

    /** A square convolution without bias, padded to keep the size at stride 1. */
    static Conv2d conv(int filters, int kernel, int stride) {
        return Conv2d.builder()
                .setFilters(filters)
                .setKernelShape(new Shape(kernel, kernel))
                .optStride(new Shape(stride, stride))
                .optPadding(new Shape(kernel / 2, kernel / 2))
                .optBias(false)
                .build();
    }

    @Override
    protected NDList forwardInternal(ParameterStore ps, NDList inputs, boolean training,
            PairList<String, Object> params) {
        NDList y = conv1.forward(ps, inputs, training, params);
        y = bn1.forward(ps, y, training, params);
        y = new NDList(Activation.relu(y.singletonOrThrow()));
        y = conv2.forward(ps, y, training, params);
        y = bn2.forward(ps, y, training, params);
        NDArray shortcut = downsample == null ? inputs.singletonOrThrow()
                : downsample.forward(ps, inputs, training, params).singletonOrThrow();
        return new NDList(Activation.relu(y.singletonOrThrow().add(shortcut)));
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType,
            Shape... inputShapes) {
        Shape[] s = inputShapes;
        conv1.initialize(manager, dataType, s);
        s = conv1.getOutputShapes(s);
        bn1.initialize(manager, dataType, s);
        conv2.initialize(manager, dataType, s);
        s = conv2.getOutputShapes(s);
        bn2.initialize(manager, dataType, s);
        if (downsample != null) {
            downsample.initialize(manager, dataType, inputShapes);
        }
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        return conv2.getOutputShapes(conv1.getOutputShapes(inputShapes));
    }
}
