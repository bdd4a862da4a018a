package org.cdgan.data;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Subject-independent k-fold cross-validation (method.md): the subjects, sorted by id, are
 * shuffled by {@code java.util.Random(seed)} and dealt round-robin to folds 1..k; fold f tests
 * on its subjects' images and trains on all others, so no person is in both.
 *
 * @param folds k (default 10)
 * @param fold the test fold, 1..k
 * @param seed the shuffling seed
 */
public record SubjectKFold(int folds, int fold, long seed) implements SplitProtocol {

    /** Default number of folds. */
    public static final int DEFAULT_FOLDS = 10;

    public SubjectKFold {
        if (folds < 2) {
            throw new IllegalArgumentException("folds must be at least 2, not " + folds);
        }
        if (fold < 1 || fold > folds) {
            throw new IllegalArgumentException("fold must be 1.." + folds + ", not " + fold);
        }
    }

    /**
     * The fold (1..k) of every subject of a set.
     *
     * @throws DataException when some image has no subject id
     */
    public Map<Identity, Integer> assignment(FaceSet set) throws DataException {
        if (!set.hasIdentities()) {
            throw new DataException(set.name() + ": subject-kfold needs a subject id for every "
                    + "image; use --protocol random (or own) for this set");
        }
        List<Identity> subjects = new ArrayList<>(set.identities());
        subjects.sort(Comparator.comparing(Identity::id, SubjectKFold::compareNatural));
        Collections.shuffle(subjects, new Random(seed));
        Map<Identity, Integer> folds = new HashMap<>();
        for (int i = 0; i < subjects.size(); i++) {
            folds.put(subjects.get(i), i % this.folds + 1);
        }
        return folds;
    }

    @Override
    public TrainTest split(FaceSet set) throws DataException {
        Map<Identity, Integer> folds = assignment(set);
        FaceSet test = set.filter(r -> folds.get(r.identity()) == fold);
        FaceSet train = set.filter(r -> folds.get(r.identity()) != fold);
        return new TrainTest(train, set.filter(r -> false), test, List.of());
    }

    /** Compares ids with their digit runs as numbers, so {@code s2} comes before {@code s10}. */
    static int compareNatural(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            char ca = a.charAt(i);
            char cb = b.charAt(j);
            if (Character.isDigit(ca) && Character.isDigit(cb)) {
                int si = i;
                int sj = j;
                while (i < a.length() && Character.isDigit(a.charAt(i))) {
                    i++;
                }
                while (j < b.length() && Character.isDigit(b.charAt(j))) {
                    j++;
                }
                String na = a.substring(si, i).replaceFirst("^0+(?=.)", "");
                String nb = b.substring(sj, j).replaceFirst("^0+(?=.)", "");
                int c = na.length() != nb.length() ? Integer.compare(na.length(), nb.length())
                        : na.compareTo(nb);
                if (c != 0) {
                    return c;
                }
            } else {
                if (ca != cb) {
                    return Character.compare(ca, cb);
                }
                i++;
                j++;
            }
        }
        int c = Integer.compare(a.length() - i, b.length() - j);
        return c != 0 ? c : a.compareTo(b);
    }
}
