package org.cdgan.prep;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.cdgan.data.DataException;
import org.cdgan.data.Expression;

/**
 * The Extended Cohn-Kanade set (CK+) as distributed: {@code cohn-kanade-images/Sxxx/yyy/*.png}
 * frames and {@code Emotion/Sxxx/yyy/*_emotion.txt} labels. Each labelled sequence gives its
 * last frames (3 by default) with the label and, if asked, its first frame as neutral; the
 * subject id is the {@code Sxxx} folder and the sequence the {@code yyy} folder.
 *
 * <p>Code table of the emotion files: 0 neutral, 1 anger, 2 contempt, 3 disgust, 4 fear,
 * 5 happy, 6 sadness, 7 surprise. Only 327 of the 593 sequences carry a label; the others are
 * listed as missing a label file.
 */
public final class CkPlus {

    /** The layout's name and identity namespace. */
    public static final String NAME = "ckplus";

    /** Emotion code to expression, by index. */
    static final List<Expression> CODES = List.of(Expression.NEUTRAL, Expression.ANGER,
            Expression.CONTEMPT, Expression.DISGUST, Expression.FEAR, Expression.HAPPINESS,
            Expression.SADNESS, Expression.SURPRISE);

    private CkPlus() {
    }

    /**
     * Prepares CK+.
     *
     * @param in the folder holding {@code cohn-kanade-images/} and {@code Emotion/}
     * @param out the output folder
     * @throws DataException when either folder is missing or nothing could be prepared
     */
    public static PrepResult prepare(Path in, Path out, PrepOptions options) throws IOException {
        Path images = in.resolve("cohn-kanade-images");
        Path labels = in.resolve("Emotion");
        for (Path p : List.of(images, labels)) {
            if (!Files.isDirectory(p)) {
                throw new DataException("CK+ folder not found: " + p + "; give --in the folder "
                        + "that holds cohn-kanade-images/ and Emotion/ (from the CK+ archives)");
            }
        }
        try (PrepOutput output = new PrepOutput(NAME, out, options, true)) {
            PrepReport report = output.report();
            Set<String> seen = new HashSet<>();
            for (Path subject : ImageFiles.folders(images)) {
                for (Path seq : ImageFiles.folders(subject)) {
                    String s = subject.getFileName().toString();
                    String q = seq.getFileName().toString();
                    seen.add(s + "/" + q);
                    sequence(output, report, seq, labels.resolve(s).resolve(q), s, q, options);
                }
            }
            // Labels whose sequence has no frames.
            for (Path subject : ImageFiles.folders(labels)) {
                for (Path seq : ImageFiles.folders(subject)) {
                    String key = subject.getFileName() + "/" + seq.getFileName();
                    if (!seen.contains(key) && !labelFiles(seq).isEmpty()) {
                        report.add(PrepIssue.Kind.MISSING_IMAGE, seq, "label for a sequence "
                                + "with no folder in cohn-kanade-images; left out");
                    }
                }
            }
            return output.finish();
        }
    }

    private static void sequence(PrepOutput output, PrepReport report, Path seq, Path labelDir,
            String subject, String sequence, PrepOptions options) throws IOException {
        List<Path> frames = ImageFiles.walk(seq).stream().filter(ImageFiles::isImage).toList();
        List<Path> labelFiles = Files.isDirectory(labelDir) ? labelFiles(labelDir) : List.of();
        if (labelFiles.isEmpty()) {
            report.add(PrepIssue.Kind.MISSING_LABEL_FILE, seq, "no *_emotion.txt in "
                    + labelDir + " (CK+ labels 327 of its 593 sequences); left out");
            return;
        }
        if (labelFiles.size() > 1) {
            report.add(PrepIssue.Kind.DUPLICATE, labelDir, labelFiles.size()
                    + " emotion files; kept " + labelFiles.get(0).getFileName());
        }
        Path labelFile = labelFiles.get(0);
        Expression expression = code(report, labelFile);
        if (expression == null) {
            return;
        }
        if (frames.isEmpty()) {
            report.add(PrepIssue.Kind.MISSING_IMAGE, seq, "labelled sequence with no frames; "
                    + "left out");
            return;
        }
        int first = Math.max(0, frames.size() - options.frames());
        for (int i = first; i < frames.size(); i++) {
            Path f = frames.get(i);
            output.add(f, subject + "/" + sequence + "/" + ImageFiles.stem(seq, f), expression,
                    subject, sequence, null);
        }
        if (options.neutralFirstFrame() && first > 0) {
            Path f = frames.get(0);
            output.add(f, subject + "/" + sequence + "/" + ImageFiles.stem(seq, f),
                    Expression.NEUTRAL, subject, sequence, null);
        }
    }

    private static List<Path> labelFiles(Path dir) throws IOException {
        return ImageFiles.walk(dir).stream()
                .filter(p -> p.getFileName().toString().endsWith("_emotion.txt")).toList();
    }

    /** The expression of an emotion file ("   3.0000000e+00"), or null when reported bad. */
    private static Expression code(PrepReport report, Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8).trim();
        try {
            double v = Double.parseDouble(text);
            int code = (int) v;
            if (code == v && code >= 0 && code < CODES.size()) {
                return CODES.get(code);
            }
        } catch (NumberFormatException e) {
            // Reported below with the text.
        }
        report.add(PrepIssue.Kind.UNKNOWN_CODE, file, "emotion code '" + text + "' is not one "
                + "of 0..7 (0 neutral, 1 anger, 2 contempt, 3 disgust, 4 fear, 5 happy, "
                + "6 sadness, 7 surprise); sequence left out");
        return null;
    }
}
