package org.cdgan.workbook;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

import org.cdgan.data.FaceRecord;
import org.cdgan.data.FaceSet;
import org.cdgan.data.Identity;
import org.cdgan.data.TrainTest;

/**
 * How much of a split's test side is already known from its training side: the share of
 * test images whose person, and whose recording (the near-duplicate frames of one CK+
 * sequence), also appear in training. A subject-independent split has 0 for both; a random
 * split by image has nearly 1, which is why its accuracy is inflated.
 *
 * @param subjectShare share of test images whose subject has training images
 * @param sequenceShare share of test images whose (subject, sequence) has training images
 * @param testImages the test images counted
 */
public record IdentityLeak(double subjectShare, double sequenceShare, int testImages) {

    /**
     * The frames of up to {@code n} recordings that have at least two frames, chosen at
     * random with the seed: rows for a grid that shows how alike one sequence's frames are.
     *
     * @param set a set with sequences (CK+48); empty for sets without them
     */
    public static List<List<FaceRecord>> sequenceFrames(FaceSet set, int n, long seed) {
        Map<String, List<FaceRecord>> bySequence = new TreeMap<>();
        for (FaceRecord r : set.records()) {
            if (r.identity() != null && r.sequence() != null) {
                bySequence.computeIfAbsent(r.identity() + "/" + r.sequence(),
                        k -> new ArrayList<>()).add(r);
            }
        }
        List<List<FaceRecord>> groups = new ArrayList<>();
        for (List<FaceRecord> g : bySequence.values()) {
            if (g.size() >= 2) {
                groups.add(g);
            }
        }
        Collections.shuffle(groups, new Random(seed));
        return groups.subList(0, Math.min(n, groups.size()));
    }

    /**
     * The leaks of several splits as a table, one row per split, in the map's order when it
     * has one (sorted by name otherwise).
     */
    public static tech.tablesaw.api.Table table(Map<String, IdentityLeak> splits) {
        Map<String, IdentityLeak> ordered = splits instanceof java.util.SortedMap
                || splits instanceof java.util.LinkedHashMap ? splits : new TreeMap<>(splits);
        var name = tech.tablesaw.api.StringColumn.create("split");
        var images = tech.tablesaw.api.IntColumn.create("test images");
        var subject = tech.tablesaw.api.DoubleColumn.create("person in training (%)");
        var sequence = tech.tablesaw.api.DoubleColumn.create("same sequence in training (%)");
        for (Map.Entry<String, IdentityLeak> e : ordered.entrySet()) {
            name.append(e.getKey());
            images.append(e.getValue().testImages());
            subject.append(100 * e.getValue().subjectShare());
            sequence.append(100 * e.getValue().sequenceShare());
        }
        return tech.tablesaw.api.Table.create("identity leak of a split")
                .addColumns(name, images, subject, sequence);
    }

    /** Measures a split; images without a subject id count as not leaked. */
    public static IdentityLeak of(TrainTest split) {
        Set<Identity> subjects = new HashSet<>();
        Set<String> sequences = new HashSet<>();
        for (FaceRecord r : split.train().records()) {
            if (r.identity() != null) {
                subjects.add(r.identity());
                if (r.sequence() != null) {
                    sequences.add(r.identity() + "/" + r.sequence());
                }
            }
        }
        int n = split.test().size();
        int subject = 0;
        int sequence = 0;
        for (FaceRecord r : split.test().records()) {
            if (r.identity() != null && subjects.contains(r.identity())) {
                subject++;
                if (r.sequence() != null && sequences.contains(r.identity() + "/" + r.sequence())) {
                    sequence++;
                }
            }
        }
        return new IdentityLeak(n == 0 ? 0 : (double) subject / n,
                n == 0 ? 0 : (double) sequence / n, n);
    }
}
