package org.cdgan.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Activation;
import ai.djl.nn.Block;
import ai.djl.nn.LambdaBlock;
import ai.djl.nn.Parameter;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.nn.core.Linear;
import ai.djl.nn.norm.BatchNorm;
import ai.djl.training.ParameterStore;
import ai.djl.training.initializer.XavierInitializer;
import ai.djl.util.PairList;

/**
 * The decoder {@code G_d} of CD-GAN: from an expression code and an identity code to a face.
 *
 * <pre>
 * x' = tanh(conv3x3(up_u(... up_1(relu(bn(reshape(fc([e_e, e_f, n]))))))))
 * up_i = relu(bn(convTranspose4x4 stride 2))   each stage doubles the side
 * </pre>
 *
 * <p>The fc layer maps the 1024-d concatenation (plus {@code noiseDim} noise values, 0 by
 * default) to a {@code base x (S/2^u) x (S/2^u)} map; stage {@code i} halves the channel count
 * (not below 32); a 3 x 3 convolution gives the image channels and tanh puts pixels in
 * [-1, 1], the range of the preprocessed real images.
 */
public final class Decoder extends AbstractBlock {

    /** Channels of the first map, halved at each stage. */
    static final int BASE_WIDTH = 512;
    /** The narrowest stage. */
    static final int MIN_WIDTH = 32;

    private final int imageSize;
    private final int channels;
    private final int stages;
    private final int inputDim;
    private final int side;
    private final Block fc;
    private final Block fcNorm;
    private final Block upsampling;
    private final Block toImage;

    /**
     * @param imageSize {@code S}, a multiple of {@code 2^stages}
     * @param channels image channels (1 grey or 3 colour)
     * @param stages {@code u}, the number of x2 upsampling stages
     * @param codeDim the length of each code (512 for ResNet-18)
     * @param noiseDim the length of the noise input {@code n}; 0 drops it
     */
    public Decoder(int imageSize, int channels, int stages, int codeDim, int noiseDim) {
        if (stages < 1 || imageSize % (1 << stages) != 0) {
            throw new IllegalArgumentException("decoder image size " + imageSize
                    + " must be a multiple of 2^" + stages + " (its upsampling stages)");
        }
        this.imageSize = imageSize;
        this.channels = channels;
        this.stages = stages;
        this.inputDim = 2 * codeDim + noiseDim;
        this.side = imageSize >> stages;
        fc = addChildBlock("fc",
                Linear.builder().setUnits((long) BASE_WIDTH * side * side).build());
        fcNorm = addChildBlock("fcNorm", BatchNorm.builder().build());
        NamedSequence up = new NamedSequence();
        for (int i = 1; i <= stages; i++) {
            up.add("stage" + i, new NamedSequence()
                    .add("deconv", new TransposedConvolution(width(i - 1), width(i)))
                    .add("bn", BatchNorm.builder().build())
                    .add("relu", new LambdaBlock(Activation::relu)));
        }
        upsampling = addChildBlock("upsampling", up);
        toImage = addChildBlock("toImage", Conv2d.builder().setKernelShape(new Shape(3, 3))
                .optPadding(new Shape(1, 1)).setFilters(channels).build());
        setInitializer(new XavierInitializer(), Parameter.Type.WEIGHT);
    }

    /** Channels after stage {@code i} (1-based); stage 0 is the fc map. */
    private static int width(int i) {
        return Math.max(BASE_WIDTH >> i, MIN_WIDTH);
    }

    /** The length of the input vector: two codes and the noise. */
    public int inputDim() {
        return inputDim;
    }

    /** The side {@code S} of the images made. */
    public int imageSize() {
        return imageSize;
    }

    @Override
    protected NDList forwardInternal(ParameterStore store, NDList inputs, boolean training,
            PairList<String, Object> params) {
        NDArray codes = inputs.singletonOrThrow();
        long batch = codes.getShape().get(0);
        NDArray h = fc.forward(store, new NDList(codes), training).singletonOrThrow();
        h = h.reshape(batch, BASE_WIDTH, side, side);
        h = fcNorm.forward(store, new NDList(h), training).singletonOrThrow();
        h = Activation.relu(h);
        h = upsampling.forward(store, new NDList(h), training).singletonOrThrow();
        h = toImage.forward(store, new NDList(h), training).singletonOrThrow();
        return new NDList(h.tanh());
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        return new Shape[] {new Shape(inputShapes[0].get(0), channels, imageSize, imageSize)};
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType,
            Shape... inputShapes) {
        long batch = inputShapes[0].get(0);
        fc.initialize(manager, dataType, new Shape(batch, inputDim));
        Shape map = new Shape(batch, BASE_WIDTH, side, side);
        fcNorm.initialize(manager, dataType, map);
        upsampling.initialize(manager, dataType, map);
        toImage.initialize(manager, dataType,
                new Shape(batch, width(stages), imageSize, imageSize));
    }
}
