package org.cdgan.cli;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.cdgan.data.DataException;
import org.cdgan.data.DataSets;
import org.cdgan.data.FaceDataset;
import org.cdgan.data.FaceSet;
import org.cdgan.data.ImageFiles;
import org.cdgan.data.OwnSplit;
import org.cdgan.data.Preprocessing;
import org.cdgan.data.SplitProtocol;
import org.cdgan.data.StratifiedSplit;
import org.cdgan.data.SubjectKFold;
import org.cdgan.data.TrainTest;

/**
 * The data side of an experiment command, shared by every training subcommand: the options
 * that choose the data, the protocol and the preprocessing, and the datasets they give.
 *
 * @param set the whole data set
 * @param split its train / test division
 * @param train the training images, augmented and shuffled
 * @param test the test images, plain and in order, scored on the training classes
 * @param preprocessing the training preprocessing
 * @param protocol the protocol's name as used
 * @param skipped the unusable images left out (with --skip-bad)
 */
public record ExperimentData(FaceSet set, TrainTest split, FaceDataset train, FaceDataset test,
        Preprocessing preprocessing, String protocol, List<String> skipped) {

    /** The options every experiment command takes. */
    public static List<Option> options() {
        return List.of(
                Option.of("data", "DIR", null, "data folder (a folder per class, train/val/test"
                        + " folders, or a manifest.csv) or a manifest CSV file"),
                Option.of("protocol", "NAME", "subject-kfold", "subject-kfold (people never in "
                        + "train and test), own (the set's own train/test), or random "
                        + "(stratified by class; leaks identity on sets with subjects)"),
                Option.of("fold", "N", "1", "the test fold of subject-kfold, 1..folds"),
                Option.of("folds", "K", String.valueOf(SubjectKFold.DEFAULT_FOLDS),
                        "folds of subject-kfold; random holds out 1/K of each class"),
                Option.of("size", "S", String.valueOf(Preprocessing.DEFAULT_SIZE),
                        "network input side in pixels (48..224)"),
                Option.of("channels", "C", String.valueOf(Preprocessing.DEFAULT_CHANNELS),
                        "1 (grey) or 3 (colour)"),
                Option.of("batch", "B", "32", "images per training step"),
                Option.of("seed", "N", String.valueOf(Preprocessing.DEFAULT_SEED),
                        "seed of folds, initialisation, shuffling and augmentation"),
                Option.of("image-shape", "WxHxC", "auto", "what every image must be: auto (as "
                        + "the set's first image), any, or e.g. 48x48x1"),
                Option.flag("skip-bad", "skip unusable images (listed in the summary) instead "
                        + "of stopping at the first"));
    }

    /**
     * Opens, checks, splits and decodes the data the options name.
     *
     * @throws DataException naming the file for bad data
     * @throws UsageException for a bad option value
     */
    public static ExperimentData prepare(Options o) throws IOException, UsageException {
        Path dir = o.getPath("data");
        FaceSet set = DataSets.open(dir);
        if (set.classes().size() < 2) {
            throw new DataException(dir + ": " + set.classes().size() + " expression class(es); "
                    + "expression training needs at least 2 (is this an identity set?)");
        }
        int size = o.getInt("size");
        if (size < 32 || size > 512) {
            throw new UsageException("--size " + size + ": use 32..512 (48..224 is usual)");
        }
        long seed = o.getLong("seed");
        String protocol = o.get("protocol").toLowerCase(Locale.ROOT);
        int folds = o.getInt("folds");
        SplitProtocol splitter;
        switch (protocol) {
            case "subject-kfold":
                splitter = new SubjectKFold(folds, o.getInt("fold"), seed);
                break;
            case "own":
                splitter = new OwnSplit();
                break;
            case "random":
                splitter = new StratifiedSplit(1.0 / folds, seed);
                break;
            default:
                throw new UsageException("--protocol '" + protocol
                        + "': use subject-kfold, own or random");
        }
        TrainTest split = splitter.split(set);
        ImageFiles images = new ImageFiles(shape(o.get("image-shape"), set));
        Preprocessing p = new Preprocessing(size, o.getInt("channels"), true, seed);
        int batch = o.getInt("batch");
        boolean skipBad = o.flag("skip-bad");
        FaceDataset train = FaceDataset.builder().setFaces(split.train()).optImages(images)
                .optPreprocessing(p).optClasses(set.classes()).optIdentities(set.identities())
                .optSkipBad(skipBad).optShuffledBatches(batch, false).build();
        FaceDataset test = FaceDataset.builder().setFaces(split.test()).optImages(images)
                .optPreprocessing(p.evaluation()).optClasses(set.classes())
                .optIdentities(set.identities()).optSkipBad(skipBad).optOrderedBatches(batch)
                .build();
        if (train.size() == 0 || test.size() == 0) {
            throw new DataException(dir + ": " + train.size() + " training and " + test.size()
                    + " test images remain; check the data and the protocol");
        }
        List<String> skipped = new ArrayList<>(train.skipped());
        skipped.addAll(test.skipped());
        return new ExperimentData(set, split, train, test, p, protocol, skipped);
    }

    /** The shape every image must have, from the option value. */
    static ImageFiles.Shape shape(String value, FaceSet set) throws IOException,
            UsageException {
        String v = value.trim().toLowerCase(Locale.ROOT);
        if (v.equals("any")) {
            return ImageFiles.Shape.ANY;
        }
        if (v.equals("auto")) {
            BufferedImage first = ImageFiles.decode(set.records().get(0).path());
            return new ImageFiles.Shape(first.getWidth(), first.getHeight(),
                    ImageFiles.channels(first));
        }
        String[] parts = v.split("x");
        try {
            if (parts.length != 3) {
                throw new NumberFormatException();
            }
            return new ImageFiles.Shape(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]),
                    Integer.parseInt(parts[2]));
        } catch (NumberFormatException e) {
            throw new UsageException("--image-shape '" + value + "': use auto, any or "
                    + "WIDTHxHEIGHTxCHANNELS such as 48x48x1");
        }
    }
}
