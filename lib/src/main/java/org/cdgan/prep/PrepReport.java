package org.cdgan.prep;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.cdgan.data.FaceSet;

/**
 * What a data script did: the images written and every problem met, so nothing is dropped
 * silently. Written as {@value #FILE_NAME} beside the manifest and shown as a summary.
 */
public final class PrepReport {

    /** The report's file name, next to {@code manifest.csv}. */
    public static final String FILE_NAME = "prep-report.txt";

    private static final int SUMMARY_LINES = 10;

    private final String layout;
    private final List<PrepIssue> issues = new ArrayList<>();
    private int facesSought;
    private int facesFound;

    /** A report for one run of the script for {@code layout} (such as "ckplus"). */
    public PrepReport(String layout) {
        this.layout = layout;
    }

    /** Records a problem. */
    public synchronized void add(PrepIssue.Kind kind, Object where, String detail) {
        issues.add(new PrepIssue(kind, String.valueOf(where), detail));
    }

    /** Records the result of one face detection. */
    public synchronized void faceSearch(boolean found) {
        facesSought++;
        if (found) {
            facesFound++;
        }
    }

    public List<PrepIssue> issues() {
        return List.copyOf(issues);
    }

    /** The issues of one kind. */
    public List<PrepIssue> issues(PrepIssue.Kind kind) {
        return issues.stream().filter(i -> i.kind() == kind).toList();
    }

    /** Issue count per kind, for the kinds met. */
    public Map<PrepIssue.Kind, Integer> counts() {
        Map<PrepIssue.Kind, Integer> counts = new EnumMap<>(PrepIssue.Kind.class);
        for (PrepIssue i : issues) {
            counts.merge(i.kind(), 1, Integer::sum);
        }
        return counts;
    }

    /** Number of images the face detector was run on. */
    public int facesSought() {
        return facesSought;
    }

    /** Number of those in which it found a face. */
    public int facesFound() {
        return facesFound;
    }

    /** The summary lines: what was written, the face hit rate, the issue counts, the first few. */
    public List<String> summary(FaceSet written, Path manifest) {
        List<String> lines = new ArrayList<>();
        lines.add(layout + ": " + written + " -> " + manifest);
        lines.add("classes: " + written.classCounts());
        if (facesSought > 0) {
            lines.add(String.format(java.util.Locale.ROOT, "faces found: %d of %d (%.1f%%)",
                    facesFound, facesSought, 100.0 * facesFound / facesSought));
        }
        if (issues.isEmpty()) {
            lines.add("problems: none");
        } else {
            lines.add("problems: " + issues.size() + " " + counts() + ", listed in "
                    + manifest.resolveSibling(FILE_NAME));
            for (int i = 0; i < Math.min(SUMMARY_LINES, issues.size()); i++) {
                lines.add("  " + issues.get(i));
            }
            if (issues.size() > SUMMARY_LINES) {
                lines.add("  ... " + (issues.size() - SUMMARY_LINES) + " more");
            }
        }
        return lines;
    }

    /** Writes the summary and every issue, one a line, to {@code file}. */
    void write(Path file, FaceSet written, Path manifest) throws IOException {
        List<String> lines = new ArrayList<>(summary(written, manifest).subList(0,
                facesSought > 0 ? 3 : 2));
        lines.add("problems: " + issues.size() + " " + counts());
        lines.add("kind\twhere\tdetail");
        for (PrepIssue i : issues) {
            lines.add(i.toString());
        }
        Files.write(file, lines, StandardCharsets.UTF_8);
    }
}
