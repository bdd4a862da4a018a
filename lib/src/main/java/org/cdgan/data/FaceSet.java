package org.cdgan.data;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * A named list of face images: the common form of every data set the library reads.
 *
 * <p>The expression classes are the canonical expressions present, in {@link Expression}
 * order, so the class index of a label is the same for every set with the same classes.
 */
public final class FaceSet {

    private final String name;
    private final List<FaceRecord> records;
    private final List<Expression> classes;

    /**
     * @param name the set's name, also the namespace of its identities (for example "ck48")
     * @param records the images, in a stable order
     */
    public FaceSet(String name, List<FaceRecord> records) {
        this.name = Objects.requireNonNull(name, "name");
        this.records = List.copyOf(records);
        Set<Expression> present = new TreeSet<>();
        for (FaceRecord r : this.records) {
            if (r.expression() != null) {
                present.add(r.expression());
            }
        }
        this.classes = List.copyOf(present);
    }

    public String name() {
        return name;
    }

    public List<FaceRecord> records() {
        return records;
    }

    public int size() {
        return records.size();
    }

    /** The expression classes present, in canonical order; empty for identity-only sets. */
    public List<Expression> classes() {
        return classes;
    }

    /** The distinct identities, in first-seen order. */
    public List<Identity> identities() {
        Set<Identity> ids = new LinkedHashSet<>();
        for (FaceRecord r : records) {
            if (r.identity() != null) {
                ids.add(r.identity());
            }
        }
        return new ArrayList<>(ids);
    }

    /** Whether every image has a subject id. */
    public boolean hasIdentities() {
        return !records.isEmpty() && records.stream().allMatch(FaceRecord::hasIdentity);
    }

    /** Whether every image has one of the set's own splits. */
    public boolean hasSplits() {
        return !records.isEmpty() && records.stream().allMatch(r -> r.split() != null);
    }

    /** Image count per expression, in canonical order. */
    public Map<Expression, Integer> classCounts() {
        Map<Expression, Integer> counts = new EnumMap<>(Expression.class);
        for (FaceRecord r : records) {
            if (r.expression() != null) {
                counts.merge(r.expression(), 1, Integer::sum);
            }
        }
        return counts;
    }

    /** The images that match {@code keep}, as a set of the same name. */
    public FaceSet filter(Predicate<FaceRecord> keep) {
        return new FaceSet(name, records.stream().filter(keep).toList());
    }

    /** The images of one of the set's own splits. */
    public FaceSet split(Split split) {
        return filter(r -> r.split() == split);
    }

    /**
     * A fingerprint of the file list: the image count and a SHA-256 over the sorted file names
     * with their labels (not the folders, so the same data on two machines agree), so two runs
     * can tell whether they saw the same data.
     */
    public String fingerprint() {
        List<String> lines = new ArrayList<>(records.size());
        for (FaceRecord r : records) {
            lines.add(r.path().getFileName() + "|"
                    + (r.expression() == null ? "" : r.expression().label()) + "|"
                    + (r.identity() == null ? "" : r.identity()) + "|"
                    + (r.split() == null ? "" : r.split().label()));
        }
        Collections.sort(lines);
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String line : lines) {
                sha.update(line.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) '\n');
            }
            return records.size() + ":" + HexFormat.of().formatHex(sha.digest()).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    @Override
    public String toString() {
        return name + " (" + records.size() + " images, " + classes.size() + " classes, "
                + identities().size() + " identities)";
    }
}
