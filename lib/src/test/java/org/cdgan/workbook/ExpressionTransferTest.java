package org.cdgan.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;

import ai.djl.ndarray.NDManager;

import org.cdgan.data.FaceRecord;
import org.cdgan.data.Preprocessing;
import org.cdgan.model.CdGan;
import org.cdgan.synth.SynthConfig;
import org.cdgan.synth.SynthFaces;
import org.junit.jupiter.api.Test;

class ExpressionTransferTest {

    private static int[] pixels(BufferedImage img) {
        return img.getRGB(0, 0, img.getWidth(), img.getHeight(), null, 0, img.getWidth());
    }

    @Test
    void gridCellsAndInterpolationEndsAreTheSameFaces() throws Exception {
        SynthFaces synth = new SynthFaces(SynthConfig.defaults().withSize(48).withCounts(8, 1));
        List<FaceRecord> faces = synth.faceSet().records();
        try (NDManager m = NDManager.newBaseManager()) {
            CdGan gan = new CdGan(32, 1, 7, 3, 4, 0);
            gan.initialize(m);
            ExpressionTransfer t = new ExpressionTransfer(gan, m,
                    Preprocessing.defaults().withSize(32));
            List<FaceRecord> ids = List.of(faces.get(0), faces.get(7));
            List<FaceRecord> exprs = List.of(faces.get(1), faces.get(2), faces.get(3));
            BufferedImage[][] grid = t.grid(ids, exprs, synth);
            assertEquals(2, grid.length);
            assertEquals(3, grid[0].length);
            assertEquals(32, grid[1][2].getWidth());
            assertEquals(32, grid[1][2].getHeight());
            BufferedImage[] line = t.interpolate(faces.get(7), faces.get(1), faces.get(3), 5,
                    synth);
            assertEquals(5, line.length);
            org.junit.jupiter.api.Assertions.assertArrayEquals(pixels(grid[1][0]),
                    pixels(line[0]));
            org.junit.jupiter.api.Assertions.assertArrayEquals(pixels(grid[1][2]),
                    pixels(line[4]));
            // different identities give different faces for the same expression
            assertNotEquals(java.util.Arrays.hashCode(pixels(grid[0][0])),
                    java.util.Arrays.hashCode(pixels(grid[1][0])));
        }
    }

    @Test
    void arraysInMinusOneToOneBecomeGreyLevels() {
        BufferedImage img = ExpressionTransfer.toImage(new float[] {-1, 0, 1, 2}, 1, 2);
        assertEquals(0x000000, img.getRGB(0, 0) & 0xFFFFFF);
        assertEquals(0x808080, img.getRGB(1, 0) & 0xFFFFFF);
        assertEquals(0xFFFFFF, img.getRGB(0, 1) & 0xFFFFFF);
        assertEquals(0xFFFFFF, img.getRGB(1, 1) & 0xFFFFFF);
    }
}
