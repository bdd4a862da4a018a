package org.cdgan.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads the face-data layouts the library knows, and tells them apart with {@link #open(Path)}:
 *
 * <ul>
 *   <li>a manifest CSV ({@link Manifest}), given as the file or as {@code manifest.csv} inside
 *       the folder;</li>
 *   <li>split folders {@code train/ val/ test/}, each a folder per class (FER2013);</li>
 *   <li>a folder per class, named by expression (CK+48); file names of the form
 *       {@code S010_004_00000017.png} give the subject ({@code S010}) and sequence
 *       ({@code 004});</li>
 *   <li>a folder per identity ({@code s1/1.pgm} ... in ORL), no expressions.</li>
 * </ul>
 *
 * <p>Class folders are mapped to expressions by name ({@link Expression#fromName}). Hidden
 * files are ignored; any other file in a class or identity folder is taken as an image, so
 * a stray file is reported when it is decoded. The set's name, also the namespace of its
 * identities, is the folder's name.
 */
public final class DataSets {

    /** The CK+ file-name pattern: subject, sequence, frame. */
    private static final Pattern CK_NAME = Pattern.compile("^(S\\d+)_(\\d+)_\\d+.*");

    private DataSets() {
    }

    /**
     * Opens a data set in whichever known layout it has.
     *
     * @param path a data folder or a manifest CSV
     * @throws DataException naming the folder or file when it is missing, empty, or in no known
     *     layout, or when a class folder has an unknown expression name or no images
     */
    public static FaceSet open(Path path) throws IOException {
        if (Files.isRegularFile(path)) {
            return Manifest.read(path);
        }
        if (!Files.isDirectory(path)) {
            throw new DataException(path + ": no such data folder; give an existing folder "
                    + "or manifest CSV");
        }
        if (Files.isRegularFile(path.resolve(Manifest.FILE_NAME))) {
            return Manifest.read(path.resolve(Manifest.FILE_NAME), name(path));
        }
        List<Path> dirs = subfolders(path);
        if (dirs.isEmpty()) {
            throw new DataException(path + ": no subfolders; expected a folder per class, "
                    + "train/val/test folders, a folder per identity or a manifest.csv");
        }
        if (dirs.stream().anyMatch(d -> isSplitName(d.getFileName().toString()))) {
            return readSplitFolders(path);
        }
        if (dirs.stream().anyMatch(d -> Expression.isKnown(d.getFileName().toString()))) {
            return readClassFolders(path);
        }
        return readIdentityFolders(path);
    }

    /**
     * Reads a folder per class; CK+-style file names give subject ids and sequences.
     *
     * @throws DataException for an unknown class name or an empty class folder
     */
    public static FaceSet readClassFolders(Path root) throws IOException {
        String name = name(root);
        return new FaceSet(name, classRecords(root, name, null));
    }

    /**
     * Reads split folders ({@code train/}, {@code val/}, {@code test/}), each a folder per
     * class, as one set whose records carry their split.
     */
    public static FaceSet readSplitFolders(Path root) throws IOException {
        String name = name(root);
        List<FaceRecord> records = new ArrayList<>();
        for (Path dir : subfolders(root)) {
            String folder = dir.getFileName().toString();
            if (!isSplitName(folder)) {
                throw new DataException(dir + ": unexpected folder beside the split folders; "
                        + "use only train/, val/ and test/");
            }
            records.addAll(classRecords(dir, name, Split.fromName(folder)));
        }
        return new FaceSet(name, records);
    }

    /** Reads a folder per identity ({@code sN/*.pgm} in ORL): identities, no expressions. */
    public static FaceSet readIdentityFolders(Path root) throws IOException {
        String name = name(root);
        List<FaceRecord> records = new ArrayList<>();
        for (Path dir : subfolders(root)) {
            List<Path> files = images(dir);
            Identity id = new Identity(name, dir.getFileName().toString());
            for (Path f : files) {
                records.add(new FaceRecord(f, null, id, null, null));
            }
        }
        if (records.isEmpty()) {
            throw new DataException(root + ": no images in its subfolders; expected a folder "
                    + "per class or per identity");
        }
        return new FaceSet(name, records);
    }

    private static List<FaceRecord> classRecords(Path root, String name, Split split)
            throws IOException {
        List<FaceRecord> records = new ArrayList<>();
        for (Path dir : subfolders(root)) {
            String folder = dir.getFileName().toString();
            Expression expression;
            try {
                expression = Expression.fromName(folder);
            } catch (IllegalArgumentException e) {
                throw new DataException(dir + ": " + e.getMessage()
                        + "; rename or remove the folder");
            }
            List<Path> files = images(dir);
            if (files.isEmpty()) {
                throw new DataException(dir + ": empty class folder; add images or remove it");
            }
            for (Path f : files) {
                Matcher m = CK_NAME.matcher(f.getFileName().toString());
                Identity id = m.matches() ? new Identity(name, m.group(1)) : null;
                String sequence = m.matches() ? m.group(2) : null;
                records.add(new FaceRecord(f, expression, id, sequence, split));
            }
        }
        return records;
    }

    private static boolean isSplitName(String folder) {
        String n = folder.toLowerCase(Locale.ROOT);
        return n.equals("train") || n.equals("val") || n.equals("test")
                || n.equals("validation");
    }

    private static String name(Path root) {
        Path n = root.toAbsolutePath().normalize().getFileName();
        return n == null ? "data" : n.toString();
    }

    /** The visible subfolders, sorted by name. */
    private static List<Path> subfolders(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(Files::isDirectory).filter(p -> !hidden(p))
                    .sorted(Comparator.comparing(p -> p.getFileName().toString())).toList();
        }
    }

    /** The visible files of a folder, sorted by name. */
    private static List<Path> images(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(Files::isRegularFile).filter(p -> !hidden(p))
                    .sorted(Comparator.comparing(p -> p.getFileName().toString())).toList();
        }
    }

    private static boolean hidden(Path p) {
        return p.getFileName().toString().startsWith(".");
    }
}
