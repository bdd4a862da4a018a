package org.cdgan.workbook;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;

import org.cdgan.io.AtomicFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the notebooks leave for one another in the output folder: trained models (one folder
 * each under {@code checkpoints/}), result tables (CSV under {@code results/}) and the key
 * figures of the run ({@code results/key-figures.csv}, read by the runner's summary).
 *
 * <p>An artifact is reused only when it was made under the same settings: its folder holds a
 * {@value #STAMP} file with the key it was made under, and a different key (another image
 * size, epoch count, data set or seed) means it is made again. A new artifact is made in a
 * temporary folder and renamed into place when complete, so an interrupted notebook never
 * leaves half a checkpoint for the next one.
 */
public final class Artifacts {

    /** The file in an artifact folder that records the key it was made under. */
    public static final String STAMP = "artifact.properties";

    /** The key figures table, one row per (notebook, figure). */
    public static final String KEY_FIGURES = "key-figures";

    private static final Logger LOG = LoggerFactory.getLogger(Artifacts.class);

    /** Makes an artifact's content in a given, empty folder. */
    @FunctionalInterface
    public interface Maker {
        /** Writes the artifact's files into {@code dir}. */
        void make(Path dir) throws Exception;
    }

    /** Reads an artifact back from its folder. */
    @FunctionalInterface
    public interface Loader<T> {
        /** Reads the artifact in {@code dir}. */
        T load(Path dir) throws Exception;
    }

    private final Path root;

    /** @param root the output folder; created when first written */
    public Artifacts(Path root) {
        this.root = Objects.requireNonNull(root, "root").toAbsolutePath().normalize();
    }

    /** The artifacts of a configuration's output folder. */
    public static Artifacts of(WorkbookConfig config) {
        return new Artifacts(config.outputDir());
    }

    /** The output folder. */
    public Path root() {
        return root;
    }

    /** The folder of a checkpoint, such as {@code checkpoints/baseline-fold1}. */
    public Path checkpoint(String name) {
        return root.resolve("checkpoints").resolve(checkName(name));
    }

    /** The file of a result table, {@code results/<name>.csv}. */
    public Path table(String name) {
        return root.resolve("results").resolve(checkName(name) + ".csv");
    }

    /** The file of a figure or image, {@code figures/<fileName>}. */
    public Path figure(String fileName) {
        return root.resolve("figures").resolve(checkName(fileName));
    }

    /**
     * Whether checkpoint {@code name} exists and was made under {@code key}.
     *
     * @param key what the artifact depends on, such as "baseline|48px|8ep|ck48:981:ab12|42"
     */
    public boolean has(String name, String key) {
        Path stamp = checkpoint(name).resolve(STAMP);
        if (!Files.isRegularFile(stamp)) {
            return false;
        }
        try {
            Properties p = new Properties();
            p.load(new StringReader(Files.readString(stamp)));
            return key.equals(p.getProperty("key"));
        } catch (IOException e) {
            LOG.warn("cannot read {} ({}); the artifact will be made again", stamp, e.toString());
            return false;
        }
    }

    /**
     * The checkpoint {@code name} made under {@code key}: loaded when present, otherwise made
     * (in a temporary folder, renamed into place when complete, replacing an older one) and
     * then loaded. Logs which of the two happened.
     *
     * @param name the artifact's name, such as "baseline-fold1"
     * @param key what it depends on; a different key makes it again
     * @param maker writes the artifact's files into an empty folder
     * @param loader reads it back
     * @return what the loader returned
     * @throws IOException when making, moving or loading fails; the cause is kept
     */
    public <T> T reuseOrMake(String name, String key, Maker maker, Loader<T> loader)
            throws IOException {
        Path dir = checkpoint(name);
        if (has(name, key)) {
            LOG.info("reusing {} from {}", name, dir);
        } else {
            LOG.info("no {} made under these settings in {}: making it now", name, dir);
            make(dir, key, maker);
        }
        try {
            return loader.load(dir);
        } catch (IOException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException("cannot load artifact " + dir + ": " + e.getMessage(), e);
        }
    }

    private void make(Path dir, String key, Maker maker) throws IOException {
        Files.createDirectories(dir.getParent());
        Path tmp = Files.createTempDirectory(dir.getParent(), "." + dir.getFileName() + "-");
        try {
            maker.make(tmp);
            Properties p = new Properties();
            p.setProperty("key", key);
            p.setProperty("made", java.time.Instant.now().toString());
            java.io.StringWriter w = new java.io.StringWriter();
            p.store(w, "made by the CD-GAN workbook");
            Files.writeString(tmp.resolve(STAMP), w.toString(), StandardCharsets.UTF_8);
            if (Files.exists(dir)) {
                AtomicFiles.deleteTree(dir);
            }
            try {
                Files.move(tmp, dir, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, dir);
            }
        } catch (IOException | RuntimeException e) {
            AtomicFiles.deleteTree(tmp);
            throw e;
        } catch (Exception e) {
            AtomicFiles.deleteTree(tmp);
            throw new IOException("cannot make artifact " + dir + ": " + e.getMessage(), e);
        }
    }

    /**
     * Writes a result table as CSV, atomically.
     *
     * @param name the table's name, such as "ablation"
     * @param header the column names
     * @param rows the rows, each as long as the header; values written with toString
     */
    public Path writeTable(String name, List<String> header, List<? extends List<?>> rows)
            throws IOException {
        StringBuilder csv = new StringBuilder(csvLine(header));
        for (List<?> row : rows) {
            if (row.size() != header.size()) {
                throw new IllegalArgumentException("table " + name + ": a row has "
                        + row.size() + " values for " + header.size() + " columns");
            }
            csv.append(csvLine(row));
        }
        Path file = table(name);
        AtomicFiles.writeString(file, csv.toString());
        return file;
    }

    /**
     * Writes a Tablesaw table as CSV, atomically: its column names, then its rows, decimal
     * numbers with four decimals.
     *
     * @param name the table's name, such as "ablation"
     * @param table the table
     */
    public Path writeTable(String name, tech.tablesaw.api.Table table) throws IOException {
        List<List<?>> rows = new ArrayList<>();
        for (int r = 0; r < table.rowCount(); r++) {
            List<Object> row = new ArrayList<>();
            for (int c = 0; c < table.columnCount(); c++) {
                Object v = table.column(c).get(r);
                row.add(v instanceof Double d ? String.format(java.util.Locale.ROOT, "%.4f", d)
                        : v);
            }
            rows.add(row);
        }
        return writeTable(name, table.columnNames(), rows);
    }

    /**
     * Reads a result table written by {@link #writeTable}: the header row first.
     *
     * @return the rows, or an empty list when the table does not exist
     */
    public List<List<String>> readTable(String name) throws IOException {
        Path file = table(name);
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        List<List<String>> rows = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (!line.isEmpty()) {
                rows.add(parseCsvLine(line));
            }
        }
        return rows;
    }

    /**
     * Records one key figure of the run in {@code results/key-figures.csv}, replacing an
     * earlier value of the same notebook and figure.
     *
     * @param notebook the notebook's name, such as "02-baseline"
     * @param figure what was measured, such as "baseline test accuracy (%)"
     * @param value the value
     */
    public void recordFigure(String notebook, String figure, double value) throws IOException {
        Map<String, List<String>> byKey = new LinkedHashMap<>();
        List<List<String>> old = readTable(KEY_FIGURES);
        for (List<String> row : old.isEmpty() ? old : old.subList(1, old.size())) {
            byKey.put(row.get(0) + "\u0000" + row.get(1), row);
        }
        byKey.put(notebook + "\u0000" + figure,
                List.of(notebook, figure, String.format(java.util.Locale.ROOT, "%.4f", value)));
        List<List<?>> rows = new ArrayList<>(byKey.values());
        writeTable(KEY_FIGURES, List.of("notebook", "figure", "value"), rows);
    }

    private static String checkName(String name) {
        if (name == null || name.isBlank() || name.contains("/") || name.contains("\\")
                || name.startsWith(".")) {
            throw new IllegalArgumentException("artifact name '" + name
                    + "' must be a plain file name");
        }
        return name;
    }

    private static String csvLine(List<?> values) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < values.size(); i++) {
            String v = String.valueOf(values.get(i));
            if (v.contains(",") || v.contains("\"") || v.contains("\n")) {
                v = "\"" + v.replace("\"", "\"\"") + "\"";
            }
            b.append(i == 0 ? "" : ",").append(v);
        }
        return b.append('\n').toString();
    }

    static List<String> parseCsvLine(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cur.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cur.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        out.add(cur.toString());
        return out;
    }
}
