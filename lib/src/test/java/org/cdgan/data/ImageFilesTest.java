package org.cdgan.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageFilesTest {

    @TempDir
    Path tmp;

    private static final Path PNG = Path.of("ck48/anger/S010_004_00000017.png");
    private static final Path PGM = Path.of("orl_faces/s1/1.pgm");

    private static Path jpeg() throws Exception {
        try (var files = Files.list(SharedData.set("fer2013/train/angry"))) {
            return files.sorted().findFirst().orElseThrow();
        }
    }

    @Test
    void decodesEachFormatToItsSize() throws Exception {
        ImageFiles files = new ImageFiles();
        BufferedImage png = files.read(SharedData.root().resolve(PNG));
        assertEquals(48, png.getWidth());
        assertEquals(48, png.getHeight());
        assertEquals(1, ImageFiles.channels(png));
        BufferedImage jpg = files.read(jpeg());
        assertEquals(48, jpg.getWidth());
        assertEquals(48, jpg.getHeight());
        assertEquals(1, ImageFiles.channels(jpg));
        BufferedImage pgm = files.read(SharedData.root().resolve(PGM));
        assertEquals(92, pgm.getWidth());
        assertEquals(112, pgm.getHeight());
        assertEquals(1, ImageFiles.channels(pgm));
    }

    @Test
    void pgmPixelsAreTheFileBytes() throws Exception {
        Path file = SharedData.root().resolve(PGM);
        byte[] raw = Files.readAllBytes(file);
        BufferedImage pgm = ImageFiles.decode(file);
        int pixels = 92 * 112;
        int offset = raw.length - pixels;
        assertEquals(raw[offset] & 0xff, pgm.getRaster().getSample(0, 0, 0));
        assertEquals(raw[raw.length - 1] & 0xff, pgm.getRaster().getSample(91, 111, 0));
    }

    @Test
    void truncatedFilesAreNamed() throws Exception {
        Path[] sources = {SharedData.root().resolve(PNG), jpeg(), SharedData.root().resolve(PGM)};
        String[] names = {"cut.png", "cut.jpg", "cut.pgm"};
        for (int i = 0; i < sources.length; i++) {
            byte[] raw = Files.readAllBytes(sources[i]);
            Path cut = tmp.resolve(names[i]);
            Files.write(cut, Arrays.copyOf(raw, raw.length / 2));
            DataException e = assertThrows(DataException.class, () -> ImageFiles.decode(cut));
            assertTrue(e.getMessage().contains(cut.toString()), e.getMessage());
            assertTrue(e.getMessage().contains("truncated"), e.getMessage());
        }
    }

    @Test
    void missingEmptyAndNonImagesAreNamed() throws Exception {
        Path text = tmp.resolve("notes.png");
        Files.writeString(text, "this is not a picture", StandardCharsets.UTF_8);
        DataException e = assertThrows(DataException.class, () -> ImageFiles.decode(text));
        assertTrue(e.getMessage().startsWith(text + ": not an image"), e.getMessage());
        Path empty = Files.createFile(tmp.resolve("empty.jpg"));
        e = assertThrows(DataException.class, () -> ImageFiles.decode(empty));
        assertTrue(e.getMessage().contains("empty file"), e.getMessage());
        Path missing = tmp.resolve("gone.png");
        e = assertThrows(DataException.class, () -> ImageFiles.decode(missing));
        assertTrue(e.getMessage().contains("not found"), e.getMessage());
    }

    @Test
    void unexpectedSizeOrChannelsAreRejected() throws Exception {
        Path png = SharedData.root().resolve(PNG);
        DataException e = assertThrows(DataException.class,
                () -> new ImageFiles(new ImageFiles.Shape(64, 64, 0)).read(png));
        assertTrue(e.getMessage().contains("48 x 48 pixels where this set has 64 x 64"),
                e.getMessage());
        e = assertThrows(DataException.class,
                () -> new ImageFiles(new ImageFiles.Shape(0, 0, 3)).read(png));
        assertTrue(e.getMessage().contains("1 channel(s) where this set has 3"), e.getMessage());
    }
}
