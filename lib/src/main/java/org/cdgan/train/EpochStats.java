package org.cdgan.train;

/**
 * The figures of one training epoch.
 *
 * @param epoch the epoch, counted from 1
 * @param loss the mean training loss
 * @param trainAccuracy the share of training images classified right while training
 * @param testAccuracy the accuracy on the evaluation images after the epoch (NaN if none)
 * @param imagesPerSecond training throughput
 * @param seconds the epoch's wall time, training and evaluation
 */
public record EpochStats(int epoch, double loss, double trainAccuracy, double testAccuracy,
        double imagesPerSecond, double seconds) {
}
