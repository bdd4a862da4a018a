package org.cdgan.workbook;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.cdgan.data.DataSets;
import org.cdgan.data.FaceRecord;
import org.cdgan.data.FaceSet;
import org.cdgan.data.ImageFiles;
import org.cdgan.data.ImageSource;
import org.cdgan.data.OwnSplit;
import org.cdgan.data.SubjectKFold;
import org.cdgan.data.TrainTest;
import org.cdgan.synth.SynthConfig;
import org.cdgan.synth.SynthFaces;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The data sets of one workbook run, read as its configuration says: the expression set
 * (CK+48, or SynthFaces), the identity set (ORL, or SynthFaces' own people) and, when present,
 * FER2013; with the split every notebook uses, so all of them train and test on the same
 * images.
 *
 * @param expressions the expression set x_e, y_e
 * @param expressionImages its pixels
 * @param identities the identity set x_f, y_f
 * @param identityImages its pixels
 * @param fer2013 FER2013 with its own splits, or {@code null} when absent (synthetic runs)
 * @param config the configuration it was read under
 */
public record WorkbookData(FaceSet expressions, ImageSource expressionImages,
        FaceSet identities, ImageSource identityImages, FaceSet fer2013,
        WorkbookConfig config) {

    private static final Logger LOG = LoggerFactory.getLogger(WorkbookData.class);

    /**
     * Reads the sets of a configuration.
     *
     * @throws IOException (a DataException naming the folder) when a set cannot be read
     */
    public static WorkbookData load(WorkbookConfig config) throws IOException {
        if (config.synthetic()) {
            int size = Math.max(SynthConfig.MIN_SIZE, config.imageSize());
            SynthFaces synth = new SynthFaces(SynthConfig.defaults().withSize(size)
                    .withSeed(config.seed()));
            FaceSet all = synth.faceSet();
            FaceSet people = new OwnSplit().split(all).train();
            LOG.info("synthetic data: {}", all);
            return new WorkbookData(all, synth, people, synth, null, config);
        }
        FaceSet ck = DataSets.open(config.expressionSet());
        FaceSet orl = DataSets.open(config.identitySet());
        FaceSet fer = Files.isDirectory(config.fer2013()) ? DataSets.open(config.fer2013())
                : null;
        ImageFiles files = new ImageFiles();
        return new WorkbookData(ck, files, orl, files, fer, config);
    }

    /** Whether the expression set is the synthetic one. */
    public boolean synthetic() {
        return config.synthetic();
    }

    /**
     * The split of fold {@code fold}: CK+'s subject-independent fold (10 folds, seeded), or
     * the synthetic set's own identity-disjoint split; then cut to the configuration's train
     * and test limits, so small profiles stay small.
     *
     * @param fold 1..10 (the synthetic set has one split, and ignores it)
     */
    public TrainTest fold(int fold) throws IOException {
        TrainTest split = synthetic() ? new OwnSplit().split(expressions)
                : new SubjectKFold(SubjectKFold.DEFAULT_FOLDS, fold, config.seed())
                        .split(expressions);
        return new TrainTest(limit(split.train(), config.trainLimit(), config.seed()),
                split.validation(), limit(split.test(), config.testLimit(), config.seed() + 1),
                split.warnings());
    }

    /**
     * At most {@code n} images of a set, chosen at random with the seed and kept in the set's
     * order; the whole set when {@code n} is 0 or the set is no larger.
     */
    public static FaceSet limit(FaceSet set, int n, long seed) {
        if (n <= 0 || set.size() <= n) {
            return set;
        }
        List<FaceRecord> shuffled = new ArrayList<>(set.records());
        Collections.shuffle(shuffled, new Random(seed));
        Set<FaceRecord> kept = new HashSet<>(shuffled.subList(0, n));
        return set.filter(kept::contains);
    }

    /** One line per set, for a notebook's output. */
    public String describe() {
        StringBuilder b = new StringBuilder();
        b.append("expression set: ").append(expressions).append('\n');
        b.append("identity set:   ").append(identities).append('\n');
        if (fer2013 != null) {
            b.append("FER2013:        ").append(fer2013).append('\n');
        }
        return b.toString();
    }
}
