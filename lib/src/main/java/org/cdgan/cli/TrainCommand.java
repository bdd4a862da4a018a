package org.cdgan.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.cdgan.data.DataException;
import org.cdgan.data.DataSets;
import org.cdgan.data.FaceDataset;
import org.cdgan.data.FaceSet;
import org.cdgan.data.ImageFiles;
import org.cdgan.data.Preprocessing;
import org.cdgan.train.CdGanConfig;
import org.cdgan.train.CdGanTrainer;
import org.cdgan.train.EpochReport;
import org.cdgan.train.Variant;

/**
 * {@code cdgan train --method cdgan|cl|fec|baseline}: trains one variant of CD-GAN on one
 * split, prints a line per epoch and writes, per epoch, a checkpoint, the transfer grid and the
 * FER head's test report into the output folder.
 */
public final class TrainCommand implements Command {

    /** Default epochs. */
    static final int DEFAULT_EPOCHS = 20;

    @Override
    public String name() {
        return "train";
    }

    @Override
    public String summary() {
        return "train CD-GAN or one of its ablation variants (cdgan, cl, fec, baseline)";
    }

    @Override
    public List<Option> options() {
        List<Option> all = new ArrayList<>(ExperimentData.options());
        all.add(Option.of("method", "NAME", "cdgan", "cdgan, cl (no L_F), fec (no L_CL) or "
                + "baseline (E_e + C_e, cross-entropy only)"));
        all.addAll(ganOptions());
        all.add(Option.of("out", "DIR", "runs/train", "output folder: history.csv, metrics.csv,"
                + " confusion*.csv, run.json, grid-epoch-NNN.png, checkpoints/"));
        all.add(Option.flag("resume", "continue from the output folder's latest checkpoint"));
        return all;
    }

    /** The options of GAN training, shared with {@code ablation}. */
    static List<Option> ganOptions() {
        CdGanConfig d = CdGanConfig.defaults();
        return List.of(
                Option.of("identity", "DIR", "own", "identity set: a folder per identity (ORL: "
                        + "../shared/data/orl_faces), or own (the expression set's subject ids)"),
                Option.of("epochs", "N", String.valueOf(DEFAULT_EPOCHS),
                        "training epochs; the last epoch's test figures are reported"),
                Option.of("lr", "RATE", String.valueOf(d.learningRate()),
                        "Adam learning rate (betas 0.5, 0.999; baseline 0.9, 0.999)"),
                Option.of("lambda-c", "W", String.valueOf(d.lambdaC()), "weight of L_C"),
                Option.of("lambda-cl", "W", String.valueOf(d.lambdaCL()),
                        "weight of L_CL (0 for fec and baseline)"),
                Option.of("lambda-f", "W", String.valueOf(d.lambdaF()),
                        "weight of L_F (0 for cl and baseline)"),
                Option.of("tau", "T", String.valueOf(d.temperature()),
                        "temperature of the contrastive loss"),
                Option.of("knn", "K", String.valueOf(d.neighbours()),
                        "neighbours of the kNN identity pseudo-labels"),
                Option.of("noise-dim", "N", String.valueOf(d.noiseDim()),
                        "length of the decoder's noise input (0: none)"));
    }

    @Override
    public int run(Options o, PrintStream out) throws Exception {
        Variant variant = Variant.fromLabel(o.get("method"));
        Path dir = o.getPath("out");
        refuseExistingRun(dir, o.flag("resume"));
        ExperimentData data = ExperimentData.prepare(o);
        FaceDataset identities = identities(o, data);
        describe(out, data, identities);
        EpochReport last = train(variant, o, data, identities, dir, out);
        out.printf(Locale.ROOT, "test (epoch %d): accuracy %.4f  mean per-class accuracy %.4f  "
                + "macro-F1 %.4f%n", last.epoch(), last.testAccuracy(),
                last.testMeanClassAccuracy(), last.testMacroF1());
        out.println("report, grids and checkpoints written to " + dir);
        return 0;
    }

    static void refuseExistingRun(Path dir, boolean resume) throws DataException {
        if (Files.exists(dir.resolve("checkpoints").resolve("latest")) && !resume) {
            throw new DataException(dir + ": a run is already there; pass --resume to continue"
                    + " it or choose another --out");
        }
    }

    static void describe(PrintStream out, ExperimentData data, FaceDataset identities) {
        out.printf(Locale.ROOT, "%s: %d train / %d test images, %d classes, protocol %s; "
                + "identity set %s%n", data.set(), data.train().size(), data.test().size(),
                data.set().classes().size(), data.protocol(), identities == data.train()
                        ? "own subject ids" : identities.faces().toString());
        for (String w : data.split().warnings()) {
            out.println("warning: " + w);
        }
    }

    /** Trains one variant into {@code dir}; returns the last epoch's report. */
    static EpochReport train(Variant variant, Options o, ExperimentData data,
            FaceDataset identities, Path dir, PrintStream out) throws IOException,
            UsageException {
        CdGanConfig config = config(variant, o);
        int epochs = o.getInt("epochs");
        try (CdGanTrainer trainer = new CdGanTrainer(config, data.train(), identities,
                data.test(), dir)) {
            int done = trainer.resume();
            if (done > 0) {
                out.println("resumed after epoch " + done + " from " + dir);
            }
            EpochReport last = null;
            while (trainer.completedEpochs() < epochs) {
                last = trainer.trainEpoch();
                out.println(line(variant, last, epochs, config.batchSize()));
            }
            if (last == null) {
                throw new UsageException(dir + " already holds " + done + " epochs; raise "
                        + "--epochs to train further");
            }
            return last;
        }
    }

    /** The settings of a variant with the options' values. */
    static CdGanConfig config(Variant variant, Options o) throws UsageException {
        CdGanConfig d = CdGanConfig.forVariant(variant);
        double lambdaCL = variant == Variant.CL || variant == Variant.CDGAN
                ? o.getFloat("lambda-cl") : 0;
        double lambdaF = variant == Variant.FEC || variant == Variant.CDGAN
                ? o.getFloat("lambda-f") : 0;
        double lambdaC = variant == Variant.BASELINE ? 0 : o.getFloat("lambda-c");
        return new CdGanConfig(variant, lambdaC, lambdaCL, lambdaF, d.lambdaCls(),
                o.getFloat("tau"), o.getInt("knn"), o.getFloat("lr"), d.beta1(), d.beta2(),
                o.getInt("batch"), o.getInt("noise-dim"), d.decoderStages(),
                d.gridIdentities(), o.getLong("seed"));
    }

    /** The identity set the options name, preprocessed like the expression images. */
    static FaceDataset identities(Options o, ExperimentData data) throws IOException,
            UsageException {
        String value = o.get("identity");
        if (value.trim().equalsIgnoreCase("own")) {
            if (!data.set().hasIdentities()) {
                throw new UsageException(data.set().name() + " has no subject ids: give "
                        + "--identity with an identity set such as ../shared/data/orl_faces");
            }
            return data.train();
        }
        Path path = Path.of(value);
        FaceSet set = DataSets.open(path);
        if (!set.hasIdentities()) {
            throw new DataException(path + ": no subject ids; an identity set needs a folder per"
                    + " identity (as ORL) or an identity column");
        }
        Preprocessing p = data.preprocessing().withAugment(false);
        return FaceDataset.builder().setFaces(set).optImages(new ImageFiles(ImageFiles.Shape.ANY))
                .optPreprocessing(p).optSkipBad(o.flag("skip-bad")).build();
    }

    static String line(Variant v, EpochReport r, int epochs, int batch) {
        return String.format(Locale.ROOT, "%s epoch %d/%d  L_D %.3f  L_G %.3f  L_C %.3f  "
                + "L_CL %.3f  L_F %.3f  L_cls %.3f  test acc %.4f  %.1f pairs/s  %.0f s",
                v.label(), r.epoch(), epochs, r.losses().lD(), r.losses().lG(), r.losses().lC(),
                r.losses().lCL(), r.losses().lF(), r.losses().lCls(), r.testAccuracy(),
                r.steps() * batch / r.seconds(), r.seconds());
    }
}
