package org.cdgan.eval;

/**
 * The figures of one evaluation.
 *
 * @param accuracy the share of correct predictions
 * @param meanClassAccuracy the mean of per-class recall (the article's "average accuracy")
 * @param macroF1 the mean per-class F1 (a class never predicted counts 0)
 * @param perClassRecall recall of each class, in class order
 * @param samples the number of images scored
 */
public record Metrics(double accuracy, double meanClassAccuracy, double macroF1,
        double[] perClassRecall, long samples) {
}
