package org.cdgan.train;

/**
 * A loss term became NaN or infinite: training stops, and the last checkpoint (written at the
 * end of the last good epoch) stays as it was.
 */
public final class NonFiniteLossException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String term;
    private final int epoch;
    private final int step;

    /**
     * @param term the loss term, in method.md's symbols (for example {@code L_CL})
     * @param value its value
     * @param epoch the epoch (1-based)
     * @param step the step within the epoch (1-based)
     */
    public NonFiniteLossException(String term, float value, int epoch, int step) {
        super("loss term " + term + " is " + value + " at epoch " + epoch + ", step " + step
                + "; training stopped, the last good checkpoint is kept (lower the learning rate"
                + " or check the input images)");
        this.term = term;
        this.epoch = epoch;
        this.step = step;
    }

    /** The loss term's name. */
    public String term() {
        return term;
    }

    /** The epoch (1-based). */
    public int epoch() {
        return epoch;
    }

    /** The step within the epoch (1-based). */
    public int step() {
        return step;
    }
}
