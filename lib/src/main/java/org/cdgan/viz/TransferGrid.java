package org.cdgan.viz;

import java.awt.image.BufferedImage;
import java.util.List;

/**
 * The expression transfer grid (the article's Figure 8): the first row shows the expression
 * images, the first column the identity images, and cell (r, c) the synthetic face
 * {@code G_d(E_e(column c), E_f(row r))}, which should show row r's person making column c's
 * expression. The top-left corner is blank.
 */
public final class TransferGrid {

    private TransferGrid() {
    }

    /**
     * Draws the grid.
     *
     * @param identityImages the identity images x_f, one per row
     * @param expressionImages the expression images x_e, one per column
     * @param generated generated[r][c], the face made from row r's identity and column c's
     *     expression
     * @param rowLabels one label per identity image (such as the subject id)
     * @param columnLabels one label per expression image (such as the expression name)
     * @param cellSize the side of a cell, in pixels
     * @return the grid, with a header row and a header column of source images
     */
    public static BufferedImage draw(List<BufferedImage> identityImages,
            List<BufferedImage> expressionImages, BufferedImage[][] generated,
            List<String> rowLabels, List<String> columnLabels, int cellSize) {
        int rows = identityImages.size();
        int cols = expressionImages.size();
        if (generated.length != rows) {
            throw new IllegalArgumentException(generated.length + " rows of generated faces for "
                    + rows + " identity images");
        }
        BufferedImage[][] cells = new BufferedImage[rows + 1][cols + 1];
        for (int c = 0; c < cols; c++) {
            cells[0][c + 1] = expressionImages.get(c);
        }
        for (int r = 0; r < rows; r++) {
            if (generated[r].length != cols) {
                throw new IllegalArgumentException("row " + r + " has " + generated[r].length
                        + " generated faces for " + cols + " expression images");
            }
            cells[r + 1][0] = identityImages.get(r);
            System.arraycopy(generated[r], 0, cells[r + 1], 1, cols);
        }
        List<String> rowNames = new java.util.ArrayList<>();
        rowNames.add("expression:");
        rowNames.addAll(rowLabels);
        List<String> colNames = new java.util.ArrayList<>();
        colNames.add("identity");
        colNames.addAll(columnLabels);
        return ImageGrid.draw(cells, cellSize, rowNames, colNames);
    }
}
