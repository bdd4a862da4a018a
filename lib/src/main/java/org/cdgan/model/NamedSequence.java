package org.cdgan.model;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Block;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

/**
 * Child blocks applied one after the other, each under a name of the caller's choosing (DJL's
 * {@code SequentialBlock} names its children by type), so parameter paths can follow another
 * framework's module names: {@code layer1.0} and {@code downsample.1} in torchvision's ResNet.
 */
public class NamedSequence extends AbstractBlock {

    /** An empty sequence; add children with {@link #add}. */
    public NamedSequence() {
    }

    /**
     * Appends a child block.
     *
     * @param name the child's name in parameter paths
     * @param block the block
     * @return this sequence
     */
    public NamedSequence add(String name, Block block) {
        addChildBlock(name, block);
        return this;
    }

    @Override
    protected NDList forwardInternal(ParameterStore parameterStore, NDList inputs,
            boolean training, PairList<String, Object> params) {
        NDList x = inputs;
        for (Block child : children.values()) {
            x = child.forward(parameterStore, x, training, params);
        }
        return x;
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType,
            Shape... inputShapes) {
        Shape[] shapes = inputShapes;
        for (Block child : children.values()) {
            child.initialize(manager, dataType, shapes);
            shapes = child.getOutputShapes(shapes);
        }
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        Shape[] shapes = inputShapes;
        for (Block child : children.values()) {
            shapes = child.getOutputShapes(shapes);
        }
        return shapes;
    }
}
