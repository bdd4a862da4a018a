package org.cdgan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.cdgan.data.SharedData;
import org.cdgan.eval.RunReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {

    @TempDir
    Path tmp;

    /** The outcome of one command line. */
    record Result(int code, String out, String err) {
    }

    static Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(code, out.toString(StandardCharsets.UTF_8),
                err.toString(StandardCharsets.UTF_8));
    }

    /** A small CK+48 copy: happy and surprise of the first {@code subjects} subjects. */
    private Path smallSet(int subjects) throws Exception {
        Path root = tmp.resolve("ck");
        List<String> keep;
        try (Stream<Path> s = Files.list(SharedData.set("ck48").resolve("happy"))) {
            keep = s.map(p -> p.getFileName().toString().substring(0, 4)).distinct().sorted()
                    .limit(subjects).toList();
        }
        for (String cls : List.of("happy", "surprise")) {
            Path to = Files.createDirectories(root.resolve(cls));
            try (Stream<Path> s = Files.list(SharedData.set("ck48").resolve(cls))) {
                for (Path p : s.filter(p -> keep.contains(p.getFileName().toString()
                        .substring(0, 4))).toList()) {
                    Files.copy(p, to.resolve(p.getFileName()));
                }
            }
        }
        return root;
    }

    private static void assertBadInput(Result r, String... fragments) {
        assertEquals(Main.BAD_INPUT, r.code(), r.err());
        String[] lines = r.err().strip().split("\n");
        assertEquals(1, lines.length, "one line expected: " + r.err());
        assertFalse(r.err().contains("\tat "), r.err());
        for (String f : fragments) {
            assertTrue(r.err().contains(f), "'" + f + "' missing from: " + r.err());
        }
    }

    private static String[] baseline(Path data, Path out, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("baseline", "--data",
                data.toString(), "--folds", "3", "--epochs", "1", "--size", "32", "--batch",
                "16", "--device", "cpu", "--out", out.toString()));
        args.addAll(Arrays.asList(more));
        return args.toArray(String[]::new);
    }

    @Test
    void helpListsEveryOption() {
        Result r = run("baseline", "--help");
        assertEquals(0, r.code());
        for (String opt : List.of("--data DIR", "--protocol", "--fold N", "--folds K",
                "--epochs N", "--size S", "--batch B", "--seed N", "--out DIR", "--resume",
                "--skip-bad", "--device")) {
            assertTrue(r.out().contains(opt), opt + " missing from help");
        }
        assertTrue(run("--help").out().contains("baseline"));
        assertBadInput(run("frobnicate"), "unknown command 'frobnicate'");
        assertBadInput(run("baseline", "--data", "x", "--speed", "3"), "unknown option --speed");
        assertBadInput(run("baseline"), "--data DIR is required");
    }

    @Test
    void badFoldersAreNamed() throws Exception {
        Path missing = tmp.resolve("missing");
        assertBadInput(run(baseline(missing, tmp.resolve("o"))), missing.toString(),
                "no such data folder");
        Path set = smallSet(2);
        Files.createDirectories(set.resolve("anger"));
        assertBadInput(run(baseline(set, tmp.resolve("o"))), set.resolve("anger").toString(),
                "empty class folder");
        Files.delete(set.resolve("anger"));
        Files.createDirectories(set.resolve("bored"));
        Files.copy(set.resolve("happy").toFile().listFiles()[0].toPath(),
                set.resolve("bored/x.png"));
        assertBadInput(run(baseline(set, tmp.resolve("o"))), set.resolve("bored").toString(),
                "unknown expression name 'bored'");
    }

    @Test
    void badImagesAreNamed() throws Exception {
        Path set = smallSet(4);
        Path happy = set.resolve("happy");
        Path good;
        try (Stream<Path> s = Files.list(happy)) {
            good = s.sorted().toList().get(1);
        }
        byte[] raw = Files.readAllBytes(good);

        Path cut = happy.resolve("S999_001_00000001.png");
        Files.write(cut, Arrays.copyOf(raw, raw.length / 2));
        assertBadInput(run(baseline(set, tmp.resolve("o"))), cut.toString(), "truncated");
        Files.delete(cut);

        Path text = happy.resolve("S999_001_00000002.png");
        Files.writeString(text, "hello");
        assertBadInput(run(baseline(set, tmp.resolve("o"))), text.toString(), "not an image");
        Files.delete(text);

        Path big = happy.resolve("S999_001_00000003.png");
        ImageIO.write(new BufferedImage(64, 64, BufferedImage.TYPE_BYTE_GRAY), "png",
                big.toFile());
        assertBadInput(run(baseline(set, tmp.resolve("o"))), big.toString(),
                "64 x 64 pixels where this set has 48 x 48");
        Files.delete(big);

        Path colour = happy.resolve("S999_001_00000004.png");
        ImageIO.write(new BufferedImage(48, 48, BufferedImage.TYPE_INT_RGB), "png",
                colour.toFile());
        assertBadInput(run(baseline(set, tmp.resolve("o"))), colour.toString(),
                "3 channel(s) where this set has 1");
    }

    @Test
    void badManifestsAreNamed() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("m"));
        Path manifest = dir.resolve("manifest.csv");
        Files.writeString(manifest, "path,identity,split\na.png,p1,train\n");
        assertBadInput(run(baseline(dir, tmp.resolve("o"))), manifest.toString(),
                "missing column 'expression'");
        Files.writeString(manifest, "path,expression,identity,split\n/etc/x.png,happy,p,\n");
        assertBadInput(run(baseline(manifest, tmp.resolve("o"))), manifest + " line 2",
                "outside the manifest's folder");
    }

    @Test
    void trainsSkipsBadImagesWritesTheReportAndResumes() throws Exception {
        Path set = smallSet(6);
        Path bad = set.resolve("surprise/S998_002_00000001.png");
        Files.writeString(bad, "not a face");
        Path out = tmp.resolve("run");
        Result r = run(baseline(set, out, "--skip-bad"));
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("epoch 1/1"), r.out());
        assertTrue(r.out().contains("test: accuracy "), r.out());
        assertTrue(r.out().contains("macro-F1 "), r.out());
        assertTrue(r.out().contains("true\\pred"), r.out());
        assertTrue(r.out().contains("skipped 1 unusable image(s):"), r.out());
        assertTrue(r.out().contains(bad.toString()), r.out());
        assertTrue(Files.exists(out.resolve(RunReport.RECORD)));
        assertTrue(Files.exists(out.resolve(RunReport.CONFUSION)));
        assertTrue(Files.readString(out.resolve(RunReport.RECORD)).contains(bad.toString()));

        assertBadInput(run(baseline(set, out, "--skip-bad")), "pass --resume");
        Result resumed = run(baseline(set, out, "--skip-bad", "--resume", "--epochs", "2"));
        assertEquals(0, resumed.code(), resumed.err());
        assertTrue(resumed.out().contains("resumed after epoch 1"), resumed.out());
        assertTrue(resumed.out().contains("epoch 2/2"), resumed.out());
        assertFalse(resumed.out().contains("epoch 1/2"), resumed.out());
    }
}
