package org.cdgan.workbook;

import java.util.List;
import java.util.Map;

import org.cdgan.data.Expression;
import org.cdgan.eval.ConfusionMatrix;
import org.cdgan.eval.LinearProbe;
import org.cdgan.eval.TSNEProjection;

import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The result tables the notebooks show and keep (via {@link Artifacts#writeTable(String,
 * Table)}): test figures of a model, the ablation beside the article's Table 4, per-class
 * recall beside class shares, silhouettes, probes. Percentages are in percent, rounded to two
 * decimals only when shown.
 */
public final class ResultTables {

    /** The article's Table 4 on RAF-DB, test accuracy in percent (method.md). */
    public static final Map<String, Double> ARTICLE_ABLATION = Map.of("baseline", 85.13,
            "fec", 85.82, "cl", 86.54, "cdgan", 88.21);

    private ResultTables() {
    }

    /** Accuracy, mean per-class accuracy and macro-F1 of one model. */
    public static Table metrics(String title, ConfusionMatrix m) {
        return Table.create(title).addColumns(
                StringColumn.create("figure", "accuracy (%)", "mean per-class accuracy (%)",
                        "macro-F1"),
                DoubleColumn.create("value", 100 * m.accuracy(), 100 * m.meanClassAccuracy(),
                        m.macroF1()));
    }

    /**
     * The ablation: one row per variant, with the article's accuracy beside ours.
     *
     * @param matrices each variant's test confusion matrix, in table order
     */
    public static Table ablation(Map<String, ConfusionMatrix> matrices) {
        StringColumn variant = StringColumn.create("variant");
        DoubleColumn acc = DoubleColumn.create("accuracy (%)");
        DoubleColumn mean = DoubleColumn.create("mean per-class accuracy (%)");
        DoubleColumn f1 = DoubleColumn.create("macro-F1");
        DoubleColumn article = DoubleColumn.create("article accuracy, RAF-DB (%)");
        for (Map.Entry<String, ConfusionMatrix> e : matrices.entrySet()) {
            ConfusionMatrix m = e.getValue();
            variant.append(e.getKey());
            acc.append(100 * m.accuracy());
            mean.append(100 * m.meanClassAccuracy());
            f1.append(m.macroF1());
            article.append(ARTICLE_ABLATION.getOrDefault(e.getKey(), Double.NaN));
        }
        return Table.create("ablation on fold 1 beside the article's Table 4")
                .addColumns(variant, acc, mean, f1, article);
    }

    /**
     * Per-class recall of two models beside each class's share of the training images.
     *
     * @param classes the classes, in the matrices' order
     * @param trainCounts training images per class
     * @param baseline the baseline's test confusion matrix
     * @param cdgan CD-GAN's test confusion matrix
     */
    public static Table recall(List<Expression> classes, Map<Expression, Integer> trainCounts,
            ConfusionMatrix baseline, ConfusionMatrix cdgan) {
        int total = trainCounts.values().stream().mapToInt(Integer::intValue).sum();
        StringColumn name = StringColumn.create("expression");
        DoubleColumn share = DoubleColumn.create("share of training images (%)");
        IntColumn support = IntColumn.create("test images");
        DoubleColumn rb = DoubleColumn.create("baseline recall (%)");
        DoubleColumn rc = DoubleColumn.create("CD-GAN recall (%)");
        for (int i = 0; i < classes.size(); i++) {
            name.append(classes.get(i).label());
            share.append(100.0 * trainCounts.getOrDefault(classes.get(i), 0) / total);
            support.append((int) baseline.support(i));
            rb.append(100 * baseline.recall(i));
            rc.append(100 * cdgan.recall(i));
        }
        return Table.create("per-class recall on the test subjects")
                .addColumns(name, share, support, rb, rc);
    }

    /** The silhouettes and final KL divergence of t-SNE maps, one row per model. */
    public static Table silhouettes(Map<String, TSNEProjection> maps) {
        StringColumn model = StringColumn.create("model");
        DoubleColumn features = DoubleColumn.create("silhouette, 512-d features");
        DoubleColumn map = DoubleColumn.create("silhouette, t-SNE map");
        DoubleColumn kl = DoubleColumn.create("t-SNE KL divergence");
        for (Map.Entry<String, TSNEProjection> e : maps.entrySet()) {
            model.append(e.getKey());
            features.append(e.getValue().silhouetteFeatures());
            map.append(e.getValue().silhouetteMap());
            kl.append(e.getValue().cost());
        }
        return Table.create("silhouette of the expression classes")
                .addColumns(model, features, map, kl);
    }

    /**
     * Leakage probes, one row per (model, probe), with chance and majority levels.
     *
     * @param probes each model's probe results by probe name, in table order
     */
    public static Table probes(Map<String, Map<String, LinearProbe.Result>> probes) {
        StringColumn model = StringColumn.create("model");
        StringColumn probe = StringColumn.create("probe");
        DoubleColumn accuracy = DoubleColumn.create("probe accuracy (%)");
        DoubleColumn chance = DoubleColumn.create("chance (%)");
        DoubleColumn majority = DoubleColumn.create("majority class (%)");
        IntColumn classes = IntColumn.create("classes");
        IntColumn train = IntColumn.create("probe train images");
        IntColumn test = IntColumn.create("probe test images");
        for (Map.Entry<String, Map<String, LinearProbe.Result>> m : probes.entrySet()) {
            for (Map.Entry<String, LinearProbe.Result> p : m.getValue().entrySet()) {
                LinearProbe.Result r = p.getValue();
                model.append(m.getKey());
                probe.append(p.getKey());
                accuracy.append(100 * r.accuracy());
                chance.append(100 * r.chance());
                majority.append(100 * r.majority());
                classes.append(r.classes());
                train.append(r.trainSize());
                test.append(r.testSize());
            }
        }
        return Table.create("linear probes on the test subjects (lower leakage is better)")
                .addColumns(model, probe, accuracy, chance, majority, classes, train, test);
    }
}
