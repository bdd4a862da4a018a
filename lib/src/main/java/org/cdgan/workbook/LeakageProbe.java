package org.cdgan.workbook;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.cdgan.data.Expression;
import org.cdgan.data.FaceRecord;
import org.cdgan.data.Identity;
import org.cdgan.eval.Embedding;
import org.cdgan.eval.LinearProbe;

/**
 * Measured disentanglement (method.md, *Beyond the article*): linear probes on the codes of
 * the test images. Identity leakage is how well a probe tells the test subjects apart from
 * the expression code {@code E_e} (lower is better, chance 1 / subjects); expression leakage
 * is how well a probe reads the expression from the identity code {@code E_f}.
 *
 * <p>The probes train and test on the test fold's own images. On CK+ they split by sequence:
 * a subject's sequences alternate between the probe's training and test sides, so the probe
 * must know a person across different expressions (a subject with one sequence is left out).
 * Without sequences (the synthetic set) the images of every person alternate instead.
 */
public final class LeakageProbe {

    /** The probe's training and test positions among the records. */
    public record Split(int[] train, int[] test) {
    }

    private LeakageProbe() {
    }

    /**
     * Splits the records of every subject: by sequence when the records have sequences,
     * else by alternating images.
     */
    public static Split split(List<FaceRecord> records) {
        boolean sequences = records.stream().allMatch(r -> r.sequence() != null);
        Map<Identity, List<Integer>> bySubject = new LinkedHashMap<>();
        for (int i = 0; i < records.size(); i++) {
            bySubject.computeIfAbsent(records.get(i).identity(), k -> new ArrayList<>()).add(i);
        }
        List<Integer> train = new ArrayList<>();
        List<Integer> test = new ArrayList<>();
        for (List<Integer> images : bySubject.values()) {
            if (sequences) {
                List<String> seqs = new ArrayList<>(new TreeSet<>(images.stream()
                        .map(i -> records.get(i).sequence()).toList()));
                if (seqs.size() < 2) {
                    continue;
                }
                for (int i : images) {
                    (seqs.indexOf(records.get(i).sequence()) % 2 == 0 ? train : test).add(i);
                }
            } else if (images.size() >= 2) {
                for (int j = 0; j < images.size(); j++) {
                    (j % 2 == 0 ? train : test).add(images.get(j));
                }
            }
        }
        return new Split(train.stream().mapToInt(Integer::intValue).toArray(),
                test.stream().mapToInt(Integer::intValue).toArray());
    }

    /**
     * Splits by subject, for the expression probe: the subjects, in sorted order, alternate
     * between the probe's training and test sides, so the probe must read an expression on
     * people it has not seen. (Splitting a CK+ subject by sequence would put each expression
     * of that person on one side only, and a code that knows the person would then score
     * below chance instead of above it.)
     */
    public static Split splitBySubject(List<FaceRecord> records) {
        List<Identity> subjects = records.stream().map(FaceRecord::identity).distinct()
                .sorted(Comparator.comparing(Identity::toString)).toList();
        List<Integer> train = new ArrayList<>();
        List<Integer> test = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            (subjects.indexOf(records.get(i).identity()) % 2 == 0 ? train : test).add(i);
        }
        return new Split(train.stream().mapToInt(Integer::intValue).toArray(),
                test.stream().mapToInt(Integer::intValue).toArray());
    }

    /** Codes labelled by subject, subjects indexed in sorted order. */
    public static Embedding byIdentity(double[][] codes, List<FaceRecord> records) {
        TreeMap<String, Integer> index = new TreeMap<>();
        for (FaceRecord r : records) {
            index.put(r.identity().toString(), 0);
        }
        List<String> names = new ArrayList<>(index.keySet());
        for (int i = 0; i < names.size(); i++) {
            index.put(names.get(i), i);
        }
        int[] labels = records.stream().mapToInt(r -> index.get(r.identity().toString()))
                .toArray();
        return new Embedding(codes, labels, names);
    }

    /** Codes labelled by expression, in the given class order. */
    public static Embedding byExpression(double[][] codes, List<FaceRecord> records,
            List<Expression> classes) {
        int[] labels = records.stream().mapToInt(r -> classes.indexOf(r.expression()))
                .toArray();
        return new Embedding(codes, labels, classes.stream().map(Expression::label).toList());
    }

    /**
     * Probes one factor in the codes.
     *
     * @param labelled the codes with the factor's labels
     * @param split the probe's training and test positions
     */
    public static LinearProbe.Result probe(Embedding labelled, Split split) {
        if (split.train().length == 0 || split.test().length == 0) {
            throw new IllegalArgumentException("the probe split is empty: the test images "
                    + "need subjects with at least two sequences (or two images)");
        }
        return new LinearProbe().fit(labelled.select(split.train()),
                labelled.select(split.test()));
    }
}
