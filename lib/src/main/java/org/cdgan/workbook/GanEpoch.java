package org.cdgan.workbook;

import java.util.Map;

/**
 * The figures of one CD-GAN training epoch, as the notebooks plot them.
 *
 * @param epoch the epoch, counted from 1
 * @param losses every loss term's mean over the epoch's batches, by the method's names
 *     ({@code L_D}, {@code L_C}, {@code L_CL}, {@code L_F}, {@code L_cls}, {@code L_G}), in a
 *     stable order
 * @param testAccuracy the accuracy of {@code C_e(E_e(x))} on the test images after the epoch,
 *     for watching only
 * @param transfer the networks as they are after this epoch, for a transfer grid; valid only
 *     during the callback, and {@code null} in a stored history
 */
public record GanEpoch(int epoch, Map<String, Double> losses, double testAccuracy,
        ExpressionTransfer transfer) {

    public GanEpoch {
        losses = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(losses));
    }

    /** The same figures without the live networks, as kept in a history. */
    public GanEpoch stored() {
        return new GanEpoch(epoch, losses, testAccuracy, null);
    }
}
