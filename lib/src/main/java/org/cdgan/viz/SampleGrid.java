package org.cdgan.viz;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import java.io.IOException;
import org.cdgan.data.Expression;
import org.cdgan.data.FaceRecord;
import org.cdgan.data.FaceSet;
import org.cdgan.data.ImageSource;

/**
 * Rows of face images: a few samples of every expression class, or any chosen groups of
 * images (the frames of one sequence, to show how alike they are).
 */
public final class SampleGrid {

    private SampleGrid() {
    }

    /**
     * Up to {@code perClass} images of every class of the set, one row per class in canonical
     * order, chosen at random with the seed; each row is labelled with the class and its count.
     *
     * @param set the data set
     * @param source loads the images
     * @param perClass images per row
     * @param cellSize the side of a cell, in pixels
     * @param seed the seed of the random choice
     * @throws IOException (a DataException naming the file) when an image cannot be read
     */
    public static BufferedImage perClass(FaceSet set, ImageSource source, int perClass,
            int cellSize, long seed) throws IOException {
        if (perClass < 1) {
            throw new IllegalArgumentException("images per class " + perClass
                    + " must be at least 1");
        }
        Random random = new Random(seed);
        List<List<FaceRecord>> rows = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (Expression e : set.classes()) {
            List<FaceRecord> of = new ArrayList<>(set.filter(r -> r.expression() == e).records());
            labels.add(e.label() + " (" + of.size() + ")");
            Collections.shuffle(of, random);
            rows.add(of.subList(0, Math.min(perClass, of.size())));
        }
        return rows(rows, labels, source, cellSize);
    }

    /**
     * Given groups of images, one row each; rows shorter than the longest are padded blank.
     *
     * @param rows the images of every row
     * @param rowLabels one label per row
     * @param source loads the images
     * @param cellSize the side of a cell, in pixels
     * @throws IOException (a DataException naming the file) when an image cannot be read
     */
    public static BufferedImage rows(List<List<FaceRecord>> rows, List<String> rowLabels,
            ImageSource source, int cellSize) throws IOException {
        int cols = 0;
        for (List<FaceRecord> row : rows) {
            cols = Math.max(cols, row.size());
        }
        BufferedImage[][] cells = new BufferedImage[rows.size()][cols];
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < rows.get(r).size(); c++) {
                cells[r][c] = source.load(rows.get(r).get(c));
            }
        }
        return ImageGrid.draw(cells, cellSize, rowLabels, null);
    }
}
