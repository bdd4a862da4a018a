package org.cdgan.eval;

import ai.djl.engine.Engine;
import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.cdgan.data.Expression;
import org.cdgan.io.AtomicFiles;

/**
 * Writes the result of a run so it can be reproduced and compared: {@code metrics.csv}
 * (metric, value), {@code confusion.csv} (counts) and {@code confusion-normalised.csv}
 * (row shares), and {@code run.json} with the full configuration, the data fingerprint, the
 * seed, the figures and the versions of DJL, PyTorch, Java and the code (git commit when
 * known). Every file is written atomically.
 */
public final class RunReport {

    /** The file names written into the output folder. */
    public static final String METRICS = "metrics.csv";
    /** Confusion counts. */
    public static final String CONFUSION = "confusion.csv";
    /** Row-normalised confusion. */
    public static final String CONFUSION_NORMALISED = "confusion-normalised.csv";
    /** The JSON record. */
    public static final String RECORD = "run.json";

    private RunReport() {
    }

    /**
     * Writes the report files into {@code dir}.
     *
     * @param dir the output folder (created when missing)
     * @param config every setting of the run, by name
     * @param fingerprint the data set's fingerprint ({@code FaceSet.fingerprint()})
     * @param seed the run's seed
     * @param matrix the test confusion matrix
     * @param extra more entries for the JSON record (such as per-epoch history), or empty
     */
    public static void write(Path dir, Map<String, Object> config, String fingerprint,
            long seed, ConfusionMatrix matrix, Map<String, Object> extra) throws IOException {
        Metrics m = matrix.metrics();
        AtomicFiles.writeString(dir.resolve(METRICS), metricsCsv(matrix));
        AtomicFiles.writeString(dir.resolve(CONFUSION), confusionCsv(matrix, false));
        AtomicFiles.writeString(dir.resolve(CONFUSION_NORMALISED), confusionCsv(matrix, true));
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("written", Instant.now().toString());
        record.put("config", config);
        record.put("dataFingerprint", fingerprint);
        record.put("seed", seed);
        Map<String, Object> metrics = new LinkedHashMap<>();
        metrics.put("accuracy", m.accuracy());
        metrics.put("meanClassAccuracy", m.meanClassAccuracy());
        metrics.put("macroF1", m.macroF1());
        metrics.put("samples", m.samples());
        Map<String, Double> recall = new LinkedHashMap<>();
        List<Expression> classes = matrix.classes();
        for (int i = 0; i < classes.size(); i++) {
            recall.put(classes.get(i).label(), m.perClassRecall()[i]);
        }
        metrics.put("perClassRecall", recall);
        record.put("metrics", metrics);
        record.put("classes", classes.stream().map(Expression::label).toList());
        record.put("confusion", matrix.counts());
        record.putAll(extra);
        record.put("versions", versions());
        Gson gson = new GsonBuilder().setPrettyPrinting().serializeSpecialFloatingPointValues()
                .create();
        AtomicFiles.writeString(dir.resolve(RECORD), gson.toJson(record) + "\n");
    }

    /** {@code metric,value} rows: the summary figures, then recall and F1 of each class. */
    public static String metricsCsv(ConfusionMatrix matrix) {
        Metrics m = matrix.metrics();
        StringBuilder sb = new StringBuilder("metric,value\n");
        sb.append("accuracy,").append(fmt(m.accuracy())).append('\n');
        sb.append("mean_class_accuracy,").append(fmt(m.meanClassAccuracy())).append('\n');
        sb.append("macro_f1,").append(fmt(m.macroF1())).append('\n');
        sb.append("samples,").append(m.samples()).append('\n');
        List<Expression> classes = matrix.classes();
        for (int i = 0; i < classes.size(); i++) {
            sb.append("recall_").append(classes.get(i).label()).append(',')
                    .append(fmt(matrix.recall(i))).append('\n');
        }
        for (int i = 0; i < classes.size(); i++) {
            sb.append("f1_").append(classes.get(i).label()).append(',')
                    .append(fmt(matrix.f1(i))).append('\n');
        }
        return sb.toString();
    }

    /** The confusion matrix as CSV: a header of predicted classes, a row per true class. */
    public static String confusionCsv(ConfusionMatrix matrix, boolean normalised) {
        List<Expression> classes = matrix.classes();
        StringBuilder sb = new StringBuilder("true\\predicted");
        for (Expression e : classes) {
            sb.append(',').append(e.label());
        }
        sb.append('\n');
        long[][] counts = matrix.counts();
        double[][] shares = matrix.rowNormalised();
        for (int i = 0; i < classes.size(); i++) {
            sb.append(classes.get(i).label());
            for (int j = 0; j < classes.size(); j++) {
                sb.append(',').append(normalised ? fmt(shares[i][j])
                        : Long.toString(counts[i][j]));
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.6f", v);
    }

    /** The versions a run depends on: DJL, PyTorch, Java, and the git commit when known. */
    public static Map<String, String> versions() {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("djl", Engine.getDjlVersion());
        try {
            v.put("pytorch", Engine.getEngine("PyTorch").getVersion());
        } catch (RuntimeException e) {
            v.put("pytorch", "unavailable: " + e.getMessage());
        }
        v.put("java", System.getProperty("java.version"));
        v.put("os", System.getProperty("os.name") + " " + System.getProperty("os.arch"));
        String commit = gitCommit();
        if (commit != null) {
            v.put("gitCommit", commit);
        }
        return v;
    }

    /** The current git commit of the working folder, or {@code null} outside a clone. */
    static String gitCommit() {
        try {
            Process p = new ProcessBuilder("git", "rev-parse", "HEAD").redirectErrorStream(true)
                    .start();
            String out;
            try (InputStream in = p.getInputStream()) {
                out = new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
            }
            if (!p.waitFor(5, TimeUnit.SECONDS) || p.exitValue() != 0
                    || !out.matches("[0-9a-f]{40}")) {
                return null;
            }
            return out;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
