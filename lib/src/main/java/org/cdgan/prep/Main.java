package org.cdgan.prep;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.cdgan.data.DataException;
import org.cdgan.data.FaceSet;
import org.cdgan.synth.SynthConfig;
import org.cdgan.synth.SynthFaces;

/**
 * The command line of the data scripts: turns an original archive's folder into the manifest
 * format. {@code java -cp ... org.cdgan.prep.Main <layout> --in DIR --out DIR [options]}.
 */
public final class Main {

    private static final String USAGE = String.join("\n",
            "usage: prep <layout> --in DIR --out DIR [options]",
            "layouts:",
            "  ckplus      CK+: DIR holds cohn-kanade-images/ and Emotion/",
            "  rafdb       RAF-DB basic: DIR holds EmoLabel/ and Image/aligned/ (or original/)",
            "  fer2013     FER2013: DIR is fer2013.csv or holds it",
            "  tfeid       TFEID: a folder per expression, subject from the file name (f01...)",
            "  folder      your own faces: a folder per expression [train/ val/ test/ above]",
            "  casia       CASIA-WebFace: a folder per person, first --subjects (35) kept",
            "  identities  any folder per person (ORL, your own), all kept unless --subjects",
            "  synth       SynthFaces to disk (no --in): --identities --samples --size --seed",
            "options:",
            "  --cascade FILE   Haar cascade (default " + PrepOptions.DEFAULT_CASCADE + ")",
            "  --margin F       border around a found face, fraction per side (0.1)",
            "  --size N         resize to N x N (default: keep the crop's size)",
            "  --no-crop        do not detect and crop faces",
            "  --frames N       CK+: last N frames of each sequence (3)",
            "  --neutral        CK+: also the first frame of each sequence, as neutral",
            "  --subjects N     identity sets: keep the first N people (0: all)",
            "  --original       RAF-DB: read Image/original/ with face crop",
            "  --identity-pattern REGEX  folder layouts: person = group 1 of the file name",
            "  --replace        replace an existing output folder",
            "  --colour         synth: draw in colour");

    private static final Set<String> FLAGS = Set.of("--no-crop", "--neutral", "--original",
            "--replace", "--colour");

    private Main() {
    }

    /** Runs the command line; exits with 0 on success, 1 on bad data, 2 on bad usage. */
    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs one command, printing the summary to {@code out}; returns the exit status. */
    static int run(String[] args, PrintStream out, PrintStream err) {
        Map<String, String> opts = new HashMap<>();
        String layout = null;
        try {
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                if (FLAGS.contains(a)) {
                    opts.put(a, "true");
                } else if (a.startsWith("--")) {
                    if (i + 1 >= args.length) {
                        throw new IllegalArgumentException(a + " needs a value");
                    }
                    opts.put(a, args[++i]);
                } else if (layout == null) {
                    layout = a;
                } else {
                    throw new IllegalArgumentException("unexpected argument '" + a + "'");
                }
            }
            if (layout == null || opts.containsKey("--help")) {
                throw new IllegalArgumentException("no layout given");
            }
            PrepResult result = prepare(layout, opts);
            if (result != null) {
                result.summary().forEach(out::println);
            }
            return 0;
        } catch (IllegalArgumentException e) {
            err.println("prep: " + e.getMessage());
            err.println(USAGE);
            return 2;
        } catch (DataException e) {
            err.println("prep: " + e.getMessage());
            return 1;
        } catch (IOException e) {
            err.println("prep: " + e);
            return 1;
        }
    }

    private static PrepResult prepare(String layout, Map<String, String> o) throws IOException {
        Path outDir = Path.of(required(o, "--out"));
        PrepOptions defaults = PrepOptions.defaults();
        PrepOptions p = defaults
                .withCrop(!o.containsKey("--no-crop"))
                .withCascade(Path.of(o.getOrDefault("--cascade",
                        defaults.cascade().toString())))
                .withMargin(Double.parseDouble(o.getOrDefault("--margin",
                        Double.toString(defaults.margin()))))
                .withSize(Integer.parseInt(o.getOrDefault("--size", "0")))
                .withFrames(Integer.parseInt(o.getOrDefault("--frames",
                        Integer.toString(defaults.frames()))), o.containsKey("--neutral"))
                .withOriginal(o.containsKey("--original"))
                .withReplace(o.containsKey("--replace"));
        Pattern pattern = o.containsKey("--identity-pattern")
                ? Pattern.compile(o.get("--identity-pattern")) : null;
        switch (layout) {
            case "ckplus":
                return CkPlus.prepare(in(o), outDir, p);
            case "rafdb":
                return RafDb.prepare(in(o), outDir, p);
            case "fer2013":
                return Fer2013.prepare(in(o), outDir, p);
            case "tfeid":
                return ClassFolders.prepare("tfeid", in(o), outDir, p,
                        pattern == null ? ClassFolders.TFEID_SUBJECT : pattern);
            case "folder":
                return ClassFolders.prepare(outDir.toAbsolutePath().getFileName().toString(),
                        in(o), outDir, p, pattern);
            case "casia":
                return IdentityFolders.prepare("casia", in(o), outDir,
                        p.withSubjects(Integer.parseInt(o.getOrDefault("--subjects",
                                Integer.toString(defaults.subjects())))));
            case "identities":
                return IdentityFolders.prepare(outDir.toAbsolutePath().getFileName()
                        .toString(), in(o), outDir, p.withSubjects(Integer.parseInt(
                                o.getOrDefault("--subjects", "0"))));
            case "synth":
                return synth(o, outDir, p.replace());
            default:
                throw new IllegalArgumentException("unknown layout '" + layout + "'");
        }
    }

    private static PrepResult synth(Map<String, String> o, Path outDir, boolean replace)
            throws IOException {
        SynthConfig d = SynthConfig.defaults();
        int identities = Integer.parseInt(o.getOrDefault("--identities",
                Integer.toString(d.identities())));
        SynthConfig config = (identities == d.identities() ? d : d.withSplits(0, 0))
                .withCounts(identities, Integer.parseInt(o.getOrDefault("--samples",
                        Integer.toString(d.samples()))))
                .withSize(Integer.parseInt(o.getOrDefault("--size", Integer.toString(d.size()))))
                .withColour(o.containsKey("--colour"))
                .withSeed(Long.parseLong(o.getOrDefault("--seed", Long.toString(d.seed()))));
        FaceSet set = new SynthFaces(config).write(outDir, replace);
        PrepReport report = new PrepReport(SynthFaces.DATASET);
        return new PrepResult(set, report, outDir.resolve("manifest.csv"));
    }

    private static Path in(Map<String, String> o) {
        return Path.of(required(o, "--in"));
    }

    private static String required(Map<String, String> o, String key) {
        String v = o.get(key);
        if (v == null) {
            throw new IllegalArgumentException("missing " + key + " DIR");
        }
        return v;
    }
}
