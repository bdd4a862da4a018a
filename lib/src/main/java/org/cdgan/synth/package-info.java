/**
 * SynthFaces: procedural faces with known identity, expression and nuisance factors, the
 * default data set when no real one is configured and an exact test of disentanglement.
 */
package org.cdgan.synth;
