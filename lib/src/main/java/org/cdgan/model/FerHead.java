package org.cdgan.model;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.nn.core.Linear;
import ai.djl.training.ParameterStore;
import ai.djl.training.initializer.XavierInitializer;
import ai.djl.util.PairList;

/**
 * The FER head {@code C_e} of CD-GAN: a linear layer 512 -> K on the expression code,
 * {@code logits = W e_e + b}; softmax is left to the loss and to prediction.
 */
public final class FerHead extends AbstractBlock {

    private final Block fc;
    private final int classes;

    /**
     * @param classes the number K of expression classes
     */
    public FerHead(int classes) {
        this.classes = classes;
        fc = addChildBlock("fc", Linear.builder().setUnits(classes).build());
        fc.setInitializer(new XavierInitializer(), Parameter.Type.WEIGHT);
    }

    /** The number of classes K. */
    public int classes() {
        return classes;
    }

    @Override
    protected NDList forwardInternal(ParameterStore ps, NDList inputs, boolean training,
            PairList<String, Object> params) {
        return fc.forward(ps, inputs, training, params);
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType,
            Shape... inputShapes) {
        fc.initialize(manager, dataType, inputShapes);
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        return fc.getOutputShapes(inputShapes);
    }
}
