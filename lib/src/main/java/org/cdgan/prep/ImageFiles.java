package org.cdgan.prep;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/** Finding image files in the folders of a data set. */
final class ImageFiles {

    /** File name endings read as images. */
    static final Set<String> EXTENSIONS = Set.of("png", "jpg", "jpeg", "bmp", "pgm", "ppm",
            "tif", "tiff", "gif");

    private ImageFiles() {
    }

    /** Whether the file's name ends in an image extension. */
    static boolean isImage(Path p) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = n.lastIndexOf('.');
        return dot > 0 && EXTENSIONS.contains(n.substring(dot + 1));
    }

    /** Whether a file is hidden or system clutter (.DS_Store, Thumbs.db), never a face. */
    static boolean isClutter(Path p) {
        String n = p.getFileName().toString();
        return n.startsWith(".") || n.equalsIgnoreCase("Thumbs.db")
                || n.equalsIgnoreCase("desktop.ini");
    }

    /** Every regular file under {@code dir}, sorted by path. */
    static List<Path> walk(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).filter(p -> !isClutter(p)).sorted().toList();
        }
    }

    /** The sub-folders of {@code dir}, sorted by name. */
    static List<Path> folders(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(Files::isDirectory).filter(p -> !isClutter(p)).sorted().toList();
        }
    }

    /** A path relative to {@code root} with '/' separators and without its extension. */
    static String stem(Path root, Path file) {
        String rel = root.relativize(file).toString().replace('\\', '/');
        int dot = rel.lastIndexOf('.');
        return dot > rel.lastIndexOf('/') + 1 ? rel.substring(0, dot) : rel;
    }
}
