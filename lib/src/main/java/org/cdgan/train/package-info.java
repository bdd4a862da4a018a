/** Training: the name-keyed Adam optimiser, checkpoints and the baseline trainer. */
package org.cdgan.train;
