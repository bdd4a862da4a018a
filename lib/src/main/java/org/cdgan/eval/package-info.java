/** Evaluation: confusion matrices, their figures and the run reports. */
package org.cdgan.eval;
