package org.cdgan.model;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Parameter;
import ai.djl.nn.core.Linear;
import ai.djl.training.ParameterStore;
import ai.djl.training.initializer.UniformInitializer;
import ai.djl.util.PairList;

/**
 * The baseline expression classifier: a {@link ResNetTrunk} and a linear head,
 * {@code logits = W . trunk(x) + b} with K outputs (softmax is left to the loss). Its children
 * are {@code trunk} and {@code fc}; the head starts as torchvision's {@code nn.Linear}.
 */
public class Classifier extends AbstractBlock {

    private final ResNetTrunk trunk;
    private final Linear fc;
    private final int classes;

    /**
     * @param inputChannels 1 or 3
     * @param classes the number K of expression classes
     */
    public Classifier(int inputChannels, int classes) {
        this.classes = classes;
        trunk = addChildBlock("trunk", new ResNetTrunk(inputChannels));
        fc = addChildBlock("fc", Linear.builder().setUnits(classes).build());
        // torchvision's nn.Linear default: weight and bias uniform in +-1/sqrt(fan-in).
        float bound = (float) (1 / Math.sqrt(ResNetTrunk.FEATURES));
        fc.setInitializer(new UniformInitializer(bound), Parameter.Type.WEIGHT);
        fc.setInitializer(new UniformInitializer(bound), Parameter.Type.BIAS);
    }

    /** The feature extractor. */
    public ResNetTrunk trunk() {
        return trunk;
    }

    /** The number of classes K. */
    public int classes() {
        return classes;
    }

    @Override
    protected NDList forwardInternal(ParameterStore ps, NDList inputs, boolean training,
            PairList<String, Object> params) {
        return fc.forward(ps, trunk.forward(ps, inputs, training, params), training, params);
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType,
            Shape... inputShapes) {
        trunk.initialize(manager, dataType, inputShapes);
        fc.initialize(manager, dataType, trunk.getOutputShapes(inputShapes));
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        return fc.getOutputShapes(trunk.getOutputShapes(inputShapes));
    }
}
