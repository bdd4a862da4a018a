/**
 * The loss terms of CD-GAN, one class a term: the supervised contrastive loss {@code L_CL},
 * the feature-consistency loss {@code L_F}, and the classification terms {@code L_D},
 * {@code L_C} and {@code L_cls}.
 */
package org.cdgan.loss;
