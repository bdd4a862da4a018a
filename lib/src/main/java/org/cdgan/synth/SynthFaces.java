package org.cdgan.synth;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import javax.imageio.ImageIO;
import org.cdgan.data.DataException;
import org.cdgan.data.Expression;
import org.cdgan.data.FaceRecord;
import org.cdgan.data.FaceSet;
import org.cdgan.data.Identity;
import org.cdgan.data.ImageSource;
import org.cdgan.data.Manifest;
import org.cdgan.data.Seeds;
import org.cdgan.data.Split;
import org.cdgan.data.StagedFolder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * SynthFaces: a procedural face set with known identity and expression factors, the default
 * data when no real set is configured.
 *
 * <p>N identities x 7 basic expressions x M samples. Each picture is drawn from its
 * {@link FaceFactors}: the person's {@link IdentityFactors}, the picture's
 * {@link ExpressionFactors} (its expression's prototype at a random intensity, jittered) and
 * {@link Nuisance}. Every factor derives from the seed and the picture's (identity,
 * expression, sample) indices alone, so any picture can be drawn on its own, in any order,
 * with the same pixels.
 *
 * <p>Identity factors cover most of the picture (tone, outline, hair) while expressions move
 * the mouth, brows, eyes and cheeks only, so identity changes appearance more than expression
 * does and a classifier trained on expression labels alone also learns identity: the set is a
 * real test of disentanglement, and its true factors score the probes exactly.
 *
 * <p>In memory, the set is a {@link FaceSet} (identities {@code synth:id00} ...) and this object
 * is its {@link ImageSource}. {@link #write(Path, boolean)} puts the same pictures on disk as
 * PNG files with a manifest whose extra columns hold every factor.
 */
public final class SynthFaces implements ImageSource {

    /** The data set name and identity namespace. */
    public static final String DATASET = "synth";

    /** The expressions drawn, in canonical order. */
    public static final List<Expression> EXPRESSIONS = List.of(Expression.ANGER,
            Expression.DISGUST, Expression.FEAR, Expression.HAPPINESS, Expression.SADNESS,
            Expression.SURPRISE, Expression.NEUTRAL);

    private static final Logger LOG = LoggerFactory.getLogger(SynthFaces.class);
    private static final long IDENTITY_STREAM = 1;
    private static final long EXPRESSION_STREAM = 2;
    private static final long NUISANCE_STREAM = 3;

    private final SynthConfig config;
    private final List<IdentityFactors> people;
    private final FaceSet set;
    private final Map<String, Integer> index = new HashMap<>();

    /** The generator for a configuration; drawing happens lazily, per picture. */
    public SynthFaces(SynthConfig config) {
        this.config = config;
        List<IdentityFactors> ids = new ArrayList<>(config.identities());
        for (int i = 0; i < config.identities(); i++) {
            ids.add(IdentityFactors.sample(random(IDENTITY_STREAM, i, 0, 0)));
        }
        this.people = List.copyOf(ids);
        List<FaceRecord> records = new ArrayList<>(config.imageCount());
        for (int i = 0; i < config.identities(); i++) {
            String id = identityId(i);
            Split split = split(i);
            for (Expression e : EXPRESSIONS) {
                for (int s = 0; s < config.samples(); s++) {
                    Path rel = Path.of(id, fileName(id, e, s));
                    index.put(key(rel), records.size());
                    records.add(new FaceRecord(Path.of(DATASET).resolve(rel), e,
                            new Identity(DATASET, id), null, split));
                }
            }
        }
        this.set = new FaceSet(DATASET, records);
    }

    /** The generator with {@link SynthConfig#defaults()}. */
    public static SynthFaces defaults() {
        return new SynthFaces(SynthConfig.defaults());
    }

    public SynthConfig config() {
        return config;
    }

    /**
     * The pictures as a face set, ordered by identity, then expression, then sample; the record
     * paths are names ({@code synth/id07/id07_happiness_03.png}), not files: load the pixels
     * through this object.
     */
    public FaceSet faceSet() {
        return set;
    }

    /** The appearance of person {@code i}. */
    public IdentityFactors person(int i) {
        return people.get(i);
    }

    /** The true factors of the {@code i}-th record of {@link #faceSet()}. */
    public FaceFactors factors(int i) {
        int per = EXPRESSIONS.size() * config.samples();
        int person = i / per;
        int e = (i % per) / config.samples();
        int s = i % config.samples();
        Expression expression = EXPRESSIONS.get(e);
        ExpressionFactors action = ExpressionFactors.sample(expression,
                random(EXPRESSION_STREAM, person, e, s));
        Nuisance nuisance = config.nuisance() == 0
                ? Nuisance.none(random(NUISANCE_STREAM, person, e, s).nextLong())
                : Nuisance.sample(random(NUISANCE_STREAM, person, e, s), config.nuisance());
        return new FaceFactors(person, expression, s, people.get(person), action, nuisance);
    }

    /**
     * The true factors of a record of this set, also one read back from this set's manifest
     * (matched by its last two path elements).
     *
     * @throws DataException when the record is not one of this set's pictures
     */
    public FaceFactors factors(FaceRecord record) throws DataException {
        return factors(indexOf(record));
    }

    /** Draws the {@code i}-th picture. */
    public BufferedImage render(int i) {
        return FaceRenderer.render(factors(i), config.size(), config.colour());
    }

    /** Draws a record's picture: the {@link ImageSource} of {@link #faceSet()}. */
    @Override
    public BufferedImage load(FaceRecord record) throws DataException {
        return render(indexOf(record));
    }

    /**
     * Every factor of every picture as manifest columns: {@code sample}, then
     * {@link FaceFactors#names()}, values with 4 decimals, one per record of {@link #faceSet()}.
     */
    public Map<String, List<String>> factorColumns() {
        List<String> names = FaceFactors.names();
        Map<String, List<String>> columns = new LinkedHashMap<>();
        columns.put("sample", new ArrayList<>());
        for (String n : names) {
            columns.put(n, new ArrayList<>());
        }
        for (int i = 0; i < set.size(); i++) {
            FaceFactors f = factors(i);
            columns.get("sample").add(Integer.toString(f.sample()));
            double[] v = f.values();
            for (int c = 0; c < names.size(); c++) {
                columns.get(names.get(c)).add(String.format(Locale.ROOT, "%.4f", v[c]));
            }
        }
        return columns;
    }

    /**
     * Writes every picture as a PNG under {@code dir/idNN/} and {@code dir/manifest.csv} with
     * the factors as extra columns, in a temporary folder moved into place when complete.
     *
     * @param dir the folder to produce
     * @param replace whether an existing non-empty folder may be replaced
     * @return the set as read back from the written manifest
     * @throws DataException when {@code dir} exists and may not be replaced
     */
    public FaceSet write(Path dir, boolean replace) throws IOException {
        try (StagedFolder out = StagedFolder.create(dir, replace)) {
            Path root = out.path();
            List<FaceRecord> staged = new ArrayList<>(set.size());
            for (FaceRecord r : set.records()) {
                Path rel = Path.of(DATASET).relativize(r.path());
                staged.add(new FaceRecord(root.resolve(rel), r.expression(), r.identity(),
                        r.sequence(), r.split()));
            }
            for (int i = 0; i < config.identities(); i++) {
                Files.createDirectories(root.resolve(identityId(i)));
            }
            try {
                IntStream.range(0, staged.size()).parallel().forEach(i -> {
                    try {
                        ImageIO.write(render(i), "png", staged.get(i).path().toFile());
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            } catch (UncheckedIOException e) {
                throw new DataException("could not write a synthetic face under " + root
                        + ": " + e.getCause().getMessage(), e.getCause());
            }
            Manifest.write(root.resolve(Manifest.FILE_NAME), new FaceSet(DATASET, staged),
                    factorColumns());
            out.commit();
        }
        LOG.info("SynthFaces: wrote {} pictures ({} identities x {} expressions x {} samples, "
                + "{} px {}) to {}", set.size(), config.identities(), EXPRESSIONS.size(),
                config.samples(), config.size(), config.colour() ? "colour" : "grey", dir);
        return Manifest.read(dir.resolve(Manifest.FILE_NAME), DATASET);
    }

    /** The id of person {@code i}: {@code id00}, {@code id01} ... (more digits past 100). */
    public String identityId(int i) {
        int digits = Math.max(2, Integer.toString(config.identities() - 1).length());
        return String.format(Locale.ROOT, "id%0" + digits + "d", i);
    }

    private Split split(int person) {
        if (config.valIdentities() + config.testIdentities() == 0) {
            return null;
        }
        int train = config.identities() - config.valIdentities() - config.testIdentities();
        if (person < train) {
            return Split.TRAIN;
        }
        return person < train + config.valIdentities() ? Split.VAL : Split.TEST;
    }

    private int indexOf(FaceRecord record) throws DataException {
        Path p = record.path();
        Integer i = p.getNameCount() < 2 ? null
                : index.get(key(p.subpath(p.getNameCount() - 2, p.getNameCount())));
        if (i == null) {
            throw new DataException(p + " is not a picture of this synthetic set (" + set
                    + "): load it from the set that listed it");
        }
        return i;
    }

    private static String key(Path rel) {
        return rel.toString().replace('\\', '/');
    }

    private static String fileName(String id, Expression e, int sample) {
        return String.format(Locale.ROOT, "%s_%s_%02d.png", id, e.label(), sample);
    }

    /** A random stream for one (kind, person, expression, sample) from the seed. */
    private SplittableRandom random(long stream, int person, int expression, int sample) {
        long h = Seeds.finalise(config.seed() ^ 0x9E3779B97F4A7C15L * stream);
        h = Seeds.finalise(h + person);
        h = Seeds.finalise(h + expression);
        h = Seeds.finalise(h + sample);
        return new SplittableRandom(h);
    }
}
