package org.cdgan.data;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/**
 * Images on disk: decodes PNG, JPEG (through ImageIO) and PGM ({@link PgmReader}), chosen by
 * the file's first bytes rather than its name, and checks them before they reach a model.
 *
 * <p>Every failure is a {@link DataException} naming the file: missing, empty, truncated, not
 * an image, a channel count other than 1 (grey) or 3 (colour), or a size other than the one
 * expected (when an expectation is given).
 */
public final class ImageFiles implements ImageSource {

    /**
     * What the images of a set must look like; a zero field accepts any value.
     *
     * @param width the expected width in pixels, or 0
     * @param height the expected height in pixels, or 0
     * @param channels the expected channel count (1 or 3), or 0
     */
    public record Shape(int width, int height, int channels) {

        /** Accepts every size and either channel count. */
        public static final Shape ANY = new Shape(0, 0, 0);
    }

    private final Shape expected;

    /** Reads images of any size, grey or colour. */
    public ImageFiles() {
        this(Shape.ANY);
    }

    /** Reads images and rejects those that differ from {@code expected}. */
    public ImageFiles(Shape expected) {
        this.expected = expected;
    }

    /** The shape images must have. */
    public Shape expected() {
        return expected;
    }

    @Override
    public BufferedImage load(FaceRecord record) throws IOException {
        return read(record.path());
    }

    /**
     * Decodes one image file and checks it.
     *
     * @throws DataException naming the file and what to do when it cannot be used
     */
    public BufferedImage read(Path file) throws IOException {
        BufferedImage image = decode(file);
        check(file, image);
        return image;
    }

    /** The number of colour channels of an image: 1 for grey, 3 for colour. */
    public static int channels(BufferedImage image) {
        return image.getColorModel().getNumColorComponents();
    }

    /**
     * Decodes an image file without checking its shape.
     *
     * @throws DataException naming the file when it is missing, truncated or not an image
     */
    public static BufferedImage decode(Path file) throws IOException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new DataException(file + ": image file not found; check the path");
        }
        if (bytes.length == 0) {
            throw new DataException(file + ": empty file, not an image; remove or replace it");
        }
        if (PgmReader.looksLikePgm(bytes)) {
            return PgmReader.decode(bytes, file);
        }
        if (isPng(bytes) && !pngComplete(bytes)) {
            throw new DataException(file + ": truncated PNG (no IEND chunk at its end); "
                    + "replace the file or pass --skip-bad");
        }
        if (isJpeg(bytes) && !jpegComplete(bytes)) {
            throw new DataException(file + ": truncated JPEG (no end-of-image marker); "
                    + "replace the file or pass --skip-bad");
        }
        BufferedImage image;
        try {
            image = ImageIO.read(new ByteArrayInputStream(bytes));
        } catch (IOException | RuntimeException e) {
            throw new DataException(file + ": corrupt image (" + e.getMessage()
                    + "); replace the file or pass --skip-bad", e);
        }
        if (image == null) {
            throw new DataException(file + ": not an image (PNG, JPEG or PGM expected); "
                    + "remove it from the data folder or pass --skip-bad");
        }
        return image;
    }

    private void check(Path file, BufferedImage image) throws DataException {
        int c = channels(image);
        if (c != 1 && c != 3) {
            throw new DataException(file + ": " + c + " colour channels; use grey (1) or "
                    + "colour (3) images");
        }
        if (expected.channels() != 0 && c != expected.channels()) {
            throw new DataException(file + ": " + c + " channel(s) where this set has "
                    + expected.channels() + "; convert the image or pass --skip-bad");
        }
        boolean wrongWidth = expected.width() != 0 && image.getWidth() != expected.width();
        boolean wrongHeight = expected.height() != 0 && image.getHeight() != expected.height();
        if (wrongWidth || wrongHeight) {
            throw new DataException(file + ": " + image.getWidth() + " x " + image.getHeight()
                    + " pixels where this set has " + expected.width() + " x "
                    + expected.height() + "; resize the image or pass --skip-bad");
        }
    }

    private static boolean isPng(byte[] b) {
        return b.length >= 8 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N'
                && b[3] == 'G';
    }

    private static boolean pngComplete(byte[] b) {
        int n = b.length;
        return n >= 20 && b[n - 8] == 'I' && b[n - 7] == 'E' && b[n - 6] == 'N'
                && b[n - 5] == 'D';
    }

    private static boolean isJpeg(byte[] b) {
        return b.length >= 3 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xd8
                && (b[2] & 0xff) == 0xff;
    }

    /** A JPEG ends with the FF D9 marker, possibly followed by a little padding. */
    private static boolean jpegComplete(byte[] b) {
        for (int i = b.length - 2; i >= Math.max(2, b.length - 64); i--) {
            if ((b[i] & 0xff) == 0xff && (b[i + 1] & 0xff) == 0xd9) {
                return true;
            }
        }
        return false;
    }
}
