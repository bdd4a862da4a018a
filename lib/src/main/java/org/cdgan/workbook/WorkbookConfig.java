package org.cdgan.workbook;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.cdgan.data.DataException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The configuration every notebook builds in its first cell: where the data is, how big the
 * faces are, how long to train, on which device, with which seed, and where outputs go.
 *
 * <p>A {@link Profile} sets every value at once ({@code quick} by default, {@code article} for
 * the article's setting); single values can then be changed on the {@link Builder}. Environment
 * variables override the notebook's choices, so a headless runner drives the whole series:
 * {@code CDGAN_PROFILE}, {@code CDGAN_DATA} (the data folder), {@code CDGAN_OUT} (the output
 * folder), {@code CDGAN_EPOCHS}, {@code CDGAN_IMAGE_SIZE}, {@code CDGAN_DEVICE} and
 * {@code CDGAN_SEED}.
 *
 * <p>Data: a data folder holds {@code ck48/}, {@code fer2013/} and {@code orl_faces/} (the
 * layouts {@code data-scripts/} prepare from the original archives). When none is named, the
 * project's {@code ../shared/data} is used if it exists (found by walking up from the working
 * directory to the repository root), and otherwise the synthetic SynthFaces set, announced in
 * the log and in {@link #describe()}. A named folder that does not exist is an error that says
 * how to get the data.
 */
public final class WorkbookConfig {

    /** Environment variable naming the profile. */
    public static final String ENV_PROFILE = "CDGAN_PROFILE";
    /** Environment variable naming the data folder. */
    public static final String ENV_DATA = "CDGAN_DATA";
    /** Environment variable naming the output folder. */
    public static final String ENV_OUT = "CDGAN_OUT";
    /** Environment variable overriding the baseline's and the GAN's epochs. */
    public static final String ENV_EPOCHS = "CDGAN_EPOCHS";
    /** Environment variable overriding the image size. */
    public static final String ENV_IMAGE_SIZE = "CDGAN_IMAGE_SIZE";
    /** Environment variable overriding the device, {@code cpu} or {@code gpu}. */
    public static final String ENV_DEVICE = "CDGAN_DEVICE";
    /** Environment variable overriding the seed. */
    public static final String ENV_SEED = "CDGAN_SEED";

    /** Folder of CK+48 inside a data folder. */
    public static final String CK48 = "ck48";
    /** Folder of FER2013 inside a data folder. */
    public static final String FER2013 = "fer2013";
    /** Folder of ORL inside a data folder. */
    public static final String ORL = "orl_faces";

    /** How to get the real data, said by every missing-data error. */
    public static final String HOW_TO_GET_DATA = "prepare it with the scripts in data-scripts/ "
            + "(see data-scripts/README.md), or leave " + ENV_DATA + " unset to use the "
            + "synthetic SynthFaces set";

    private static final Logger LOG = LoggerFactory.getLogger(WorkbookConfig.class);

    private final Profile profile;
    private final Path repoRoot;
    private final Path dataRoot;
    private final boolean synthetic;
    private final int imageSize;
    private final int channels;
    private final int epochs;
    private final int ganEpochs;
    private final int batchSize;
    private final int trainLimit;
    private final int testLimit;
    private final int embeddingPoints;
    private final int folds;
    private final boolean pretrained;
    private final String device;
    private final long seed;
    private final Path outputDir;

    private WorkbookConfig(Builder b, Path dataRoot, boolean synthetic, Path outputDir) {
        this.profile = b.profile;
        this.repoRoot = b.repoRoot;
        this.dataRoot = dataRoot;
        this.synthetic = synthetic;
        this.imageSize = b.imageSize;
        this.channels = b.channels;
        this.epochs = b.epochs;
        this.ganEpochs = b.ganEpochs;
        this.batchSize = b.batchSize;
        this.trainLimit = b.trainLimit;
        this.testLimit = b.testLimit;
        this.embeddingPoints = b.embeddingPoints;
        this.folds = b.folds;
        this.pretrained = b.pretrained;
        this.device = b.device;
        this.seed = b.seed;
        this.outputDir = outputDir;
    }

    /**
     * The configuration of a notebook's first cell: the profile named here unless
     * {@code CDGAN_PROFILE} names another, then the other environment variables, then the data
     * and output folders resolved from the working directory.
     *
     * @param profile the notebook's profile, such as {@code "quick"}
     * @throws DataException when a named data folder does not exist
     */
    public static WorkbookConfig load(String profile) throws DataException {
        return builder(Profile.fromName(profile)).environment(System.getenv()).build();
    }

    /**
     * A builder preset with a profile's values, the working directory as the place to look
     * for the repository, and no environment applied yet.
     */
    public static Builder builder(Profile profile) {
        return builder(profile, Path.of(System.getProperty("user.dir")));
    }

    /**
     * A builder preset with a profile's values that looks for the repository above
     * {@code workingDir}.
     */
    public static Builder builder(Profile profile, Path workingDir) {
        return new Builder(profile, workingDir);
    }

    /**
     * The repository root above {@code start}: the first folder, walking up, that holds the
     * project's parent {@code pom.xml} (artifact {@code cdgan-parent}, with modules).
     *
     * @param start a folder inside the repository, such as a notebook's working directory
     * @return the root, or empty when {@code start} is not inside the repository
     */
    public static Optional<Path> findRepoRoot(Path start) {
        for (Path p = start.toAbsolutePath().normalize(); p != null; p = p.getParent()) {
            Path pom = p.resolve("pom.xml");
            if (Files.isRegularFile(pom)) {
                try {
                    String text = Files.readString(pom);
                    // a module's pom names cdgan-parent as its parent; only the root has modules
                    if (text.contains("<artifactId>cdgan-parent</artifactId>")
                            && text.contains("<modules>")) {
                        return Optional.of(p);
                    }
                } catch (IOException e) {
                    LOG.debug("cannot read {}: {}", pom, e.toString());
                }
            }
        }
        return Optional.empty();
    }

    /** The profile the values started from. */
    public Profile profile() {
        return profile;
    }

    /** The repository root, or {@code null} when the working directory is outside it. */
    public Path repoRoot() {
        return repoRoot;
    }

    /** The data folder, or {@code null} when the run uses the synthetic set. */
    public Path dataRoot() {
        return dataRoot;
    }

    /** Whether the run uses the synthetic SynthFaces set in place of real data. */
    public boolean synthetic() {
        return synthetic;
    }

    /** The expression set's folder (CK+48), or {@code null} for the synthetic set. */
    public Path expressionSet() {
        return dataRoot == null ? null : dataRoot.resolve(CK48);
    }

    /** The in-the-wild expression set's folder (FER2013), or {@code null}. */
    public Path fer2013() {
        return dataRoot == null ? null : dataRoot.resolve(FER2013);
    }

    /** The identity set's folder (ORL), or {@code null} for the synthetic set. */
    public Path identitySet() {
        return dataRoot == null ? null : dataRoot.resolve(ORL);
    }

    /** The side S of the square faces, in pixels. */
    public int imageSize() {
        return imageSize;
    }

    /** Image channels: 1 (grey) or 3 (grey replicated, for pretrained colour trunks). */
    public int channels() {
        return channels;
    }

    /** Epochs of the baseline classifier. */
    public int epochs() {
        return epochs;
    }

    /** Epochs of each CD-GAN variant. */
    public int ganEpochs() {
        return ganEpochs;
    }

    /** Images per batch (the article's 32 pairs). */
    public int batchSize() {
        return batchSize;
    }

    /** At most this many training images are used (0: all), to keep small runs small. */
    public int trainLimit() {
        return trainLimit;
    }

    /** At most this many test images are scored (0: all). */
    public int testLimit() {
        return testLimit;
    }

    /** At most this many test images go into a t-SNE map. */
    public int embeddingPoints() {
        return embeddingPoints;
    }

    /** How many of CK+'s ten subject-independent folds are run (1: fold 1 only). */
    public int folds() {
        return folds;
    }

    /** Whether trunks start from pretrained ResNet-18 weights. */
    public boolean pretrained() {
        return pretrained;
    }

    /** The device, {@code cpu} or {@code gpu}. */
    public String device() {
        return device;
    }

    /** The seed of every random choice of the run. */
    public long seed() {
        return seed;
    }

    /** The output folder of checkpoints, results and figures (git-ignored). */
    public Path outputDir() {
        return outputDir;
    }

    /** The values as name-value pairs, in a fixed order, for display and for artifact keys. */
    public Map<String, String> values() {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("profile", profile.label());
        v.put("data", synthetic ? "SynthFaces (synthetic)" : dataRoot.toString());
        v.put("imageSize", Integer.toString(imageSize));
        v.put("channels", Integer.toString(channels));
        v.put("epochs", Integer.toString(epochs));
        v.put("ganEpochs", Integer.toString(ganEpochs));
        v.put("batchSize", Integer.toString(batchSize));
        v.put("trainLimit", Integer.toString(trainLimit));
        v.put("testLimit", Integer.toString(testLimit));
        v.put("embeddingPoints", Integer.toString(embeddingPoints));
        v.put("folds", Integer.toString(folds));
        v.put("pretrained", Boolean.toString(pretrained));
        v.put("device", device);
        v.put("seed", Long.toString(seed));
        v.put("output", outputDir.toString());
        return v;
    }

    /** A short table of the values, for the first cell's output. */
    public String describe() {
        StringBuilder b = new StringBuilder();
        for (Map.Entry<String, String> e : values().entrySet()) {
            b.append(String.format(Locale.ROOT, "%-16s %s%n", e.getKey(), e.getValue()));
        }
        if (synthetic) {
            b.append("note: no real data found; using the synthetic SynthFaces set. To use real "
                    + "data, set " + ENV_DATA + " or put it in ../shared/data.\n");
        }
        return b.toString();
    }

    @Override
    public String toString() {
        return "WorkbookConfig" + values();
    }

    /**
     * Sets the values: a profile's preset first, then any single change. Presets (the one
     * place they live):
     *
     * <table>
     * <caption>profile presets</caption>
     * <tr><th></th><th>quick</th><th>ci</th><th>article</th></tr>
     * <tr><td>image size</td><td>48</td><td>32</td><td>224</td></tr>
     * <tr><td>channels</td><td>1</td><td>1</td><td>3</td></tr>
     * <tr><td>baseline epochs</td><td>8</td><td>1</td><td>100</td></tr>
     * <tr><td>GAN epochs</td><td>2</td><td>1</td><td>100</td></tr>
     * <tr><td>train / test limit</td><td>480 / all</td><td>160 / 64</td><td>all</td></tr>
     * <tr><td>t-SNE points</td><td>400</td><td>64</td><td>2000</td></tr>
     * <tr><td>CK+ folds</td><td>1</td><td>1</td><td>10</td></tr>
     * <tr><td>pretrained, device</td><td>no, cpu</td><td>no, cpu</td><td>yes, gpu</td></tr>
     * </table>
     *
     * Batch size 32 and seed 42 in every profile. The article gives no epoch count; 100 is
     * this project's choice for the article profile.
     */
    public static final class Builder {

        private final Path workingDir;
        private Profile profile;
        private Path repoRoot;
        private Path dataRoot;
        private boolean forceSynthetic;
        private Path outputDir;
        private int imageSize;
        private int channels;
        private int epochs;
        private int ganEpochs;
        private int batchSize = 32;
        private int trainLimit;
        private int testLimit;
        private int embeddingPoints;
        private int folds;
        private boolean pretrained;
        private String device;
        private long seed = 42;

        Builder(Profile profile, Path workingDir) {
            this.workingDir = workingDir;
            this.repoRoot = findRepoRoot(workingDir).orElse(null);
            profile(profile);
        }

        /** Resets every value to the preset of {@code p}. */
        public Builder profile(Profile p) {
            this.profile = Objects.requireNonNull(p, "profile");
            switch (p) {
                case QUICK -> preset(48, 1, 8, 2, 480, 0, 400, 1, false, "cpu");
                case CI -> preset(32, 1, 1, 1, 160, 64, 64, 1, false, "cpu");
                case ARTICLE -> preset(224, 3, 100, 100, 0, 0, 2000, 10, true, "gpu");
                default -> throw new IllegalStateException("no preset for " + p);
            }
            return this;
        }

        private void preset(int size, int ch, int ep, int ganEp, int train, int test,
                int points, int nFolds, boolean pre, String dev) {
            imageSize = size;
            channels = ch;
            epochs = ep;
            ganEpochs = ganEp;
            trainLimit = train;
            testLimit = test;
            embeddingPoints = points;
            folds = nFolds;
            pretrained = pre;
            device = dev;
        }

        /**
         * Applies the {@code CDGAN_*} variables present in {@code env}: the profile first
         * (resetting the preset), then the single values.
         */
        public Builder environment(Map<String, String> env) {
            String p = env.get(ENV_PROFILE);
            if (p != null && !p.isBlank() && Profile.fromName(p) != profile) {
                LOG.info("{}={} overrides the notebook's profile {}", ENV_PROFILE, p,
                        profile.label());
                profile(Profile.fromName(p));
            }
            if (nonBlank(env.get(ENV_DATA))) {
                dataRoot(Path.of(env.get(ENV_DATA)));
            }
            if (nonBlank(env.get(ENV_OUT))) {
                outputDir(Path.of(env.get(ENV_OUT)));
            }
            if (nonBlank(env.get(ENV_EPOCHS))) {
                int e = parseInt(ENV_EPOCHS, env.get(ENV_EPOCHS));
                epochs(e);
                ganEpochs(e);
            }
            if (nonBlank(env.get(ENV_IMAGE_SIZE))) {
                imageSize(parseInt(ENV_IMAGE_SIZE, env.get(ENV_IMAGE_SIZE)));
            }
            if (nonBlank(env.get(ENV_DEVICE))) {
                device(env.get(ENV_DEVICE));
            }
            if (nonBlank(env.get(ENV_SEED))) {
                seed(parseInt(ENV_SEED, env.get(ENV_SEED)));
            }
            return this;
        }

        /** The data folder holding ck48/, fer2013/ and orl_faces/; it must exist. */
        public Builder dataRoot(Path dir) {
            this.dataRoot = dir;
            return this;
        }

        /** Uses the synthetic SynthFaces set even when real data is present. */
        public Builder synthetic() {
            this.forceSynthetic = true;
            return this;
        }

        /** The output folder; default {@code runs/<profile>} under the repository root. */
        public Builder outputDir(Path dir) {
            this.outputDir = dir;
            return this;
        }

        /** The side of the square faces, 16 to 512 pixels. */
        public Builder imageSize(int size) {
            this.imageSize = checkRange("image size", size, 16, 512);
            return this;
        }

        /** Image channels, 1 or 3. */
        public Builder channels(int c) {
            if (c != 1 && c != 3) {
                throw new IllegalArgumentException("channels " + c + " must be 1 or 3");
            }
            this.channels = c;
            return this;
        }

        /** Epochs of the baseline. */
        public Builder epochs(int e) {
            this.epochs = checkRange("epochs", e, 1, 10_000);
            return this;
        }

        /** Epochs of each GAN variant. */
        public Builder ganEpochs(int e) {
            this.ganEpochs = checkRange("GAN epochs", e, 1, 10_000);
            return this;
        }

        /** Images per batch. */
        public Builder batchSize(int b) {
            this.batchSize = checkRange("batch size", b, 1, 4096);
            return this;
        }

        /** At most this many training images (0: all). */
        public Builder trainLimit(int n) {
            this.trainLimit = checkRange("train limit", n, 0, Integer.MAX_VALUE);
            return this;
        }

        /** At most this many test images (0: all). */
        public Builder testLimit(int n) {
            this.testLimit = checkRange("test limit", n, 0, Integer.MAX_VALUE);
            return this;
        }

        /** At most this many points in a t-SNE map. */
        public Builder embeddingPoints(int n) {
            this.embeddingPoints = checkRange("t-SNE points", n, 4, 100_000);
            return this;
        }

        /** How many CK+ folds to run, 1 to 10. */
        public Builder folds(int n) {
            this.folds = checkRange("folds", n, 1, 10);
            return this;
        }

        /** Whether trunks start from pretrained weights. */
        public Builder pretrained(boolean p) {
            this.pretrained = p;
            return this;
        }

        /** The device, {@code cpu} or {@code gpu}. */
        public Builder device(String d) {
            String v = d == null ? "" : d.trim().toLowerCase(Locale.ROOT);
            if (!v.equals("cpu") && !v.equals("gpu")) {
                throw new IllegalArgumentException("device '" + d + "' must be cpu or gpu");
            }
            this.device = v;
            return this;
        }

        /** The seed of every random choice. */
        public Builder seed(long s) {
            this.seed = s;
            return this;
        }

        /**
         * Resolves the data and output folders and builds the configuration.
         *
         * @throws DataException when a named data folder, or a set inside it, is missing
         */
        public WorkbookConfig build() throws DataException {
            Path data = null;
            boolean synth = forceSynthetic;
            if (!synth && dataRoot != null) {
                data = dataRoot.toAbsolutePath().normalize();
                if (!Files.isDirectory(data)) {
                    throw new DataException("data folder " + data + " does not exist: "
                            + HOW_TO_GET_DATA);
                }
                for (String set : new String[] {CK48, ORL}) {
                    if (!Files.isDirectory(data.resolve(set))) {
                        throw new DataException("data folder " + data + " has no " + set
                                + "/ folder: " + HOW_TO_GET_DATA);
                    }
                }
            } else if (!synth) {
                Path shared = repoRoot == null ? null
                        : repoRoot.resolve("../shared/data").toAbsolutePath().normalize();
                if (shared != null && Files.isDirectory(shared.resolve(CK48))
                        && Files.isDirectory(shared.resolve(ORL))) {
                    data = shared;
                } else {
                    synth = true;
                    LOG.warn("no real data found (no {} set, no ../shared/data beside the "
                            + "repository): the workbook uses the synthetic SynthFaces set; "
                            + "to use real data, {}", ENV_DATA, HOW_TO_GET_DATA);
                }
            }
            Path out = outputDir;
            if (out == null) {
                Path base = repoRoot != null ? repoRoot : workingDir;
                out = base.resolve("runs").resolve(profile.label());
            }
            return new WorkbookConfig(this, data, synth, out.toAbsolutePath().normalize());
        }

        private static boolean nonBlank(String s) {
            return s != null && !s.isBlank();
        }

        private static int parseInt(String name, String value) {
            try {
                return Integer.parseInt(value.trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(name + "='" + value
                        + "' is not a whole number", e);
            }
        }

        private static int checkRange(String what, int v, int min, int max) {
            if (v < min || v > max) {
                throw new IllegalArgumentException(what + " " + v + " must be in " + min
                        + ".." + max);
            }
            return v;
        }
    }
}
