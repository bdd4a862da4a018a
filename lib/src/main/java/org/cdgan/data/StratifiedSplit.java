package org.cdgan.data;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A random split by image that keeps each class's share: within every class, the images are
 * shuffled with {@code java.util.Random(seed)} and {@code round(n * testFraction)} go to test.
 * On a set with subject ids this leaks identity (near-duplicate frames of one person land on
 * both sides), which a warning says.
 *
 * @param testFraction the share of each class held out, in (0, 1)
 * @param seed the shuffling seed
 */
public record StratifiedSplit(double testFraction, long seed) implements SplitProtocol {

    private static final Logger LOG = LoggerFactory.getLogger(StratifiedSplit.class);

    public StratifiedSplit {
        if (!(testFraction > 0 && testFraction < 1)) {
            throw new IllegalArgumentException("test fraction must lie in (0, 1), not "
                    + testFraction);
        }
    }

    @Override
    public TrainTest split(FaceSet set) {
        Map<Expression, List<FaceRecord>> byClass = new EnumMap<>(Expression.class);
        for (FaceRecord r : set.records()) {
            if (r.expression() != null) {
                byClass.computeIfAbsent(r.expression(), e -> new ArrayList<>()).add(r);
            }
        }
        Random random = new Random(seed);
        Set<FaceRecord> test = new HashSet<>();
        for (List<FaceRecord> records : byClass.values()) {
            List<FaceRecord> shuffled = new ArrayList<>(records);
            Collections.shuffle(shuffled, random);
            test.addAll(shuffled.subList(0, (int) Math.round(shuffled.size() * testFraction)));
        }
        List<String> warnings = new ArrayList<>();
        if (set.identities().size() > 0) {
            String w = set.name() + " has subject ids: a random split puts the same people in "
                    + "train and test and overstates accuracy; report subject-kfold beside it";
            LOG.warn(w);
            warnings.add(w);
        }
        return new TrainTest(set.filter(r -> r.expression() != null && !test.contains(r)),
                set.filter(r -> false), set.filter(test::contains), warnings);
    }
}
