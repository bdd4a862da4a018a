package org.cdgan.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cdgan.data.DataException;
import org.cdgan.eval.ConfusionMatrix;
import org.cdgan.eval.Metrics;
import org.cdgan.eval.RunReport;
import org.cdgan.train.BaselineConfig;
import org.cdgan.train.BaselineTrainer;
import org.cdgan.train.Checkpoint;
import org.cdgan.train.EpochStats;
import org.cdgan.train.NamedAdam;

/**
 * {@code cdgan baseline}: trains the ResNet-18 baseline on one split, prints a line per epoch
 * and then accuracy, mean per-class accuracy, macro-F1 and the confusion matrix of the test
 * images, and writes the report and a checkpoint per epoch into the output folder.
 */
public final class BaselineCommand implements Command {

    @Override
    public String name() {
        return "baseline";
    }

    @Override
    public String summary() {
        return "train and evaluate the ResNet-18 baseline (cross-entropy only)";
    }

    @Override
    public List<Option> options() {
        List<Option> all = new ArrayList<>(ExperimentData.options());
        all.add(Option.of("epochs", "N", String.valueOf(BaselineConfig.DEFAULT_EPOCHS),
                "training epochs; the last epoch's test figures are reported"));
        all.add(Option.of("lr", "RATE", "1e-4",
                "Adam learning rate (betas 0.9, 0.999)"));
        all.add(Option.of("device", "D", "auto", "auto (GPU when present), cpu, gpu or gpu:N"));
        all.add(Option.of("out", "DIR", "runs/baseline", "output folder: metrics.csv, "
                + "confusion*.csv, run.json, checkpoint.bin"));
        all.add(Option.flag("resume", "continue from the output folder's checkpoint"));
        return all;
    }

    @Override
    public int run(Options o, PrintStream out) throws Exception {
        Path dir = o.getPath("out");
        Path checkpoint = dir.resolve(Checkpoint.FILE_NAME);
        if (Files.exists(checkpoint) && !o.flag("resume")) {
            throw new DataException(checkpoint + ": a run is already there; pass --resume to "
                    + "continue it or choose another --out");
        }
        ExperimentData data = ExperimentData.prepare(o);
        out.printf(Locale.ROOT, "%s: %d train / %d test images, %d classes, protocol %s%n",
                data.set(), data.train().size(), data.test().size(), data.set().classes().size(),
                data.protocol());
        for (String w : data.split().warnings()) {
            out.println("warning: " + w);
        }
        BaselineConfig config = new BaselineConfig(o.getInt("epochs"), o.getInt("batch"),
                o.getFloat("lr"), NamedAdam.CLASSIFIER_BETAS[0], NamedAdam.CLASSIFIER_BETAS[1],
                o.getLong("seed"), o.get("device"));
        int size = data.preprocessing().size();
        int channels = data.preprocessing().channels();
        int classes = data.set().classes().size();
        try (BaselineTrainer trainer = new BaselineTrainer(config, channels, size, classes,
                o.flag("resume") ? checkpoint : null)) {
            if (trainer.epochsDone() > 0) {
                out.println("resumed after epoch " + trainer.epochsDone() + " from "
                        + checkpoint);
            }
            long start = System.nanoTime();
            trainer.fit(data.train(), data.test(), checkpoint, s -> out.println(line(s,
                    config.epochs())));
            double seconds = (System.nanoTime() - start) / 1e9;
            ConfusionMatrix matrix = trainer.evaluate(data.test());
            Metrics m = matrix.metrics();
            out.printf(Locale.ROOT, "test: accuracy %.4f  mean per-class accuracy %.4f  "
                    + "macro-F1 %.4f  (%d images, %.0f s training)%n", m.accuracy(),
                    m.meanClassAccuracy(), m.macroF1(), m.samples(), seconds);
            out.println("confusion matrix (rows true, columns predicted):");
            out.print(matrix.format());
            Map<String, Object> cfg = new LinkedHashMap<>(o.asMap());
            cfg.put("method", "baseline");
            cfg.put("training", config.toMap());
            cfg.put("preprocessing", data.preprocessing());
            Map<String, Object> extra = new LinkedHashMap<>();
            extra.put("trainImages", data.train().size());
            extra.put("testImages", data.test().size());
            extra.put("trainFingerprint", data.split().train().fingerprint());
            extra.put("testFingerprint", data.split().test().fingerprint());
            extra.put("history", trainer.history());
            extra.put("warnings", data.split().warnings());
            extra.put("skipped", data.skipped());
            RunReport.write(dir, cfg, data.set().fingerprint(), config.seed(), matrix, extra);
            out.println("report written to " + dir);
        }
        if (!data.skipped().isEmpty()) {
            out.println("skipped " + data.skipped().size() + " unusable image(s):");
            for (String s : data.skipped()) {
                out.println("  " + s);
            }
        }
        return 0;
    }

    static String line(EpochStats s, int epochs) {
        return String.format(Locale.ROOT, "epoch %d/%d  loss %.4f  train acc %.4f  "
                + "test acc %.4f  %.1f images/s  %.1f s", s.epoch(), epochs, s.loss(),
                s.trainAccuracy(), s.testAccuracy(), s.imagesPerSecond(), s.seconds());
    }
}
