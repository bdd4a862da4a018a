package org.cdgan.model;

import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.util.Pair;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The networks of CD-GAN, in two sides that train in turns.
 *
 * <p>The generator side is {@code E_e}, {@code E_f}, {@code C_e} and {@code G_d}
 * ({@code x' = G_d(E_e(x_e), E_f(x_f))}); the discriminator side is {@code D_f} and
 * {@code D_e}. Each network has a fixed name ({@link #EXPRESSION_ENCODER} ...), and a parameter's
 * full name is {@code network/djlPath}: the key of optimiser state and checkpoints.
 */
public final class CdGan {

    /** Name of {@code E_e}. */
    public static final String EXPRESSION_ENCODER = "expressionEncoder";
    /** Name of {@code E_f}. */
    public static final String IDENTITY_ENCODER = "identityEncoder";
    /** Name of {@code C_e}. */
    public static final String FER_HEAD = "ferHead";
    /** Name of {@code G_d}. */
    public static final String DECODER = "decoder";
    /** Name of {@code D_f}. */
    public static final String IDENTITY_DISCRIMINATOR = "identityDiscriminator";
    /** Name of {@code D_e}. */
    public static final String EXPRESSION_DISCRIMINATOR = "expressionDiscriminator";

    private final int imageSize;
    private final int channels;
    private final int noiseDim;
    private final ExpressionEncoder expressionEncoder;
    private final IdentityEncoder identityEncoder;
    private final FerHead ferHead;
    private final Decoder decoder;
    private final IdentityDiscriminator identityDiscriminator;
    private final ExpressionDiscriminator expressionDiscriminator;

    /**
     * @param imageSize {@code S}
     * @param channels 1 or 3
     * @param classes K expression classes
     * @param identities N identities of the identity set
     * @param decoderStages {@code u}, upsampling stages of {@code G_d}
     * @param noiseDim length of the decoder's noise input, 0 for none
     */
    public CdGan(int imageSize, int channels, int classes, int identities, int decoderStages,
            int noiseDim) {
        this.imageSize = imageSize;
        this.channels = channels;
        this.noiseDim = noiseDim;
        expressionEncoder = new ExpressionEncoder(channels);
        identityEncoder = new IdentityEncoder(channels);
        ferHead = new FerHead(classes);
        decoder = new Decoder(imageSize, channels, decoderStages, ResNetTrunk.FEATURES, noiseDim);
        identityDiscriminator = new IdentityDiscriminator(channels, identities);
        expressionDiscriminator = new ExpressionDiscriminator(channels, classes);
    }

    /**
     * Creates every parameter in {@code manager} with each network's own initialiser.
     *
     * @param manager the manager that owns the parameters for the model's life
     */
    public void initialize(NDManager manager) {
        Shape image = new Shape(2, channels, imageSize, imageSize);
        Shape code = new Shape(2, ResNetTrunk.FEATURES);
        expressionEncoder.initialize(manager, DataType.FLOAT32, image);
        identityEncoder.initialize(manager, DataType.FLOAT32, image);
        ferHead.initialize(manager, DataType.FLOAT32, code);
        decoder.initialize(manager, DataType.FLOAT32, new Shape(2, decoder.inputDim()));
        identityDiscriminator.initialize(manager, DataType.FLOAT32, image);
        expressionDiscriminator.initialize(manager, DataType.FLOAT32, image);
    }

    /** {@code E_e}. */
    public ExpressionEncoder expressionEncoder() {
        return expressionEncoder;
    }

    /** {@code E_f}. */
    public IdentityEncoder identityEncoder() {
        return identityEncoder;
    }

    /** {@code C_e}. */
    public FerHead ferHead() {
        return ferHead;
    }

    /** {@code G_d}. */
    public Decoder decoder() {
        return decoder;
    }

    /** {@code D_f}. */
    public IdentityDiscriminator identityDiscriminator() {
        return identityDiscriminator;
    }

    /** {@code D_e}. */
    public ExpressionDiscriminator expressionDiscriminator() {
        return expressionDiscriminator;
    }

    /** The image side {@code S}. */
    public int imageSize() {
        return imageSize;
    }

    /** Image channels. */
    public int channels() {
        return channels;
    }

    /** Length of the decoder's noise input. */
    public int noiseDim() {
        return noiseDim;
    }

    /** The generator side by name: {@code E_e}, {@code E_f}, {@code C_e}, {@code G_d}. */
    public Map<String, Block> generator() {
        Map<String, Block> side = new LinkedHashMap<>();
        side.put(EXPRESSION_ENCODER, expressionEncoder);
        side.put(IDENTITY_ENCODER, identityEncoder);
        side.put(FER_HEAD, ferHead);
        side.put(DECODER, decoder);
        return Collections.unmodifiableMap(side);
    }

    /** The discriminator side by name: {@code D_f}, {@code D_e}. */
    public Map<String, Block> discriminators() {
        Map<String, Block> side = new LinkedHashMap<>();
        side.put(IDENTITY_DISCRIMINATOR, identityDiscriminator);
        side.put(EXPRESSION_DISCRIMINATOR, expressionDiscriminator);
        return Collections.unmodifiableMap(side);
    }

    /** Every network by name, generator side first. */
    public Map<String, Block> networks() {
        Map<String, Block> all = new LinkedHashMap<>(generator());
        all.putAll(discriminators());
        return Collections.unmodifiableMap(all);
    }

    /**
     * The parameters of some networks under their full names {@code network/djlPath},
     * batch-norm running statistics included.
     *
     * @param side networks by name, such as {@link #generator()}
     * @return the parameters in a stable order
     */
    public static Map<String, Parameter> parameters(Map<String, Block> side) {
        Map<String, Parameter> named = new LinkedHashMap<>();
        for (Map.Entry<String, Block> net : side.entrySet()) {
            for (Pair<String, Parameter> p : net.getValue().getParameters()) {
                named.put(net.getKey() + "/" + p.getKey(), p.getValue());
            }
        }
        return named;
    }
}
