package org.cdgan.viz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.cdgan.data.Expression;
import org.cdgan.data.FaceRecord;
import org.cdgan.data.FaceSet;
import org.cdgan.data.ImageSource;
import org.junit.jupiter.api.Test;

class ImageGridTest {

    private static BufferedImage solid(Color colour, int size) {
        BufferedImage img = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(colour);
        g.fillRect(0, 0, size, size);
        g.dispose();
        return img;
    }

    @Test
    void cellsAreScaledAndPlacedWithoutLabels() {
        BufferedImage red = solid(Color.RED, 10);
        BufferedImage blue = solid(Color.BLUE, 20);
        BufferedImage[][] cells = {{red, blue}, {blue, null}};
        BufferedImage grid = ImageGrid.draw(cells, 16, null, null);
        assertEquals(2 * 16 + ImageGrid.GAP, grid.getWidth());
        assertEquals(2 * 16 + ImageGrid.GAP, grid.getHeight());
        assertEquals(Color.RED.getRGB(), grid.getRGB(8, 8));
        assertEquals(Color.BLUE.getRGB(), grid.getRGB(16 + ImageGrid.GAP + 8, 8));
        assertEquals(Color.WHITE.getRGB(), grid.getRGB(16, 8)); // the gap
        assertEquals(Color.WHITE.getRGB(), grid.getRGB(grid.getWidth() - 2,
                grid.getHeight() - 2)); // the blank cell
    }

    @Test
    void transferGridHasHeaderRowAndColumnAndLabels() {
        int s = 24;
        List<BufferedImage> ids = List.of(solid(Color.RED, 8), solid(Color.GREEN, 8));
        List<BufferedImage> exprs = List.of(solid(Color.BLUE, 8), solid(Color.BLUE, 8),
                solid(Color.BLUE, 8));
        BufferedImage[][] gen = new BufferedImage[2][3];
        for (BufferedImage[] row : gen) {
            for (int c = 0; c < 3; c++) {
                row[c] = solid(Color.MAGENTA, 8);
            }
        }
        gen[1][2] = solid(Color.YELLOW, 8);
        BufferedImage grid = TransferGrid.draw(ids, exprs, gen, List.of("s1", "s2"),
                List.of("anger", "fear", "happiness"), s);
        // labels widen the image beyond the bare 4 x 3 cells
        assertTrue(grid.getWidth() > 4 * s + 3 * ImageGrid.GAP);
        assertTrue(grid.getHeight() > 3 * s + 2 * ImageGrid.GAP);
        // bottom-right cell is generated[1][2]
        assertEquals(Color.YELLOW.getRGB(), grid.getRGB(grid.getWidth() - s / 2,
                grid.getHeight() - s / 2));
        // the cell left of it is generated[1][1]
        assertEquals(Color.MAGENTA.getRGB(), grid.getRGB(grid.getWidth() - s - ImageGrid.GAP
                - s / 2, grid.getHeight() - s / 2));
        // the first column of the last row is the identity image (green)
        int left = grid.getWidth() - 4 * s - 3 * ImageGrid.GAP;
        assertEquals(Color.GREEN.getRGB(), grid.getRGB(left + s / 2, grid.getHeight() - s / 2));
        // the label margin holds dark text pixels
        boolean ink = false;
        for (int x = 0; x < left && !ink; x++) {
            for (int y = grid.getHeight() - s; y < grid.getHeight(); y++) {
                ink |= (grid.getRGB(x, y) & 0xFF) < 128;
            }
        }
        assertTrue(ink, "row label 's2' is drawn");
        assertThrows(IllegalArgumentException.class, () -> TransferGrid.draw(ids, exprs, gen,
                List.of("s1"), List.of("a", "b", "c"), s));
    }

    @Test
    void sampleGridHasOneRowPerClassInCanonicalOrder() throws Exception {
        List<FaceRecord> records = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            records.add(new FaceRecord(Path.of("s" + i + ".png"), Expression.SURPRISE, null,
                    null, null));
        }
        records.add(new FaceRecord(Path.of("a.png"), Expression.ANGER, null, null, null));
        FaceSet set = new FaceSet("toy", records);
        ImageSource source = r -> solid(r.expression() == Expression.ANGER ? Color.RED
                : Color.BLUE, 12);
        int s = 20;
        BufferedImage grid = SampleGrid.perClass(set, source, 3, s, 1);
        assertEquals(2 * s + ImageGrid.GAP, grid.getHeight());
        int right = grid.getWidth();
        // row 0 is anger (one image, then blanks), row 1 surprise (three images)
        assertEquals(Color.WHITE.getRGB(), grid.getRGB(right - s / 2, s / 2));
        assertEquals(Color.BLUE.getRGB(), grid.getRGB(right - s / 2, grid.getHeight() - s / 2));
        int first = right - 3 * s - 2 * ImageGrid.GAP;
        assertEquals(Color.RED.getRGB(), grid.getRGB(first + s / 2, s / 2));
        assertNotEquals(Color.WHITE.getRGB(), grid.getRGB(first + s / 2, grid.getHeight() - 2));
    }
}
