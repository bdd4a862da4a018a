/**
 * Face data: the canonical expression vocabulary, readers of the known layouts and of
 * manifests, image decoding, splits, preprocessing and the DJL dataset.
 */
package org.cdgan.data;
