package org.cdgan.data;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cdgan.io.AtomicFiles;

/**
 * The interchange format for any user's faces: a CSV file with the header
 * {@code path,expression,identity,split} (in any column order, more columns allowed), one image
 * a row, paths relative to the manifest's folder.
 *
 * <p>{@code expression}, {@code identity} and {@code split} may be empty on a row. Identities
 * live in the namespace of the set's name, which defaults to the manifest folder's name. An
 * optional {@code sequence} column names the recording a frame belongs to. Extra columns (such
 * as the true factors of the synthetic faces) are kept and can be read back with
 * {@link #readColumns(Path)}.
 */
public final class Manifest {

    /** The columns every manifest must have. */
    public static final List<String> REQUIRED = List.of("path", "expression", "identity", "split");

    /** The usual file name of a manifest inside a data folder. */
    public static final String FILE_NAME = "manifest.csv";

    private Manifest() {
    }

    /** Reads a manifest, naming the set after the manifest's folder. */
    public static FaceSet read(Path manifest) throws IOException {
        Path parent = manifest.toAbsolutePath().getParent();
        return read(manifest, parent.getFileName() == null ? "data" : parent.getFileName()
                .toString());
    }

    /**
     * Reads a manifest.
     *
     * @param manifest the CSV file
     * @param name the set's name and identity namespace
     * @throws DataException naming the file, line and problem for a missing column, an unknown
     *     expression or split, a path that leaves the manifest's folder or is listed twice, or
     *     a manifest without rows
     */
    public static FaceSet read(Path manifest, String name) throws IOException {
        List<Map<String, String>> rows = readColumns(manifest);
        Path root = manifest.toAbsolutePath().getParent().normalize();
        if (rows.isEmpty()) {
            throw new DataException(manifest + ": a header and no rows; add a row per image");
        }
        List<FaceRecord> records = new ArrayList<>(rows.size());
        Map<Path, Integer> lineOf = new HashMap<>();
        int line = 1;
        for (Map<String, String> row : rows) {
            line++;
            String where = manifest + " line " + line;
            String rel = row.get("path");
            if (rel.isEmpty()) {
                throw new DataException(where + ": empty path");
            }
            Path path = root.resolve(rel).normalize();
            if (!path.startsWith(root)) {
                throw new DataException(where + ": path '" + rel
                        + "' lies outside the manifest's folder; use paths relative to it");
            }
            Integer earlier = lineOf.putIfAbsent(path, line);
            if (earlier != null) {
                // A repeated image could land in both train and test, or count twice.
                throw new DataException(where + ": '" + rel + "' is listed again (first on line "
                        + earlier + "); keep one row per image");
            }
            Expression expression;
            Split split;
            try {
                String ex = row.get("expression");
                expression = ex.isEmpty() ? null : Expression.fromName(ex);
                String sp = row.get("split");
                split = sp.isEmpty() ? null : Split.fromName(sp);
            } catch (IllegalArgumentException e) {
                throw new DataException(where + ": " + e.getMessage());
            }
            String id = row.get("identity");
            String seq = row.getOrDefault("sequence", "");
            records.add(new FaceRecord(path, expression, id.isEmpty() ? null
                    : new Identity(name, id), seq.isEmpty() ? null : seq, split));
        }
        return new FaceSet(name, records);
    }

    /**
     * Reads every row of a manifest as a column-name to value map, checking the header.
     *
     * @throws DataException when the file is missing, empty, or lacks a required column
     */
    public static List<Map<String, String>> readColumns(Path manifest) throws IOException {
        List<String> lines;
        try {
            lines = Files.readAllLines(manifest, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new DataException("manifest not found: " + manifest);
        }
        if (lines.isEmpty()) {
            throw new DataException(manifest + ": empty file; a manifest starts with the header "
                    + String.join(",", REQUIRED));
        }
        List<String> header = parseLine(stripBom(lines.get(0))).stream()
                .map(h -> h.trim().toLowerCase(Locale.ROOT)).toList();
        for (String column : REQUIRED) {
            if (!header.contains(column)) {
                throw new DataException(manifest + ": missing column '" + column
                        + "'; the header must name " + String.join(",", REQUIRED));
            }
        }
        List<Map<String, String>> rows = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            List<String> cells = parseLine(lines.get(i));
            if (cells.size() != header.size()) {
                throw new DataException(manifest + " line " + (i + 1) + ": " + cells.size()
                        + " cells where the header has " + header.size());
            }
            Map<String, String> row = new LinkedHashMap<>();
            for (int c = 0; c < header.size(); c++) {
                row.put(header.get(c), cells.get(c).trim());
            }
            rows.add(row);
        }
        return rows;
    }

    /**
     * Writes a manifest atomically ({@link AtomicFiles}), with paths made relative
     * to the manifest's folder.
     *
     * @param manifest the CSV file to write
     * @param set the images; each must lie under the manifest's folder
     * @param extra more columns per image, in order, or an empty map; each value list must have
     *     one entry per record
     */
    public static void write(Path manifest, FaceSet set, Map<String, List<String>> extra)
            throws IOException {
        Path root = manifest.toAbsolutePath().getParent().normalize();
        Files.createDirectories(root);
        boolean withSequence = set.records().stream().anyMatch(r -> r.sequence() != null);
        List<String> header = new ArrayList<>(REQUIRED);
        if (withSequence) {
            header.add("sequence");
        }
        header.addAll(extra.keySet());
        AtomicFiles.write(manifest, stream -> {
            BufferedWriter out = new BufferedWriter(new OutputStreamWriter(stream,
                    StandardCharsets.UTF_8));
            out.write(String.join(",", header));
            out.newLine();
            List<FaceRecord> records = set.records();
            for (int i = 0; i < records.size(); i++) {
                FaceRecord r = records.get(i);
                Path abs = r.path().toAbsolutePath().normalize();
                if (!abs.startsWith(root)) {
                    throw new DataException(abs + " lies outside " + root
                            + "; a manifest lists images under its own folder");
                }
                List<String> cells = new ArrayList<>();
                cells.add(root.relativize(abs).toString().replace('\\', '/'));
                cells.add(r.expression() == null ? "" : r.expression().label());
                cells.add(r.identity() == null ? "" : r.identity().id());
                cells.add(r.split() == null ? "" : r.split().label());
                if (withSequence) {
                    cells.add(r.sequence() == null ? "" : r.sequence());
                }
                for (List<String> column : extra.values()) {
                    cells.add(column.get(i));
                }
                out.write(String.join(",", cells.stream().map(Manifest::quote).toList()));
                out.newLine();
            }
            out.flush();
        });
    }

    /** Writes a manifest with the required columns only. */
    public static void write(Path manifest, FaceSet set) throws IOException {
        write(manifest, set, new HashMap<>());
    }

    private static String stripBom(String s) {
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }

    private static String quote(String cell) {
        if (cell.contains(",") || cell.contains("\"") || cell.contains("\n")) {
            return "\"" + cell.replace("\"", "\"\"") + "\"";
        }
        return cell;
    }

    /** Splits one CSV line, honouring double quotes. */
    static List<String> parseLine(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }
}
