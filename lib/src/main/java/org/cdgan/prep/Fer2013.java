package org.cdgan.prep;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cdgan.data.DataException;
import org.cdgan.data.Expression;
import org.cdgan.data.Split;

/**
 * FER2013 as the challenge shipped it: {@code fer2013.csv} with the columns
 * {@code emotion,pixels,Usage}, each row a 48 x 48 grey face as 2,304 space-separated values.
 * Usage {@code Training}, {@code PublicTest} and {@code PrivateTest} become the train, val and
 * test splits.
 *
 * <p>Code table: 0 angry, 1 disgust, 2 fear, 3 happy, 4 sad, 5 surprise, 6 neutral. Rows with
 * the same pixels as an earlier row (the set has a few) are reported and kept, so the split
 * sizes stay those of the original set.
 */
public final class Fer2013 {

    /** The layout's name. */
    public static final String NAME = "fer2013";

    /** Emotion code to expression, by index. */
    static final List<Expression> CODES = List.of(Expression.ANGER, Expression.DISGUST,
            Expression.FEAR, Expression.HAPPINESS, Expression.SADNESS, Expression.SURPRISE,
            Expression.NEUTRAL);

    static final int SIDE = 48;

    private static final Map<String, Split> USAGE = Map.of("training", Split.TRAIN,
            "publictest", Split.VAL, "privatetest", Split.TEST);

    private Fer2013() {
    }

    /**
     * Prepares FER2013.
     *
     * @param in {@code fer2013.csv}, or the folder holding it
     * @param out the output folder
     * @throws DataException when the file or one of its three columns is missing
     */
    public static PrepResult prepare(Path in, Path out, PrepOptions options) throws IOException {
        Path csv = Files.isDirectory(in) ? in.resolve("fer2013.csv") : in;
        if (!Files.isRegularFile(csv)) {
            throw new DataException("FER2013 file not found: " + csv + "; give --in the "
                    + "fer2013.csv from the fer2013.tar.gz archive");
        }
        try (PrepOutput output = new PrepOutput(NAME, out, options, false);
                BufferedReader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            PrepReport report = output.report();
            String header = reader.readLine();
            List<String> columns = header == null ? List.of() : List.of(header.replace("\uFEFF",
                    "").toLowerCase(Locale.ROOT).split(","));
            int cEmotion = columns.indexOf("emotion");
            int cPixels = columns.indexOf("pixels");
            int cUsage = columns.indexOf("usage");
            if (cEmotion < 0 || cPixels < 0 || cUsage < 0) {
                throw new DataException(csv + ": header '" + header + "' lacks one of the "
                        + "columns emotion,pixels,Usage; is this the original fer2013.csv?");
            }
            Map<String, Integer> seen = new HashMap<>();
            String line;
            int n = 1;
            int row = 0;
            while ((line = reader.readLine()) != null) {
                n++;
                if (line.isBlank()) {
                    continue;
                }
                String where = csv.getFileName() + " line " + n;
                String[] cells = line.split(",", -1);
                if (cells.length != columns.size()) {
                    report.add(PrepIssue.Kind.UNREADABLE_IMAGE, where, cells.length
                            + " cells where the header has " + columns.size() + "; left out");
                    continue;
                }
                Expression expression = code(cells[cEmotion].trim());
                if (expression == null) {
                    report.add(PrepIssue.Kind.UNKNOWN_CODE, where, "emotion '" + cells[cEmotion]
                            + "' is not one of 0..6 (0 angry, 1 disgust, 2 fear, 3 happy, "
                            + "4 sad, 5 surprise, 6 neutral); left out");
                    continue;
                }
                Split split = USAGE.get(cells[cUsage].trim().toLowerCase(Locale.ROOT));
                if (split == null) {
                    report.add(PrepIssue.Kind.UNKNOWN_CODE, where, "Usage '" + cells[cUsage]
                            + "' is none of Training, PublicTest, PrivateTest; left out");
                    continue;
                }
                BufferedImage img = pixels(cells[cPixels]);
                if (img == null) {
                    report.add(PrepIssue.Kind.UNREADABLE_IMAGE, where, "pixels are not "
                            + SIDE * SIDE + " values 0..255; left out");
                    continue;
                }
                Integer first = seen.putIfAbsent(digest(cells[cPixels].trim()), n);
                if (first != null) {
                    report.add(PrepIssue.Kind.DUPLICATE, where, "same pixels as line " + first
                            + "; kept both, as in the original set");
                }
                row++;
                output.add(img, where, String.format(Locale.ROOT, "%s/%s/%05d", split.label(),
                        expression.label(), row), expression, null, null, split);
            }
            return output.finish();
        }
    }

    private static Expression code(String s) {
        try {
            int c = Integer.parseInt(s);
            return c >= 0 && c < CODES.size() ? CODES.get(c) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The face of a pixels cell, or null when it is not 2,304 values 0..255. */
    static BufferedImage pixels(String cell) {
        String[] values = cell.trim().split("\\s+");
        if (values.length != SIDE * SIDE) {
            return null;
        }
        BufferedImage img = new BufferedImage(SIDE, SIDE, BufferedImage.TYPE_BYTE_GRAY);
        byte[] data = ((DataBufferByte) img.getRaster().getDataBuffer()).getData();
        for (int i = 0; i < values.length; i++) {
            int v;
            try {
                v = Integer.parseInt(values[i]);
            } catch (NumberFormatException e) {
                return null;
            }
            if (v < 0 || v > 255) {
                return null;
            }
            data[i] = (byte) v;
        }
        return img;
    }

    private static String digest(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(s.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
