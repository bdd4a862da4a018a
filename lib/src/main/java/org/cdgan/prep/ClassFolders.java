package org.cdgan.prep;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cdgan.data.DataException;
import org.cdgan.data.Expression;
import org.cdgan.data.Split;

/**
 * A folder per expression class, the layout of TFEID and of a user's own faces:
 * {@code DIR/<expression>/[<person>/]*.jpg}, optionally inside {@code train/}, {@code val/}
 * and {@code test/} folders that give the split. Class folder names are read through
 * {@link Expression#fromName} ({@code happy}, {@code Happiness} ...), never by position.
 *
 * <p>A person is the sub-folder an image sits in, or else the first group of the identity
 * pattern matched against the file name, or none.
 */
public final class ClassFolders {

    /** TFEID's file names start with the subject, such as {@code f01} or {@code m12}. */
    public static final Pattern TFEID_SUBJECT = Pattern.compile("^([A-Za-z]+\\d+)");

    private ClassFolders() {
    }

    /**
     * Prepares a folder-per-class set.
     *
     * @param name the set's name and identity namespace, such as "tfeid" or "faces"
     * @param in the folder of class folders
     * @param out the output folder
     * @param identityPattern the person in a file name (group 1), or null
     * @throws DataException when {@code in} is not a folder or nothing could be prepared
     */
    public static PrepResult prepare(String name, Path in, Path out, PrepOptions options,
            Pattern identityPattern) throws IOException {
        if (!Files.isDirectory(in)) {
            throw new DataException("image folder not found: " + in + "; give --in a folder "
                    + "with one sub-folder per expression (anger/, happy/ ...)");
        }
        List<Path> top = ImageFiles.folders(in);
        boolean withSplits = !top.isEmpty() && top.stream().allMatch(ClassFolders::isSplit);
        try (PrepOutput output = new PrepOutput(name, out, options, true)) {
            Map<String, Path> firstSeen = new HashMap<>();
            if (withSplits) {
                for (Path s : top) {
                    classes(output, s, Split.fromName(s.getFileName().toString()),
                            identityPattern, firstSeen);
                }
            } else {
                classes(output, in, null, identityPattern, firstSeen);
            }
            for (Path loose : ImageFiles.walk(in)) {
                if (loose.getParent().equals(in)) {
                    output.report().add(PrepIssue.Kind.UNKNOWN_CODE, loose, "not inside an "
                            + "expression folder; left out");
                }
            }
            return output.finish();
        }
    }

    private static void classes(PrepOutput output, Path root, Split split,
            Pattern identityPattern, Map<String, Path> firstSeen) throws IOException {
        PrepReport report = output.report();
        for (Path dir : ImageFiles.folders(root)) {
            String label = dir.getFileName().toString();
            List<Path> files = ImageFiles.walk(dir);
            if (!Expression.isKnown(label)) {
                report.add(PrepIssue.Kind.UNKNOWN_CODE, dir, "folder name '" + label
                        + "' is not an expression name; its " + files.size()
                        + " files left out");
                continue;
            }
            Expression expression = Expression.fromName(label);
            for (Path f : files) {
                if (!ImageFiles.isImage(f)) {
                    report.add(PrepIssue.Kind.UNREADABLE_IMAGE, f, "not an image file; left out");
                    continue;
                }
                String key = (split == null ? "" : split.label() + "/")
                        + ImageFiles.stem(dir, f);
                Path before = firstSeen.putIfAbsent(key, f);
                if (before != null) {
                    report.add(PrepIssue.Kind.DUPLICATE, f, "same name as " + before
                            + "; kept the first");
                    continue;
                }
                String rel = (split == null ? "" : split.label() + "/") + expression.label()
                        + "/" + ImageFiles.stem(dir, f);
                output.add(f, rel, expression, person(dir, f, identityPattern), null, split);
            }
        }
    }

    private static String person(Path classDir, Path file, Pattern pattern) {
        Path rel = classDir.relativize(file);
        if (rel.getNameCount() > 1) {
            return rel.getName(0).toString();
        }
        if (pattern != null) {
            Matcher m = pattern.matcher(file.getFileName().toString());
            if (m.find()) {
                return m.groupCount() >= 1 ? m.group(1) : m.group();
            }
        }
        return null;
    }

    private static boolean isSplit(Path dir) {
        String n = dir.getFileName().toString();
        try {
            Split.fromName(n);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
