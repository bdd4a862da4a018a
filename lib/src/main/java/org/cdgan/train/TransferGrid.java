package org.cdgan.train;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.cdgan.io.AtomicFiles;

/**
 * The expression-transfer grid (the article's Figure 8) as a grey PNG: the top row shows the
 * expression images (columns), the left column the identity images (rows), and cell (r, c) is
 * {@code G_d(E_e(column c), E_f(row r))}. Colour images are shown by their mean over channels.
 */
public final class TransferGrid {

    private TransferGrid() {
    }

    /**
     * Writes the grid atomically.
     *
     * @param file the PNG file
     * @param columns the expression images, each C x S x S in [-1, 1]
     * @param rows the identity images
     * @param cells cells[r][c], the synthetic faces
     * @param channels C
     * @param size S
     */
    public static void write(Path file, float[][] columns, float[][] rows, float[][][] cells,
            int channels, int size) throws IOException {
        int w = (columns.length + 1) * size;
        int h = (rows.length + 1) * size;
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        for (int c = 0; c < columns.length; c++) {
            paint(img, columns[c], channels, size, (c + 1) * size, 0);
        }
        for (int r = 0; r < rows.length; r++) {
            paint(img, rows[r], channels, size, 0, (r + 1) * size);
            for (int c = 0; c < columns.length; c++) {
                paint(img, cells[r][c], channels, size, (c + 1) * size, (r + 1) * size);
            }
        }
        AtomicFiles.write(file, out -> ImageIO.write(img, "png", out));
    }

    private static void paint(BufferedImage img, float[] pixels, int channels, int size, int x0,
            int y0) {
        int plane = size * size;
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                float v = 0;
                for (int ch = 0; ch < channels; ch++) {
                    v += pixels[ch * plane + y * size + x];
                }
                v /= channels;
                int grey = Math.round((Math.max(-1f, Math.min(1f, v)) + 1f) * 127.5f);
                img.getRaster().setSample(x0 + x, y0 + y, 0, grey);
            }
        }
    }
}
