package org.cdgan.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.util.Pair;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.cdgan.io.AtomicFiles;

/**
 * Adam (Kingma and Ba, 2015) with its state kept under parameter names, so it can be saved with
 * a checkpoint and resumed exactly (DJL's own {@code Adam} keys its state by random parameter
 * ids that change with every run). For a gradient {@code g} at step {@code t}:
 *
 * <pre>
 *   m = beta1 m + (1 - beta1) g          v = beta2 v + (1 - beta2) g^2
 *   w = w - lr (m / (1 - beta1^t)) / (sqrt(v / (1 - beta2^t)) + eps)
 * </pre>
 *
 * <p>as PyTorch's {@code torch.optim.Adam} (weight decay, when set, is added to the gradient).
 * Before use, {@link #bind(Block)} tells it the names of a block's parameters; the names are
 * DJL's parameter paths, stable from one run to the next.
 */
public final class NamedAdam extends Optimizer {

    /** The article's learning rate. */
    public static final float DEFAULT_LEARNING_RATE = 1e-4f;

    /** The usual classifier betas (the baseline). */
    public static final float[] CLASSIFIER_BETAS = {0.9f, 0.999f};

    /** The GAN betas of method.md. */
    public static final float[] GAN_BETAS = {0.5f, 0.999f};

    private static final String MAGIC = "cdgan-named-adam";
    private static final int FORMAT = 1;

    private float learningRate;
    private final float beta1;
    private final float beta2;
    private final float epsilon;
    private final Map<String, String> idToName = new HashMap<>();
    private final Map<String, NDArray> first = new LinkedHashMap<>();
    private final Map<String, NDArray> second = new LinkedHashMap<>();
    private final Map<String, Integer> steps = new LinkedHashMap<>();
    private final Map<String, Saved> pending = new HashMap<>();

    /** A moment pair read from a file, waiting for its parameter's first update. */
    private record Saved(Shape shape, float[] m, float[] v) {
    }

    private NamedAdam(Builder builder) {
        super(builder);
        this.learningRate = builder.learningRate;
        this.beta1 = builder.beta1;
        this.beta2 = builder.beta2;
        this.epsilon = builder.epsilon;
    }

    /** A builder with lr 1e-4, betas 0.9/0.999, eps 1e-8. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Learns the names of a block's parameters (its DJL parameter paths).
     *
     * @return this optimiser
     */
    public NamedAdam bind(Block block) {
        return bind("", block);
    }

    /**
     * Learns the names of a block's parameters, each prefixed with {@code prefix}, for one
     * optimiser over several blocks.
     *
     * @return this optimiser
     */
    public NamedAdam bind(String prefix, Block block) {
        for (Pair<String, Parameter> p : block.getParameters()) {
            String name = prefix + p.getKey();
            if (idToName.containsValue(name) && !name.equals(idToName.get(p.getValue()
                    .getId()))) {
                throw new IllegalArgumentException("two parameters named " + name
                        + "; bind each block under its own prefix");
            }
            idToName.put(p.getValue().getId(), name);
        }
        return this;
    }

    @Override
    public void update(String parameterId, NDArray weight, NDArray grad) {
        String name = idToName.get(parameterId);
        if (name == null) {
            throw new IllegalStateException("NamedAdam does not know parameter " + parameterId
                    + "; call bind(block) with the block being trained");
        }
        GradMode.off(); // an in-place update of a leaf must not be recorded, on any thread
        int t = steps.merge(name, 1, Integer::sum);
        NDArray m = moment(first, name, weight, true);
        NDArray v = moment(second, name, weight, false);
        pending.remove(name);
        try (NDScope scope = new NDScope()) {
            scope.suppressNotUsedWarning();
            NDArray g = grad.mul(rescaleGrad);
            if (clipGrad > 0) {
                g = g.clip(-clipGrad, clipGrad);
            }
            float wd = getWeightDecay();
            if (wd > 0) {
                g = g.add(weight.mul(wd));
            }
            m.muli(beta1).addi(g.mul(1 - beta1));
            v.muli(beta2).addi(g.square().muli(1 - beta2));
            double correction1 = 1 - Math.pow(beta1, t);
            double correction2 = 1 - Math.pow(beta2, t);
            NDArray denominator = v.div(correction2).sqrt().addi(epsilon);
            weight.subi(m.div(denominator).muli(learningRate / correction1));
        }
    }

    private NDArray moment(Map<String, NDArray> moments, String name, NDArray weight,
            boolean firstMoment) {
        NDArray a = moments.get(name);
        if (a == null) {
            Saved saved = pending.get(name);
            if (saved != null) {
                if (!saved.shape().equals(weight.getShape())) {
                    throw new IllegalStateException("saved Adam state of " + name + " has shape "
                            + saved.shape() + " but the parameter has " + weight.getShape());
                }
                NDManager manager = weight.getManager();
                a = manager.create(firstMoment ? saved.m() : saved.v(), saved.shape());
            } else {
                a = weight.zerosLike();
            }
            a.setName(name);
            moments.put(name, a);
        }
        return a;
    }

    /** The learning rate. */
    public float learningRate() {
        return learningRate;
    }

    /** Changes the learning rate (for a schedule). */
    public void setLearningRate(float lr) {
        this.learningRate = lr;
    }

    /** beta1, the decay of the first moment. */
    public float beta1() {
        return beta1;
    }

    /** beta2, the decay of the second moment. */
    public float beta2() {
        return beta2;
    }

    /** The number of updates made to the named parameter (0 before the first). */
    public int steps(String name) {
        return steps.getOrDefault(name, 0);
    }

    /** The first moment of the named parameter, or {@code null} before its first update. */
    public float[] firstMoment(String name) {
        NDArray m = first.get(name);
        return m != null ? m.toFloatArray() : pending.containsKey(name)
                ? pending.get(name).m().clone() : null;
    }

    /** The second moment of the named parameter, or {@code null} before its first update. */
    public float[] secondMoment(String name) {
        NDArray v = second.get(name);
        return v != null ? v.toFloatArray() : pending.containsKey(name)
                ? pending.get(name).v().clone() : null;
    }

    /** Writes the state (step counts and both moments of every parameter) atomically. */
    public void save(Path file) throws IOException {
        AtomicFiles.write(file, this::save);
    }

    /** Writes the state to a stream. */
    public void save(OutputStream stream) throws IOException {
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(stream));
        out.writeUTF(MAGIC);
        out.writeInt(FORMAT);
        out.writeFloat(learningRate);
        out.writeFloat(beta1);
        out.writeFloat(beta2);
        out.writeFloat(epsilon);
        out.writeInt(steps.size());
        for (Map.Entry<String, Integer> e : steps.entrySet()) {
            String name = e.getKey();
            float[] m = firstMoment(name);
            float[] v = secondMoment(name);
            Shape shape = first.containsKey(name) ? first.get(name).getShape()
                    : pending.get(name).shape();
            out.writeUTF(name);
            out.writeInt(e.getValue());
            out.writeInt(shape.dimension());
            for (long d : shape.getShape()) {
                out.writeLong(d);
            }
            writeFloats(out, m);
            writeFloats(out, v);
        }
        out.flush();
    }

    /**
     * Replaces the state with one saved by {@link #save(Path)}; the moments are put in place at
     * each parameter's next update (so the parameters need not exist yet).
     *
     * @throws IOException when the file is not an optimiser state or is cut short
     */
    public void load(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            load(in, file.toString());
        }
    }

    /** Reads a state from a stream; {@code source} names it in errors. */
    public void load(InputStream stream, String source) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(stream));
        if (!MAGIC.equals(in.readUTF()) || in.readInt() != FORMAT) {
            throw new IOException(source + ": not a NamedAdam state file");
        }
        learningRate = in.readFloat();
        if (in.readFloat() != beta1 || in.readFloat() != beta2 || in.readFloat() != epsilon) {
            throw new IOException(source + ": saved with other Adam betas or epsilon");
        }
        for (NDArray a : first.values()) {
            a.close();
        }
        for (NDArray a : second.values()) {
            a.close();
        }
        first.clear();
        second.clear();
        steps.clear();
        pending.clear();
        int count = in.readInt();
        for (int i = 0; i < count; i++) {
            String name = in.readUTF();
            int step = in.readInt();
            long[] dims = new long[in.readInt()];
            for (int d = 0; d < dims.length; d++) {
                dims[d] = in.readLong();
            }
            Shape shape = new Shape(dims);
            float[] m = readFloats(in, shape.size());
            float[] v = readFloats(in, shape.size());
            steps.put(name, step);
            pending.put(name, new Saved(shape, m, v));
        }
    }

    private static void writeFloats(DataOutputStream out, float[] a) throws IOException {
        for (float f : a) {
            out.writeFloat(f);
        }
    }

    private static float[] readFloats(DataInputStream in, long n) throws IOException {
        float[] a = new float[Math.toIntExact(n)];
        for (int i = 0; i < a.length; i++) {
            a[i] = in.readFloat();
        }
        return a;
    }

    /** Builds a {@link NamedAdam}. */
    public static final class Builder extends OptimizerBuilder<Builder> {

        private float learningRate = DEFAULT_LEARNING_RATE;
        private float beta1 = CLASSIFIER_BETAS[0];
        private float beta2 = CLASSIFIER_BETAS[1];
        private float epsilon = 1e-8f;

        private Builder() {
        }

        @Override
        protected Builder self() {
            return this;
        }

        /** The learning rate; default 1e-4. */
        public Builder optLearningRate(float lr) {
            this.learningRate = lr;
            return this;
        }

        /** beta1 and beta2; default 0.9 and 0.999 (the GAN uses 0.5 and 0.999). */
        public Builder optBetas(float b1, float b2) {
            this.beta1 = b1;
            this.beta2 = b2;
            return this;
        }

        /** epsilon; default 1e-8. */
        public Builder optEpsilon(float eps) {
            this.epsilon = eps;
            return this;
        }

        /** The optimiser. */
        public NamedAdam build() {
            return new NamedAdam(this);
        }
    }
}
