/**
 * Visualisation for the notebooks: Plotly figures through tablesaw-jsplot (class balance,
 * training curves, confusion heatmaps, t-SNE scatter) and image grids as {@code BufferedImage}
 * (samples per class, expression transfer). Every figure carries a title, axis labels and
 * units; the kernel renders the figures offline and the images as PNG.
 */
package org.cdgan.viz;
