package org.cdgan.workbook;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import ai.djl.ndarray.NDManager;
import ai.djl.nn.Block;

import org.cdgan.data.Expression;
import org.cdgan.data.FaceDataset;
import org.cdgan.data.FaceRecord;
import org.cdgan.data.Preprocessing;
import org.cdgan.data.TrainTest;
import org.cdgan.eval.Embedding;
import org.cdgan.eval.LinearProbe;
import org.cdgan.model.CdGan;
import org.cdgan.train.BaselineConfig;
import org.cdgan.train.BaselineTrainer;
import org.cdgan.train.CdGanConfig;
import org.cdgan.train.CdGanTrainer;
import org.cdgan.train.Devices;
import org.cdgan.train.EpochReport;
import org.cdgan.train.EpochStats;
import org.cdgan.train.Variant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The experiments of the workbook on its one split (fold 1 of the expression set, cut to the
 * profile's limits): the trained models each notebook needs, reused from the output folder
 * when an earlier notebook made them under the same settings, and trained there and then
 * when not, so every notebook runs alone from a fresh kernel.
 */
public final class Experiments {

    /** The checkpoint file inside a model's artifact folder. */
    public static final String MODEL_FILE = "model.ckpt";

    private static final Logger LOG = LoggerFactory.getLogger(Experiments.class);

    private final WorkbookConfig config;
    private final WorkbookData data;
    private final Artifacts artifacts;
    private final TrainTest split;
    private FaceDataset train;
    private FaceDataset test;
    private FaceDataset identities;
    /** Arrays of transfer grids; lives as long as this object (a notebook session). */
    private NDManager scratch;

    /**
     * @param config the run's configuration
     * @param data the run's data
     * @param artifacts where models and results are kept
     */
    public Experiments(WorkbookConfig config, WorkbookData data, Artifacts artifacts)
            throws IOException {
        this.config = config;
        this.data = data;
        this.artifacts = artifacts;
        this.split = data.fold(1);
    }

    /** The configuration. */
    public WorkbookConfig config() {
        return config;
    }

    /** The data. */
    public WorkbookData data() {
        return data;
    }

    /** The artifacts. */
    public Artifacts artifacts() {
        return artifacts;
    }

    /** The split every notebook trains and tests on. */
    public TrainTest split() {
        return split;
    }

    /** The preprocessing of training images: the configured size, augmented. */
    public Preprocessing preprocessing() {
        return Preprocessing.defaults().withSize(config.imageSize())
                .withChannels(config.channels()).withSeed(config.seed());
    }

    /** The training images as a data set (decoded once, then cached). */
    public FaceDataset trainSet() throws IOException {
        if (train == null) {
            train = FaceDataset.builder().setFaces(split.train())
                    .optImages(data.expressionImages()).optPreprocessing(preprocessing())
                    .optClasses(data.expressions().classes())
                    .optShuffledBatches(config.batchSize(), false).build();
        }
        return train;
    }

    /** The test images as a data set, without augmentation, in order. */
    public FaceDataset testSet() throws IOException {
        if (test == null) {
            test = FaceDataset.builder().setFaces(split.test())
                    .optImages(data.expressionImages())
                    .optPreprocessing(preprocessing().evaluation())
                    .optClasses(data.expressions().classes())
                    .optOrderedBatches(config.batchSize()).build();
        }
        return test;
    }

    /** The baseline's settings: method.md's defaults with the run's epochs, seed, device. */
    public BaselineConfig baselineConfig() {
        return BaselineConfig.defaults().withEpochs(config.epochs())
                .withBatchSize(config.batchSize()).withSeed(config.seed())
                .withDevice(config.device());
    }

    /** What a baseline depends on: a different key trains it again. */
    public String baselineKey() {
        return String.format(Locale.ROOT, "baseline|%dpx|%dch|%dep|b%d|seed%d|%s|%s",
                config.imageSize(), config.channels(), config.epochs(), config.batchSize(),
                config.seed(), split.train().fingerprint(), split.test().fingerprint());
    }

    /**
     * The baseline ResNet-18 trained on the split: reused when an earlier notebook trained it
     * under the same settings, else trained now with {@code onEpoch} called after every
     * epoch (for live curves).
     *
     * @param onEpoch called with each epoch's figures while training; may be {@code null}
     * @return the trained baseline; its {@code history()} holds every epoch's figures. The
     *     caller closes it.
     */
    public BaselineTrainer baseline(Consumer<EpochStats> onEpoch) throws IOException {
        FaceDataset tr = trainSet();
        FaceDataset te = testSet();
        int k = data.expressions().classes().size();
        return artifacts.reuseOrMake("baseline", baselineKey(), dir -> {
            LOG.info("training the baseline: {} epochs on {} images", config.epochs(),
                    tr.size());
            try (BaselineTrainer t = new BaselineTrainer(baselineConfig(), config.channels(),
                    config.imageSize(), k, null)) {
                t.fit(tr, te, dir.resolve(MODEL_FILE), onEpoch);
            }
        }, dir -> new BaselineTrainer(baselineConfig(), config.channels(), config.imageSize(),
                k, dir.resolve(MODEL_FILE)));
    }

    /**
     * The codes an encoder gives the test images, labelled by expression: the points of a
     * t-SNE map.
     *
     * @param encoder an initialised encoder, such as the baseline's trunk or CD-GAN's E_e
     */
    public Embedding testCodes(Block encoder) throws IOException {
        FaceDataset te = testSet();
        double[][] codes = rawTestCodes(encoder);
        int[] labels = new int[codes.length];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = te.expressionIndex(i);
        }
        return new Embedding(codes, labels, data.expressions().classes()
                .stream().map(org.cdgan.data.Expression::label).toList());
    }

    /**
     * The codes an encoder gives the test images, in the order of {@code testSet()}'s
     * records.
     */
    public double[][] rawTestCodes(Block encoder) throws IOException {
        try (NDManager m = NDManager.newBaseManager(
                Devices.choose(config.device()))) {
            return CodeExtractor.codes(encoder, m, testSet());
        }
    }

    /**
     * The identity and expression leakage probes of an expression code and, when given, an
     * identity code, on the test images (see {@link LeakageProbe}).
     *
     * @param expressionEncoder E_e (or the baseline's trunk)
     * @param identityEncoder E_f, or {@code null} for a model without one
     * @return identity-from-E_e and, when E_f is given, expression-from-E_f results
     */
    public Map<String, LinearProbe.Result> leakage(
            Block expressionEncoder, Block identityEncoder)
            throws IOException {
        List<org.cdgan.data.FaceRecord> records = testSet().records();
        LeakageProbe.Split split = LeakageProbe.split(records);
        Map<String, LinearProbe.Result> out =
                new LinkedHashMap<>();
        out.put("identity from E_e", LeakageProbe.probe(
                LeakageProbe.byIdentity(rawTestCodes(expressionEncoder), records), split));
        if (identityEncoder != null) {
            out.put("expression from E_f", LeakageProbe.probe(LeakageProbe.byExpression(
                    rawTestCodes(identityEncoder), records, data.expressions().classes()),
                    LeakageProbe.splitBySubject(records)));
        }
        return out;
    }

    /** The decoder's x2 upsampling stages u for the run's image size (method.md). */
    public int decoderStages() {
        return config.imageSize() >= 128 ? 5 : 4;
    }

    /** The number of identities N of the identity set (D_f has N + 1 outputs). */
    public int identityCount() {
        return data.identities().identities().size();
    }

    /**
     * The parameter count of every CD-GAN network at the run's image size, from freshly
     * initialised networks: where the model's capacity is.
     */
    public Map<String, Long> parameterCounts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (NDManager m = NDManager.newBaseManager()) {
            CdGan gan = new CdGan(config.imageSize(),
                    config.channels(), data.expressions().classes().size(), identityCount(),
                    decoderStages(), 0);
            gan.initialize(m);
            for (var e : gan.networks().entrySet()) {
                long n = 0;
                for (var p : e.getValue().getParameters().values()) {
                    n += p.getArray().size();
                }
                counts.put(e.getKey(), n);
            }
        }
        return counts;
    }

    /** The settings of a GAN variant: method.md's defaults with the run's batch and seed. */
    public CdGanConfig ganConfig(Variant variant) {
        return CdGanConfig.forVariant(variant).withBatchSize(config.batchSize())
                .withSeed(config.seed());
    }

    /** What a GAN variant depends on: a different key trains it again. */
    public String ganKey(Variant variant) {
        return String.format(Locale.ROOT, "%s|%dpx|%dch|%dep|b%d|seed%d|%s|%s|%s",
                variant.label(), config.imageSize(), config.channels(), config.ganEpochs(),
                config.batchSize(), config.seed(), split.train().fingerprint(),
                split.test().fingerprint(), data.identities().fingerprint());
    }

    /** The identity images x_f as a data set, without augmentation. */
    public FaceDataset identitySet() throws IOException {
        if (identities == null) {
            identities = FaceDataset.builder().setFaces(data.identities())
                    .optImages(data.identityImages())
                    .optPreprocessing(preprocessing().evaluation())
                    .optOrderedBatches(config.batchSize()).build();
        }
        return identities;
    }

    /**
     * A CD-GAN variant trained on the split: reused when an earlier notebook trained it under
     * the same settings, else trained now for the profile's GAN epochs with {@code onEpoch}
     * called after every epoch (with the live networks, for transfer grids).
     *
     * @param variant {@code fec}, {@code cl} or {@code cdgan}
     * @param onEpoch called with each epoch's figures while training; may be {@code null}
     * @return the trained variant; the caller closes it
     */
    public TrainedGan gan(String variant, Consumer<GanEpoch> onEpoch) throws IOException {
        Variant v = Variant.fromLabel(variant);
        if (!CdGanConfig.forVariant(v).adversarial()) {
            throw new IllegalArgumentException("'" + variant + "' is not a GAN variant: use "
                    + "fec, cl or cdgan (the baseline is experiments.baseline(...))");
        }
        FaceDataset tr = trainSet();
        FaceDataset ids = identitySet();
        FaceDataset te = testSet();
        return artifacts.reuseOrMake(v.label(), ganKey(v), dir -> {
            LOG.info("training {}: {} epochs on {} images", v.label(), config.ganEpochs(),
                    tr.size());
            try (CdGanTrainer t = new CdGanTrainer(ganConfig(v), tr, ids, te, dir)) {
                for (int e = 0; e < config.ganEpochs(); e++) {
                    EpochReport report = t.trainEpoch();
                    if (onEpoch != null) {
                        onEpoch.accept(GanRun.epoch(report, new ExpressionTransfer(t.gan(),
                                scratch(), preprocessing())));
                    }
                }
            }
        }, dir -> {
            CdGanTrainer t = new CdGanTrainer(ganConfig(v), tr, ids, te, dir);
            t.resume();
            return new GanRun(v.label(), t, dir, new ExpressionTransfer(t.gan(), scratch(),
                    preprocessing()));
        });
    }

    private NDManager scratch() {
        if (scratch == null) {
            scratch = NDManager.newBaseManager();
        }
        return scratch;
    }

    /** The folder of a model artifact. */
    public Path modelDir(String name) {
        return artifacts.checkpoint(name);
    }
}
