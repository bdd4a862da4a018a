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
