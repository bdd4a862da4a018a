package org.cdgan.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.cdgan.data.FaceDataset;
import org.cdgan.io.AtomicFiles;
import org.cdgan.train.EpochReport;
import org.cdgan.train.Variant;

/**
 * {@code cdgan ablation}: trains the four variants (baseline, fec, cl, cdgan) on one split with
 * the same settings and writes {@code ablation.csv}, one row a variant, beside the article's
 * Table 4 accuracies (RAF-DB).
 */
public final class AblationCommand implements Command {

    /** The article's Table 4 (RAF-DB accuracy, %), in variant order. */
    static final double[] ARTICLE_TABLE4 = {85.13, 85.82, 86.54, 88.21};

    /** The comparison table's file name. */
    public static final String TABLE = "ablation.csv";

    @Override
    public String name() {
        return "ablation";
    }

    @Override
    public String summary() {
        return "train baseline, fec, cl and cdgan on one split; write one comparison table";
    }

    @Override
    public List<Option> options() {
        List<Option> all = new ArrayList<>(ExperimentData.options());
        all.addAll(TrainCommand.ganOptions());
        all.add(Option.of("out", "DIR", "runs/ablation", "output folder: ablation.csv and a "
                + "folder per variant"));
        all.add(Option.flag("resume", "continue the variants' runs from their checkpoints"));
        return all;
    }

    @Override
    public int run(Options o, PrintStream out) throws Exception {
        Path dir = o.getPath("out");
        for (Variant v : Variant.values()) {
            TrainCommand.refuseExistingRun(dir.resolve(v.label()), o.flag("resume"));
        }
        ExperimentData data = ExperimentData.prepare(o);
        FaceDataset identities = TrainCommand.identities(o, data);
        TrainCommand.describe(out, data, identities);
        StringBuilder csv = new StringBuilder("variant,epochs,test_accuracy,"
                + "test_mean_class_accuracy,test_macro_f1,article_rafdb_accuracy,data,protocol,"
                + "fold,size,last_epoch_seconds\n");
        for (Variant v : Variant.values()) {
            EpochReport r = TrainCommand.train(v, o, data, identities, dir.resolve(v.label()),
                    out);
            csv.append(String.format(Locale.ROOT, "%s,%d,%.4f,%.4f,%.4f,%.2f,%s,%s,%s,%s,%.0f%n",
                    v.label(), r.epoch(), r.testAccuracy(), r.testMeanClassAccuracy(),
                    r.testMacroF1(), ARTICLE_TABLE4[v.ordinal()], data.set().name(),
                    data.protocol(), o.get("fold"), o.get("size"), r.seconds()));
        }
        AtomicFiles.writeString(dir.resolve(TABLE), csv.toString());
        out.print(csv);
        out.println("comparison written to " + dir.resolve(TABLE) + " (article column: RAF-DB, "
                + "its Table 4; this run's data differ)");
        return 0;
    }
}
