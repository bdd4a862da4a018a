package org.cdgan.data;

import java.awt.image.BufferedImage;
import java.awt.image.WritableRaster;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Decodes portable grey maps (PGM), the format of the ORL faces, which Java's ImageIO does not
 * read: binary {@code P5} (8 or 16 bits a pixel) and plain-text {@code P2}.
 */
public final class PgmReader {

    private final byte[] bytes;
    private final Path file;
    private int pos;

    private PgmReader(byte[] bytes, Path file) {
        this.bytes = bytes;
        this.file = file;
    }

    /** Whether {@code head} starts like a PGM file ({@code P5} or {@code P2} and a space). */
    public static boolean looksLikePgm(byte[] head) {
        return head.length >= 3 && head[0] == 'P' && (head[1] == '5' || head[1] == '2')
                && Character.isWhitespace(head[2]);
    }

    /**
     * Reads a PGM file as an 8-bit grey image (16-bit samples are scaled down).
     *
     * @throws DataException naming the file when the header is malformed or the pixels are cut
     */
    public static BufferedImage read(Path file) throws IOException {
        return decode(Files.readAllBytes(file), file);
    }

    /** Decodes PGM bytes; {@code file} only names the source in errors. */
    public static BufferedImage decode(byte[] bytes, Path file) throws DataException {
        return new PgmReader(bytes, file).decode();
    }

    private BufferedImage decode() throws DataException {
        if (!looksLikePgm(bytes)) {
            throw new DataException(file + ": not a PGM image (no P5/P2 header)");
        }
        boolean plain = bytes[1] == '2';
        pos = 2;
        int width = nextInt("width");
        int height = nextInt("height");
        int maxval = nextInt("maximum grey value");
        if (width <= 0 || height <= 0 || maxval <= 0 || maxval > 65535) {
            throw new DataException(file + ": bad PGM header (" + width + " x " + height
                    + ", maxval " + maxval + "); re-export the image");
        }
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        WritableRaster raster = image.getRaster();
        long pixels = (long) width * height;
        if (plain) {
            for (int i = 0; i < pixels; i++) {
                raster.setSample(i % width, i / width, 0, scale(nextInt("pixel"), maxval));
            }
            return image;
        }
        pos++; // exactly one whitespace byte separates the header from the pixels
        int bytesPerPixel = maxval < 256 ? 1 : 2;
        if (bytes.length - (long) pos < pixels * bytesPerPixel) {
            throw new DataException(file + ": truncated PGM image (" + (bytes.length - pos)
                    + " pixel bytes where " + width + " x " + height + " needs "
                    + pixels * bytesPerPixel + "); replace the file");
        }
        for (int i = 0; i < pixels; i++) {
            int v;
            if (bytesPerPixel == 1) {
                v = bytes[pos++] & 0xff;
            } else {
                v = ((bytes[pos] & 0xff) << 8) | (bytes[pos + 1] & 0xff);
                pos += 2;
            }
            raster.setSample(i % width, i / width, 0, scale(v, maxval));
        }
        return image;
    }

    private static int scale(int v, int maxval) {
        return maxval == 255 ? Math.min(v, 255) : Math.min(255, Math.round(v * 255f / maxval));
    }

    /** The next decimal number of the header, skipping whitespace and # comments. */
    private int nextInt(String what) throws DataException {
        while (pos < bytes.length) {
            byte b = bytes[pos];
            if (b == '#') {
                while (pos < bytes.length && bytes[pos] != '\n') {
                    pos++;
                }
            } else if (Character.isWhitespace(b)) {
                pos++;
            } else {
                break;
            }
        }
        int start = pos;
        while (pos < bytes.length && bytes[pos] >= '0' && bytes[pos] <= '9') {
            pos++;
        }
        if (start == pos) {
            throw new DataException(file + ": malformed or truncated PGM (expected the " + what
                    + " at byte " + start + "); replace the file");
        }
        String digits = new String(bytes, start, Math.min(pos - start, 9),
                StandardCharsets.US_ASCII);
        return Integer.parseInt(digits);
    }
}
