package org.cdgan.cli;

import ai.djl.ndarray.NDManager;
import ai.djl.training.dataset.Batch;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cdgan.data.DataSets;
import org.cdgan.data.Expression;
import org.cdgan.data.FaceDataset;
import org.cdgan.data.FaceSet;
import org.cdgan.data.ImageFiles;
import org.cdgan.data.Preprocessing;
import org.cdgan.data.Split;

/**
 * {@code cdgan data}: reads a data set, prints what it holds (images per class, subjects,
 * splits, fingerprint), decodes every image and times one pass of batching, which checks the
 * files and measures data-loading speed.
 */
public final class DataCommand implements Command {

    @Override
    public String name() {
        return "data";
    }

    @Override
    public String summary() {
        return "check a data set: counts, decoding, data-loading speed";
    }

    @Override
    public List<Option> options() {
        return List.of(
                Option.of("data", "DIR", null, "data folder or manifest CSV"),
                Option.of("size", "S", String.valueOf(Preprocessing.DEFAULT_SIZE),
                        "network input side in pixels"),
                Option.of("channels", "C", "1", "1 or 3"),
                Option.of("batch", "B", "32", "batch size of the timed pass"),
                Option.of("image-shape", "WxHxC", "auto", "auto, any or e.g. 48x48x1"),
                Option.flag("skip-bad", "skip unusable images instead of stopping"));
    }

    @Override
    public int run(Options o, PrintStream out) throws Exception {
        FaceSet set = DataSets.open(o.getPath("data"));
        out.println(set);
        for (Map.Entry<Expression, Integer> e : set.classCounts().entrySet()) {
            out.printf(Locale.ROOT, "  %-10s %d%n", e.getKey().label(), e.getValue());
        }
        if (set.hasSplits()) {
            for (Split s : Split.values()) {
                out.printf(Locale.ROOT, "  split %-5s %d%n", s.label(), set.split(s).size());
            }
        }
        out.println("fingerprint " + set.fingerprint());
        ImageFiles images = new ImageFiles(ExperimentData.shape(o.get("image-shape"), set));
        Preprocessing p = new Preprocessing(o.getInt("size"), o.getInt("channels"), true, 42);
        long t0 = System.nanoTime();
        FaceDataset ds = FaceDataset.builder().setFaces(set).optImages(images)
                .optPreprocessing(p).optSkipBad(o.flag("skip-bad"))
                .optShuffledBatches(o.getInt("batch"), false).build();
        double decode = (System.nanoTime() - t0) / 1e9;
        long t1 = System.nanoTime();
        long n = 0;
        try (NDManager manager = NDManager.newBaseManager()) {
            for (Batch b : ds.getData(manager)) {
                n += b.getSize();
                b.close();
            }
        }
        double pass = (System.nanoTime() - t1) / 1e9;
        out.printf(Locale.ROOT, "decoded %d images in %.2f s (%.0f images/s); one augmented "
                + "batching pass %.2f s (%.0f images/s)%n", ds.size(), decode, ds.size() / decode,
                pass, n / pass);
        if (!ds.skipped().isEmpty()) {
            out.println("skipped " + ds.skipped().size() + " unusable image(s):");
            for (String s : ds.skipped()) {
                out.println("  " + s);
            }
        }
        return 0;
    }
}
