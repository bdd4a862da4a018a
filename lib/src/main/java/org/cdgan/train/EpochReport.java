package org.cdgan.train;

/**
 * What one epoch of CD-GAN training measured: mean losses over its steps and the FER head's
 * test accuracy (NaN when no test set is given).
 *
 * @param epoch the epoch (1-based)
 * @param steps steps run
 * @param losses mean of each loss term over the steps
 * @param emptyContrastiveBatches batches in which no anchor had a positive and a negative
 * @param testAccuracy accuracy of {@code C_e(E_e(x))} on the test set
 * @param testMeanClassAccuracy its mean per-class accuracy
 * @param testMacroF1 its macro-F1
 * @param seconds wall time of the epoch's steps
 * @param loadSeconds part of {@code seconds} spent making batches (decoding, augmenting)
 */
public record EpochReport(int epoch, int steps, StepLosses losses, int emptyContrastiveBatches,
        double testAccuracy, double testMeanClassAccuracy, double testMacroF1, double seconds,
        double loadSeconds) {

    /** The CSV header of {@link #csv()}. */
    public static final String CSV_HEADER = "epoch,steps,L_D,L_Df,L_De,L_G,L_C,L_CL,L_F,L_cls,"
            + "empty_cl_batches,test_accuracy,test_mean_class_accuracy,test_macro_f1,seconds,"
            + "load_seconds";

    /** One CSV line. */
    public String csv() {
        StepLosses l = losses;
        return epoch + "," + steps + "," + l.lD() + "," + l.lDf() + "," + l.lDe() + "," + l.lG()
                + "," + l.lC() + "," + l.lCL() + "," + l.lF() + "," + l.lCls() + ","
                + emptyContrastiveBatches + "," + testAccuracy + "," + testMeanClassAccuracy + ","
                + testMacroF1 + ","
                + String.format(java.util.Locale.ROOT, "%.3f,%.3f", seconds, loadSeconds);
    }
}
