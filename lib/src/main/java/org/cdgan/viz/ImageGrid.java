package org.cdgan.viz;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Objects;

/**
 * A grid of equally sized image cells with optional row labels on the left and column labels
 * on top, drawn on white: the common layout of the sample and transfer grids. Each cell is
 * scaled to the cell size with bilinear filtering; a {@code null} cell is left blank.
 */
public final class ImageGrid {

    /** Gap between cells, in pixels. */
    public static final int GAP = 2;

    private static final int FONT_SIZE = 12;
    private static final int PAD = 4;

    private ImageGrid() {
    }

    /**
     * Draws the grid.
     *
     * @param cells cells[row][column], all rows of the same length
     * @param cellSize the side of a square cell, in pixels
     * @param rowLabels one label per row, or {@code null} for none
     * @param columnLabels one label per column, or {@code null} for none
     * @return an RGB image
     */
    public static BufferedImage draw(BufferedImage[][] cells, int cellSize,
            List<String> rowLabels, List<String> columnLabels) {
        Objects.requireNonNull(cells, "cells");
        if (cellSize < 1) {
            throw new IllegalArgumentException("cell size " + cellSize + " must be positive");
        }
        int rows = cells.length;
        int cols = rows == 0 ? 0 : cells[0].length;
        for (BufferedImage[] row : cells) {
            if (row.length != cols) {
                throw new IllegalArgumentException("grid rows differ in length: " + row.length
                        + " and " + cols + " cells");
            }
        }
        checkLabels("row", rowLabels, rows);
        checkLabels("column", columnLabels, cols);

        Font font = new Font(Font.SANS_SERIF, Font.PLAIN, FONT_SIZE);
        BufferedImage probe = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
        Graphics2D pg = probe.createGraphics();
        FontMetrics fm = pg.getFontMetrics(font);
        int left = 0;
        if (rowLabels != null) {
            for (String label : rowLabels) {
                left = Math.max(left, fm.stringWidth(label));
            }
            left += 2 * PAD;
        }
        int top = columnLabels == null ? 0 : fm.getHeight() + 2 * PAD;
        pg.dispose();

        int width = left + cols * cellSize + Math.max(0, cols - 1) * GAP;
        int height = top + rows * cellSize + Math.max(0, rows - 1) * GAP;
        BufferedImage out = new BufferedImage(Math.max(1, width), Math.max(1, height),
                BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, out.getWidth(), out.getHeight());
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION,
                    RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING,
                    RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < cols; c++) {
                    if (cells[r][c] != null) {
                        g.drawImage(cells[r][c], cellX(left, c, cellSize),
                                cellY(top, r, cellSize), cellSize, cellSize, null);
                    }
                }
            }
            g.setFont(font);
            g.setColor(Color.BLACK);
            int ascent = g.getFontMetrics().getAscent();
            if (rowLabels != null) {
                for (int r = 0; r < rows; r++) {
                    int y = cellY(top, r, cellSize) + (cellSize + ascent) / 2;
                    g.drawString(rowLabels.get(r), PAD, y);
                }
            }
            if (columnLabels != null) {
                for (int c = 0; c < cols; c++) {
                    String label = columnLabels.get(c);
                    int x = cellX(left, c, cellSize)
                            + (cellSize - g.getFontMetrics().stringWidth(label)) / 2;
                    g.drawString(label, Math.max(left, x), PAD + ascent);
                }
            }
        } finally {
            g.dispose();
        }
        return out;
    }

    /** The left edge of column {@code c}. */
    public static int cellX(int left, int c, int cellSize) {
        return left + c * (cellSize + GAP);
    }

    /** The top edge of row {@code r}. */
    public static int cellY(int top, int r, int cellSize) {
        return top + r * (cellSize + GAP);
    }

    private static void checkLabels(String what, List<String> labels, int count) {
        if (labels != null && labels.size() != count) {
            throw new IllegalArgumentException(labels.size() + " " + what + " labels for "
                    + count + " " + what + "s");
        }
    }
}
