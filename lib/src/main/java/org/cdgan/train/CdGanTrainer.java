package org.cdgan.train;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.training.GradientCollector;
import ai.djl.training.ParameterStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.cdgan.data.FaceDataset;
import org.cdgan.data.Seeds;
import org.cdgan.eval.ConfusionMatrix;
import org.cdgan.eval.Metrics;
import org.cdgan.eval.RunReport;
import org.cdgan.io.AtomicFiles;
import org.cdgan.loss.AdversarialClassificationLoss;
import org.cdgan.loss.CrossEntropy;
import org.cdgan.loss.DiscriminatorLoss;
import org.cdgan.loss.FeatureConsistencyLoss;
import org.cdgan.loss.SupervisedContrastiveLoss;
import org.cdgan.model.CdGan;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Alternating adversarial training of CD-GAN (method.md), one code path for the four variants.
 *
 * <p>Each batch of B expression images {@code x_e} (an epoch is one pass over the expression
 * set in a shuffled order; a last partial batch is dropped) gets B identity images {@code x_f}
 * drawn uniformly with replacement. It runs one discriminator step, then one generator step
 * that recomputes {@code x' = G_d(E_e(x_e), E_f(x_f))} with the updated networks:
 *
 * <ul>
 *   <li>discriminator step: {@code L_D = L_Df + L_De} updates {@code D_f}, {@code D_e};</li>
 *   <li>generator step: {@code L_G = lambda_C L_C + lambda_CL L_CL + lambda_F L_F + L_cls}
 *       updates {@code E_e}, {@code E_f}, {@code C_e}, {@code G_d}.</li>
 * </ul>
 *
 * <p>Batch norm: the side that trains runs in training mode (real and generated images in
 * separate forward passes, so its statistics mix both); the other side runs in inference mode,
 * using and never changing its running statistics. In the discriminator step {@code x'} is made
 * outside the gradient recording, so no gradient reaches the generator; in the generator step
 * gradients pass through the discriminators to {@code x'} and also land on the discriminators'
 * parameters, so every step first calls {@link GradientCollector#zeroGradients()}, and each
 * optimiser updates only its own side. Neither step changes the other side's parameters.
 *
 * <p>Pseudo-labels: an expression image's identity is its subject id when the expression set
 * has them, otherwise the kNN vote over an {@code E_f} bank of the identity set rebuilt at the
 * start of each epoch; an identity image's expression is {@code argmax C_e(E_e(x_f))} of the
 * current step. Each step's arrays live in an {@link NDScope} closed at its end.
 */
public final class CdGanTrainer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(CdGanTrainer.class);
    private static final long EXPRESSION_NAMESPACE = 1L << 32;
    private static final long IDENTITY_NAMESPACE = 2L << 32;
    /** The per-epoch loss and metric history in the run folder. */
    public static final String HISTORY = "history.csv";

    private final CdGanConfig config;
    private final FaceDataset expressions;
    private final FaceDataset identities;
    private final FaceDataset test;
    private final Path runDir;
    private final NDManager manager;
    private final ParameterStore store;
    private final CdGan gan;
    private final Map<String, Parameter> generatorParams;
    private final Map<String, Parameter> discriminatorParams;
    private final NamedAdam generatorAdam;
    private final NamedAdam discriminatorAdam;
    private final GanCheckpoint checkpoint;
    private final CrossEntropy crossEntropy = new CrossEntropy();
    private final DiscriminatorLoss discriminatorLoss = new DiscriminatorLoss();
    private final AdversarialClassificationLoss adversarialLoss =
            new AdversarialClassificationLoss();
    private final FeatureConsistencyLoss featureLoss = new FeatureConsistencyLoss();
    private final SupervisedContrastiveLoss contrastiveLoss;
    private final int channels;
    private final int size;
    private final List<String> history = new ArrayList<>();
    private KnnIdentityLabels knn;
    private int completedEpochs;
    private int epoch;
    private int step;

    /**
     * @param config the settings
     * @param expressions the expression training set (augmented), labels {@code y_e}
     * @param identities the identity set, labels {@code y_f}; the expression set itself for its
     *     own subject ids
     * @param test the expression test set for the FER head's metrics, or {@code null}
     * @param runDir where checkpoints, grids and metrics go
     */
    public CdGanTrainer(CdGanConfig config, FaceDataset expressions, FaceDataset identities,
            FaceDataset test, Path runDir) {
        this.config = config;
        this.expressions = expressions;
        this.identities = identities;
        this.test = test;
        this.runDir = runDir;
        this.channels = expressions.preprocessing().channels();
        this.size = expressions.preprocessing().size();
        if (identities.preprocessing().size() != size
                || identities.preprocessing().channels() != channels) {
            throw new IllegalArgumentException("expression and identity images must share size"
                    + " and channels, got " + expressions.preprocessing() + " and "
                    + identities.preprocessing());
        }
        if (identities.identities().isEmpty()) {
            throw new IllegalArgumentException("identity set " + identities.faces().name()
                    + " has no subject ids; use ORL or a set with ids");
        }
        if (count(expressions) < config.batchSize()) {
            throw new IllegalArgumentException("expression set has " + count(expressions)
                    + " images, fewer than one batch of " + config.batchSize());
        }
        contrastiveLoss = new SupervisedContrastiveLoss(config.temperature());
        manager = NDManager.newBaseManager();
        store = new ParameterStore(manager, false);
        Engine.getInstance().setRandomSeed((int) config.seed());
        gan = new CdGan(size, channels, expressions.classes().size(),
                identities.identities().size(), config.stagesFor(size), config.noiseDim());
        gan.initialize(manager);
        generatorParams = CdGan.parameters(trainedGenerator());
        discriminatorParams = CdGan.parameters(gan.discriminators());
        generatorAdam = optimiser(trainedGenerator());
        discriminatorAdam = optimiser(gan.discriminators());
        checkpoint = new GanCheckpoint(runDir);
        history.add(EpochReport.CSV_HEADER);
    }

    /**
     * The generator-side networks the variant trains: all four for the GAN variants, only
     * {@code E_e} and {@code C_e} for the baseline (the others get no gradient).
     */
    private Map<String, Block> trainedGenerator() {
        if (config.adversarial()) {
            return gan.generator();
        }
        Map<String, Block> side = new LinkedHashMap<>(gan.generator());
        side.remove(CdGan.IDENTITY_ENCODER);
        side.remove(CdGan.DECODER);
        return side;
    }

    /** Arrays alive in the trainer's manager: parameters, gradients, optimiser state. */
    public int liveArrays() {
        return manager.getManagedArrays().size();
    }

    private NamedAdam optimiser(Map<String, Block> side) {
        NamedAdam adam = NamedAdam.builder().optLearningRate(config.learningRate())
                .optBetas(config.beta1(), config.beta2()).build();
        side.forEach((name, block) -> adam.bind(name + "/", block));
        return adam;
    }

    /** The networks. */
    public CdGan gan() {
        return gan;
    }

    /** The settings. */
    public CdGanConfig config() {
        return config;
    }

    /** Epochs finished (and checkpointed) so far. */
    public int completedEpochs() {
        return completedEpochs;
    }

    /** The generator side's trained parameters by full name. */
    public Map<String, Parameter> generatorParameters() {
        return generatorParams;
    }

    /** The discriminator side's parameters by full name. */
    public Map<String, Parameter> discriminatorParameters() {
        return discriminatorParams;
    }

    /** Batches in one epoch. */
    public int batchesPerEpoch() {
        return count(expressions) / config.batchSize();
    }

    /**
     * Picks up the latest checkpoint in the run folder, if any.
     *
     * @return the epoch it was written after, 0 when there is none
     */
    public int resume() throws IOException {
        Path dir = checkpoint.latest();
        if (dir == null) {
            return 0;
        }
        List<String> saved = checkpoint.load(dir, gan, generatorAdam, discriminatorAdam);
        history.clear();
        history.addAll(saved);
        completedEpochs = saved.size() - 1;
        LOG.info("Resumed {} after epoch {}", runDir, completedEpochs);
        return completedEpochs;
    }

    /**
     * Trains until {@code epochs} epochs are done, starting after the latest checkpoint.
     * After each epoch: checkpoint, transfer grid {@code grid-epoch-NNN.png}, metrics line.
     *
     * @return the reports of the epochs run now
     * @throws NonFiniteLossException when a loss term is NaN or infinite
     */
    public List<EpochReport> fit(int epochs) throws IOException {
        resume();
        List<EpochReport> reports = new ArrayList<>();
        while (completedEpochs < epochs) {
            reports.add(trainEpoch());
        }
        return reports;
    }

    /** Runs one epoch and writes its checkpoint, grid and metrics. */
    public EpochReport trainEpoch() throws IOException {
        epoch = completedEpochs + 1;
        expressions.setEpoch(epoch);
        identities.setEpoch(epoch);
        if (!expressionsHaveIdentities()) {
            knn = identityBank();
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < count(expressions); i++) {
            order.add(i);
        }
        Collections.shuffle(order, new Random(pairSeed(config.seed(), epoch, -1)));
        long emptyBefore = contrastiveLoss.emptyBatches();
        double[] sums = new double[8];
        int anchors = 0;
        long start = System.nanoTime();
        long loading = 0;
        int batches = batchesPerEpoch();
        for (step = 1; step <= batches; step++) {
            long t0 = System.nanoTime();
            Pairs pairs = pairs(order.subList((step - 1) * config.batchSize(),
                    step * config.batchSize()), step);
            loading += System.nanoTime() - t0;
            StepLosses l = trainStep(pairs);
            float[] v = {l.lD(), l.lDf(), l.lDe(), l.lG(), l.lC(), l.lCL(), l.lF(), l.lCls()};
            for (int k = 0; k < v.length; k++) {
                sums[k] += v[k];
            }
            anchors += l.contrastiveAnchors();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        float n = batches;
        StepLosses mean = new StepLosses((float) (sums[0] / n), (float) (sums[1] / n),
                (float) (sums[2] / n), (float) (sums[3] / n), (float) (sums[4] / n),
                (float) (sums[5] / n), (float) (sums[6] / n), (float) (sums[7] / n),
                anchors / batches);
        int empty = (int) (contrastiveLoss.emptyBatches() - emptyBefore);
        ConfusionMatrix confusion = test == null ? null : evaluate(test);
        Metrics m = confusion == null ? null : confusion.metrics();
        double accuracy = m == null ? Double.NaN : m.accuracy();
        EpochReport report = new EpochReport(epoch, batches, mean, empty, accuracy,
                m == null ? Double.NaN : m.meanClassAccuracy(),
                m == null ? Double.NaN : m.macroF1(), seconds, loading / 1e9);
        history.add(report.csv());
        checkpoint.save(epoch, gan, generatorAdam, discriminatorAdam, history);
        completedEpochs = epoch;
        writeOutputs(confusion);
        LOG.info("epoch {} ({}): L_D {} L_G {} L_C {} L_CL {} L_F {} L_cls {} test acc {}"
                + " ({} s, {} empty L_CL batches)", epoch, config.variant().label(),
                mean.lD(), mean.lG(), mean.lC(), mean.lCL(), mean.lF(), mean.lCls(), accuracy,
                String.format(java.util.Locale.ROOT, "%.1f", seconds), empty);
        return report;
    }

    /** One discriminator step (for the GAN variants) and one generator step. */
    public StepLosses trainStep(Pairs pairs) {
        GradMode.off(); // PyTorch records gradients only inside the steps' collectors
        StepLosses d = config.adversarial() ? discriminatorStep(pairs)
                : StepLosses.discriminator(0, 0);
        return d.withGenerator(generatorStep(pairs));
    }

    /**
     * The discriminator step: {@code L_D = CE(D_f(x_f), y_f) + CE(D_f(x'), generated)
     * + CE(D_e(x_e), y_e)}, with {@code x'} made by the generator side in inference mode and
     * detached; updates {@code D_f} and {@code D_e} only.
     */
    public StepLosses discriminatorStep(Pairs p) {
        float lDf;
        float lDe;
        try (NDScope scope = new NDScope()) {
            scope.suppressNotUsedWarning();
            NDArray xE = images(p.expressionImages(), p.size());
            NDArray xF = images(p.identityImages(), p.size());
            NDArray fake = synthesise(xE, xF, false).stopGradient();
            try (GradientCollector gc = Engine.getInstance().newGradientCollector()) {
                gc.zeroGradients();
                NDArray realF = run(gan.identityDiscriminator(), xF, true);
                NDArray fakeF = run(gan.identityDiscriminator(), fake, true);
                NDArray realE = run(gan.expressionDiscriminator(), xE, true);
                NDArray termF = discriminatorLoss.identityTerm(realF,
                        manager.create(p.identities()), fakeF);
                NDArray termE = discriminatorLoss.expressionTerm(realE,
                        manager.create(p.expressions()));
                lDf = finite("L_Df", termF);
                lDe = finite("L_De", termE);
                gc.backward(termF.add(termE));
            }
        }
        update(discriminatorAdam, discriminatorParams);
        return StepLosses.discriminator(lDf, lDe);
    }

    /**
     * The generator step: {@code L_G = lambda_C L_C + lambda_CL L_CL + lambda_F L_F + L_cls}
     * (terms of weight 0 are not computed), with the discriminators in inference mode; updates
     * {@code E_e}, {@code E_f}, {@code C_e} and {@code G_d} only.
     */
    public StepLosses generatorStep(Pairs p) {
        float lC = 0;
        float lCL = 0;
        float lF = 0;
        float lCls;
        float lG;
        int anchors = 0;
        try (NDScope scope = new NDScope()) {
            scope.suppressNotUsedWarning();
            NDArray xE = images(p.expressionImages(), p.size());
            NDArray xF = images(p.identityImages(), p.size());
            NDArray yE = manager.create(p.expressions());
            long[] expressionIds = expressionIdentities(p, xE);
            try (GradientCollector gc = Engine.getInstance().newGradientCollector()) {
                gc.zeroGradients();
                NDArray eE = run(gan.expressionEncoder(), xE, true);
                NDArray cls = crossEntropy.compute(run(gan.ferHead(), eE, true), yE);
                lCls = finite("L_cls", cls);
                NDArray total = cls.mul((float) config.lambdaCls());
                if (config.adversarial()) {
                    NDArray eF = run(gan.identityEncoder(), xF, true);
                    NDArray fake = run(gan.decoder(), decoderInput(eE, eF), true);
                    if (config.lambdaC() > 0) {
                        NDArray c = adversarialLoss.compute(
                                run(gan.identityDiscriminator(), fake, false),
                                manager.create(p.identities()),
                                run(gan.expressionDiscriminator(), fake, false), yE);
                        lC = finite("L_C", c);
                        total = total.add(c.mul((float) config.lambdaC()));
                    }
                    if (config.lambdaF() > 0) {
                        NDArray f = featureLoss.compute(run(gan.expressionEncoder(), fake, true),
                                eE, run(gan.identityEncoder(), fake, true), eF);
                        lF = finite("L_F", f);
                        total = total.add(f.mul((float) config.lambdaF()));
                    }
                }
                if (config.lambdaCL() > 0) {
                    NDArray zF = run(gan.expressionEncoder(), xF, true);
                    // y_ef = argmax C_e(E_e(x_f)), the current FER head's label, no gradient
                    long[] yEF = run(gan.ferHead(), zF, true).stopGradient().argMax(1)
                            .toType(DataType.INT64, false).toLongArray();
                    SupervisedContrastiveLoss.Result r = contrastiveLoss.compute(
                            NDArrays.concat(new NDList(eE, zF)),
                            concat(p.expressions(), yEF), concat(expressionIds, p.identityIds()));
                    lCL = finite("L_CL", r.value());
                    anchors = r.anchors();
                    total = total.add(r.value().mul((float) config.lambdaCL()));
                }
                lG = finite("L_G", total);
                gc.backward(total);
            }
        }
        update(generatorAdam, generatorParams);
        return new StepLosses(0, 0, 0, lG, lC, lCL, lF, lCls, anchors);
    }

    /** {@code x' = G_d(E_e(x_e), E_f(x_f))} with the generator side in the given mode. */
    private NDArray synthesise(NDArray xE, NDArray xF, boolean training) {
        NDArray eE = run(gan.expressionEncoder(), xE, training);
        NDArray eF = run(gan.identityEncoder(), xF, training);
        return run(gan.decoder(), decoderInput(eE, eF), training);
    }

    private NDArray decoderInput(NDArray eE, NDArray eF) {
        NDList parts = new NDList(eE, eF);
        if (config.noiseDim() > 0) {
            parts.add(manager.randomNormal(new Shape(eE.getShape().get(0), config.noiseDim())));
        }
        return NDArrays.concat(parts, 1);
    }

    private NDArray run(Block block, NDArray x, boolean training) {
        return block.forward(store, new NDList(x), training).singletonOrThrow();
    }

    private NDArray images(float[] pixels, int batch) {
        return manager.create(pixels, new Shape(batch, channels, size, size));
    }

    /** Adam on one side's trainable parameters; gradient handles are closed after use. */
    private static void update(NamedAdam adam, Map<String, Parameter> side) {
        for (Parameter p : side.values()) {
            if (!p.requiresGradient()) {
                continue;
            }
            NDArray w = p.getArray();
            try (NDArray g = w.getGradient()) {
                adam.update(p.getId(), w, g);
            }
        }
    }

    private float finite(String term, NDArray value) {
        float v = value.getFloat();
        if (!Float.isFinite(v)) {
            throw new NonFiniteLossException(term, v, epoch, step);
        }
        return v;
    }

    private boolean expressionsHaveIdentities() {
        for (int i = 0; i < count(expressions); i++) {
            if (expressions.identityIndex(i) < 0) {
                return false;
            }
        }
        return true;
    }

    /** Global ids of the expression images: their own, or kNN pseudo-ids in the identity set. */
    private long[] expressionIdentities(Pairs p, NDArray xE) {
        long[] ids = p.expressionIdentities().clone();
        for (int i = 0; i < ids.length; i++) {
            if (ids[i] < 0) {
                ids = knnIdentities(xE, ids);
                break;
            }
        }
        return ids;
    }

    private long[] knnIdentities(NDArray xE, long[] ids) {
        float[] features = run(gan.identityEncoder(), xE, false).stopGradient().toFloatArray();
        int d = features.length / ids.length;
        long[] out = ids.clone();
        for (int i = 0; i < ids.length; i++) {
            if (out[i] < 0) {
                float[] f = new float[d];
                System.arraycopy(features, i * d, f, 0, d);
                out[i] = IDENTITY_NAMESPACE | knn.label(f);
            }
        }
        return out;
    }

    /** The {@code E_f} bank of the identity set, in inference mode. */
    private KnnIdentityLabels identityBank() {
        int n = count(identities);
        float[][] bank = new float[n][];
        int[] labels = new int[n];
        int b = config.batchSize();
        for (int start = 0; start < n; start += b) {
            int end = Math.min(n, start + b);
            float[] pixels = new float[(end - start) * channels * size * size];
            for (int i = start; i < end; i++) {
                float[] img = identities.image(i);
                System.arraycopy(img, 0, pixels, (i - start) * img.length, img.length);
                labels[i] = identities.identityIndex(i);
            }
            try (NDScope scope = new NDScope()) {
                scope.suppressNotUsedWarning();
                float[] f = run(gan.identityEncoder(), images(pixels, end - start), false)
                        .toFloatArray();
                int d = f.length / (end - start);
                for (int i = start; i < end; i++) {
                    bank[i] = new float[d];
                    System.arraycopy(f, (i - start) * d, bank[i], 0, d);
                }
            }
        }
        return new KnnIdentityLabels(bank, labels, config.neighbours());
    }

    /**
     * The pairs of one batch: the given expression images, and as many identity images drawn
     * uniformly with replacement by a generator seeded with (seed, epoch, batch).
     */
    public Pairs pairs(List<Integer> expressionSamples, int batch) {
        int b = expressionSamples.size();
        int pixels = channels * size * size;
        float[] xE = new float[b * pixels];
        float[] xF = new float[b * pixels];
        long[] yE = new long[b];
        long[] idsE = new long[b];
        long[] yF = new long[b];
        long[] idsF = new long[b];
        long ownNamespace = identities == expressions ? IDENTITY_NAMESPACE : EXPRESSION_NAMESPACE;
        Random draw = new Random(pairSeed(config.seed(), epoch, batch));
        for (int k = 0; k < b; k++) {
            int i = expressionSamples.get(k);
            System.arraycopy(expressions.image(i), 0, xE, k * pixels, pixels);
            yE[k] = expressions.expressionIndex(i);
            int own = expressions.identityIndex(i);
            idsE[k] = own < 0 ? -1 : ownNamespace | own;
            int j = draw.nextInt(count(identities));
            System.arraycopy(identities.image(j), 0, xF, k * pixels, pixels);
            yF[k] = identities.identityIndex(j);
            idsF[k] = IDENTITY_NAMESPACE | yF[k];
        }
        return new Pairs(xE, yE, idsE, xF, yF, idsF);
    }

    /** The pairs of batch {@code batch} (1-based) of epoch {@code e}, as training sees them. */
    public Pairs pairs(int e, int batch) {
        epoch = e;
        expressions.setEpoch(e);
        identities.setEpoch(e);
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < count(expressions); i++) {
            order.add(i);
        }
        Collections.shuffle(order, new Random(pairSeed(config.seed(), e, -1)));
        return pairs(order.subList((batch - 1) * config.batchSize(),
                batch * config.batchSize()), batch);
    }

    /** The FER head's predictions {@code argmax C_e(E_e(x))} on a set, in inference mode. */
    public int[] predict(FaceDataset set) {
        GradMode.off();
        int n = count(set);
        int[] out = new int[n];
        int b = config.batchSize();
        for (int start = 0; start < n; start += b) {
            int end = Math.min(n, start + b);
            float[] pixels = new float[(end - start) * channels * size * size];
            for (int i = start; i < end; i++) {
                float[] img = set.image(i);
                System.arraycopy(img, 0, pixels, (i - start) * img.length, img.length);
            }
            try (NDScope scope = new NDScope()) {
                scope.suppressNotUsedWarning();
                NDArray logits = run(gan.ferHead(),
                        run(gan.expressionEncoder(), images(pixels, end - start), false), false);
                long[] arg = logits.argMax(1).toType(DataType.INT64, false).toLongArray();
                for (int i = start; i < end; i++) {
                    out[i] = (int) arg[i - start];
                }
            }
        }
        return out;
    }

    /** The FER head's confusion matrix on a labelled set, over the expression set's classes. */
    public ConfusionMatrix evaluate(FaceDataset set) {
        int[] predicted = predict(set);
        int[] truth = new int[predicted.length];
        for (int i = 0; i < truth.length; i++) {
            truth[i] = set.expressionIndex(i);
        }
        ConfusionMatrix matrix = new ConfusionMatrix(expressions.classes());
        matrix.addAll(truth, predicted);
        return matrix;
    }

    /**
     * The epoch history ({@value #HISTORY}), the FER head's test report of foundation's
     * {@link RunReport} (metrics, confusion, run.json) and the transfer grid of the epoch.
     */
    private void writeOutputs(ConfusionMatrix confusion) throws IOException {
        Files.createDirectories(runDir);
        AtomicFiles.writeString(runDir.resolve(HISTORY), String.join("\n", history) + "\n");
        if (confusion != null) {
            Map<String, Object> extra = new LinkedHashMap<>();
            extra.put("epoch", epoch);
            extra.put("history", List.copyOf(history));
            RunReport.write(runDir, settings(), expressions.faces().fingerprint(), config.seed(),
                    confusion, extra);
        }
        if (config.adversarial()) {
            writeGrid(runDir.resolve(String.format(java.util.Locale.ROOT, "grid-epoch-%03d.png",
                    epoch)));
        }
    }

    /**
     * Writes the transfer grid: one expression image of each class (from the test set when
     * there is one) as columns, the first images of distinct identities as rows.
     */
    public void writeGrid(Path file) throws IOException {
        FaceDataset columnsFrom = test != null ? test : expressions;
        List<float[]> columns = new ArrayList<>();
        List<Integer> seenClass = new ArrayList<>();
        for (int i = 0; i < count(columnsFrom); i++) {
            int c = columnsFrom.expressionIndex(i);
            if (c >= 0 && !seenClass.contains(c)) {
                seenClass.add(c);
                columns.add(columnsFrom.image(i));
            }
        }
        FaceDataset rowsFrom = identities == expressions && test != null ? test : identities;
        List<float[]> rows = new ArrayList<>();
        List<Integer> seenId = new ArrayList<>();
        for (int i = 0; i < count(rowsFrom) && rows.size() < config.gridIdentities(); i++) {
            int id = rowsFrom.identityIndex(i);
            if (!seenId.contains(id)) {
                seenId.add(id);
                rows.add(rowsFrom.image(i));
            }
        }
        float[][][] cells = new float[rows.size()][columns.size()][];
        int pixels = channels * size * size;
        for (int r = 0; r < rows.size(); r++) {
            float[] xe = new float[columns.size() * pixels];
            float[] xf = new float[columns.size() * pixels];
            for (int c = 0; c < columns.size(); c++) {
                System.arraycopy(columns.get(c), 0, xe, c * pixels, pixels);
                System.arraycopy(rows.get(r), 0, xf, c * pixels, pixels);
            }
            try (NDScope scope = new NDScope()) {
                scope.suppressNotUsedWarning();
                float[] made = synthesise(images(xe, columns.size()),
                        images(xf, columns.size()), false).toFloatArray();
                for (int c = 0; c < columns.size(); c++) {
                    cells[r][c] = new float[pixels];
                    System.arraycopy(made, c * pixels, cells[r][c], 0, pixels);
                }
            }
        }
        TransferGrid.write(file, columns.toArray(new float[0][]), rows.toArray(new float[0][]),
                cells, channels, size);
    }

    /** Every setting by name, for the run record. */
    private Map<String, Object> settings() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("method", config.variant().label());
        s.put("lambdaC", config.lambdaC());
        s.put("lambdaCL", config.lambdaCL());
        s.put("lambdaF", config.lambdaF());
        s.put("lambdaCls", config.lambdaCls());
        s.put("temperature", config.temperature());
        s.put("neighbours", config.neighbours());
        s.put("learningRate", config.learningRate());
        s.put("betas", List.of(config.beta1(), config.beta2()));
        s.put("batchSize", config.batchSize());
        s.put("noiseDim", config.noiseDim());
        s.put("decoderStages", config.stagesFor(size));
        s.put("imageSize", size);
        s.put("channels", channels);
        s.put("expressionSet", expressions.faces().toString());
        s.put("identitySet", identities == expressions ? "own subject ids"
                : identities.faces().toString());
        s.put("identityFingerprint", identities.faces().fingerprint());
        return s;
    }

    private static int count(FaceDataset set) {
        return Math.toIntExact(set.size());
    }

    private static long[] concat(long[] a, long[] b) {
        long[] out = new long[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    /** The seed of an epoch's order (batch -1) or of one batch's identity draws. */
    private static long pairSeed(long seed, long epoch, long batch) {
        return Seeds.mix(seed, epoch, batch, 0x5DEECE66DL);
    }

    @Override
    public void close() {
        manager.close();
    }
}
