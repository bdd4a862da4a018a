package org.cdgan.prep;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cdgan.data.DataException;
import org.cdgan.data.Expression;
import org.cdgan.data.Split;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * RAF-DB basic as distributed: {@code EmoLabel/list_patition_label.txt} (lines such as
 * {@code train_00001.jpg 5}) with {@code Image/aligned/train_00001_aligned.jpg} (100 x 100
 * faces, used as they are) or {@code Image/original/train_00001.jpg} (face-cropped). The name's
 * {@code train_} or {@code test_} prefix is the split.
 *
 * <p>Code table: 1 surprise, 2 fear, 3 disgust, 4 happiness, 5 sadness, 6 anger, 7 neutral.
 */
public final class RafDb {

    /** The layout's name. */
    public static final String NAME = "rafdb";

    /** Label code to expression; code {@code c} is at index {@code c - 1}. */
    static final List<Expression> CODES = List.of(Expression.SURPRISE, Expression.FEAR,
            Expression.DISGUST, Expression.HAPPINESS, Expression.SADNESS, Expression.ANGER,
            Expression.NEUTRAL);

    private static final Logger LOG = LoggerFactory.getLogger(RafDb.class);

    private RafDb() {
    }

    /**
     * Prepares RAF-DB basic.
     *
     * @param in the {@code basic} folder holding {@code EmoLabel/} and {@code Image/}
     * @param out the output folder
     * @throws DataException when the label file or the image folder is missing
     */
    public static PrepResult prepare(Path in, Path out, PrepOptions options) throws IOException {
        Path labelFile = in.resolve("EmoLabel").resolve("list_patition_label.txt");
        if (!Files.isRegularFile(labelFile)) {
            throw new DataException("RAF-DB label file not found: " + labelFile + "; give --in "
                    + "the 'basic' folder of RAF-DB that holds EmoLabel/ and Image/");
        }
        Path aligned = in.resolve("Image").resolve("aligned");
        Path original = in.resolve("Image").resolve("original");
        boolean useOriginal = options.original() || !Files.isDirectory(aligned);
        Path images = useOriginal ? original : aligned;
        if (!Files.isDirectory(images)) {
            throw new DataException("RAF-DB image folder not found: " + images + "; unpack "
                    + "aligned.zip or original.zip into " + in.resolve("Image"));
        }
        if (useOriginal && !options.original()) {
            LOG.info("no {}: reading {} with face crop", aligned, original);
        }
        try (PrepOutput output = new PrepOutput(NAME, out, options, useOriginal)) {
            PrepReport report = output.report();
            Map<String, Integer> codes = new HashMap<>();
            List<String> lines = Files.readAllLines(labelFile, StandardCharsets.UTF_8);
            Set<String> labelled = new HashSet<>();
            for (int n = 0; n < lines.size(); n++) {
                String line = lines.get(n).trim();
                if (line.isEmpty()) {
                    continue;
                }
                String where = labelFile.getFileName() + " line " + (n + 1);
                String[] parts = line.split("\\s+");
                Integer code = parts.length == 2 ? parseCode(parts[1]) : null;
                if (code == null) {
                    report.add(PrepIssue.Kind.UNKNOWN_CODE, where, "'" + line + "' is not "
                            + "'<image> <code 1..7>' (1 surprise, 2 fear, 3 disgust, "
                            + "4 happiness, 5 sadness, 6 anger, 7 neutral); left out");
                    continue;
                }
                String name = parts[0];
                labelled.add(name);
                Integer before = codes.putIfAbsent(name, code);
                if (before != null) {
                    report.add(PrepIssue.Kind.DUPLICATE, where, name + " labelled again ("
                            + code + (before.equals(code) ? "" : ", first " + before)
                            + "); kept the first");
                    continue;
                }
                Split split = name.startsWith("train_") ? Split.TRAIN
                        : name.startsWith("test_") ? Split.TEST : null;
                if (split == null) {
                    report.add(PrepIssue.Kind.UNKNOWN_CODE, where, name + " has neither the "
                            + "train_ nor the test_ prefix; left out");
                    continue;
                }
                String base = name.contains(".") ? name.substring(0, name.lastIndexOf('.'))
                        : name;
                Path file = useOriginal ? images.resolve(name)
                        : images.resolve(base + "_aligned" + name.substring(base.length()));
                if (!Files.isRegularFile(file)) {
                    report.add(PrepIssue.Kind.MISSING_IMAGE, file, "labelled in " + where
                            + " but not there; left out");
                    continue;
                }
                output.add(file, split.label() + "/" + base, CODES.get(code - 1), null, null,
                        split);
            }
            for (Path f : ImageFiles.walk(images)) {
                String n = f.getFileName().toString();
                String key = useOriginal ? n : n.replace("_aligned", "");
                if (ImageFiles.isImage(f) && !labelled.contains(key)) {
                    report.add(PrepIssue.Kind.MISSING_LABEL_FILE, f, "no label in "
                            + labelFile.getFileName() + "; left out");
                }
            }
            return output.finish();
        }
    }

    private static Integer parseCode(String s) {
        try {
            int c = Integer.parseInt(s);
            return c >= 1 && c <= CODES.size() ? c : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
