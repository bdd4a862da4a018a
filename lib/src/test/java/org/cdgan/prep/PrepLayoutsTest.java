package org.cdgan.prep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.cdgan.data.DataException;
import org.cdgan.data.Expression;
import org.cdgan.data.FaceRecord;
import org.cdgan.data.FaceSet;
import org.cdgan.data.Identity;
import org.cdgan.data.Manifest;
import org.cdgan.data.Split;
import org.cdgan.synth.SynthConfig;
import org.cdgan.synth.SynthFaces;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each data script's original layout, drawn small with SynthFaces, to a manifest. */
class PrepLayoutsTest {

    private static final SynthFaces FACES = new SynthFaces(SynthConfig.defaults()
            .withSize(96));

    @TempDir
    Path tmp;

    @Test
    void ckPlusKeepsLastFramesOfLabelledSequencesWithSubjects() throws IOException {
        Path in = tmp.resolve("ck");
        Path img = in.resolve("cohn-kanade-images");
        for (int f = 1; f <= 5; f++) {
            frame(img.resolve("S010/001/S010_001_0000000" + f + ".png"), f);
            frame(img.resolve("S010/002/S010_002_0000000" + f + ".png"), f + 10);
            frame(img.resolve("S011/001/S011_001_0000000" + f + ".png"), f + 20);
            frame(img.resolve("S011/003/S011_003_0000000" + f + ".png"), f + 30);
        }
        label(in.resolve("Emotion/S010/001/S010_001_00000005_emotion.txt"), "   5.0000000e+00");
        label(in.resolve("Emotion/S011/001/S011_001_00000005_emotion.txt"), "   2.0000000e+00");
        label(in.resolve("Emotion/S011/003/S011_003_00000005_emotion.txt"), "   9.0000000e+00");
        label(in.resolve("Emotion/S012/001/S012_001_00000009_emotion.txt"), "   1.0000000e+00");
        Path out = tmp.resolve("ck-out");

        ByteArrayOutputStream text = new ByteArrayOutputStream();
        int status = Main.run(new String[] {"ckplus", "--in", in.toString(), "--out",
            out.toString(), "--neutral", "--size", "48"}, new PrintStream(text, true,
                StandardCharsets.UTF_8), System.err);
        assertEquals(0, status);
        String summary = text.toString(StandardCharsets.UTF_8);
        assertTrue(summary.contains("MISSING_LABEL_FILE=1"), summary);

        FaceSet set = Manifest.read(out.resolve("manifest.csv"), "ckplus");
        Map<String, Expression> byFile = set.records().stream().collect(Collectors.toMap(
                r -> r.path().getFileName().toString(), FaceRecord::expression));
        assertEquals(Map.of(
                "S010_001_00000003.png", Expression.HAPPINESS,
                "S010_001_00000004.png", Expression.HAPPINESS,
                "S010_001_00000005.png", Expression.HAPPINESS,
                "S010_001_00000001.png", Expression.NEUTRAL,
                "S011_001_00000003.png", Expression.CONTEMPT,
                "S011_001_00000004.png", Expression.CONTEMPT,
                "S011_001_00000005.png", Expression.CONTEMPT,
                "S011_001_00000001.png", Expression.NEUTRAL), byFile);
        FaceRecord first = set.records().get(0);
        assertEquals(new Identity("ckplus", "S010"), first.identity());
        assertEquals("001", first.sequence());
        BufferedImage crop = ImageIO.read(first.path().toFile());
        assertEquals(48, crop.getWidth());
        assertEquals(48, crop.getHeight());

        List<String> report = Files.readAllLines(out.resolve(PrepReport.FILE_NAME));
        assertTrue(report.stream().anyMatch(l -> l.startsWith("MISSING_LABEL_FILE")
                && l.contains("S010/002")), report.toString());
        assertTrue(report.stream().anyMatch(l -> l.startsWith("UNKNOWN_CODE")
                && l.contains("S011_003")), report.toString());
        assertTrue(report.stream().anyMatch(l -> l.startsWith("MISSING_IMAGE")
                && l.contains("S012")), report.toString());
        assertNoStagingLeft();
    }

    @Test
    void rafDbMapsItsCodesAndSplits() throws IOException {
        Path in = tmp.resolve("basic");
        Path aligned = in.resolve("Image/aligned");
        StringBuilder labels = new StringBuilder();
        for (int c = 1; c <= 7; c++) {
            String name = String.format("train_%05d", c);
            face(aligned.resolve(name + "_aligned.jpg"), c, "jpg");
            labels.append(name).append(".jpg ").append(c).append('\n');
        }
        face(aligned.resolve("test_00001_aligned.jpg"), 8, "jpg");
        face(aligned.resolve("test_00002_aligned.jpg"), 9, "jpg");
        labels.append("test_00001.jpg 4\n");
        labels.append("test_00001.jpg 5\n");
        labels.append("test_00003.jpg 1\n");
        labels.append("train_00009.jpg 8\n");
        label(in.resolve("EmoLabel/list_patition_label.txt"), labels.toString());

        PrepResult result = RafDb.prepare(in, tmp.resolve("raf-out"), PrepOptions.defaults());
        FaceSet set = result.set();
        assertEquals(8, set.size());
        List<Expression> train = set.split(Split.TRAIN).records().stream()
                .map(FaceRecord::expression).toList();
        assertEquals(List.of(Expression.SURPRISE, Expression.FEAR, Expression.DISGUST,
                Expression.HAPPINESS, Expression.SADNESS, Expression.ANGER, Expression.NEUTRAL),
                train);
        assertEquals(List.of(Expression.HAPPINESS), set.split(Split.TEST).records().stream()
                .map(FaceRecord::expression).toList());
        Map<PrepIssue.Kind, Integer> counts = result.report().counts();
        assertEquals(Map.of(PrepIssue.Kind.DUPLICATE, 1, PrepIssue.Kind.MISSING_IMAGE, 1,
                PrepIssue.Kind.UNKNOWN_CODE, 1, PrepIssue.Kind.MISSING_LABEL_FILE, 1), counts);
        // Aligned faces are used as they are: no crop, same size.
        assertEquals(96, ImageIO.read(set.records().get(0).path().toFile()).getWidth());
        assertEquals(0, result.report().facesSought());
    }

    @Test
    void fer2013RowsBecomeImagesWithCodesAndUsage() throws IOException {
        StringBuilder csv = new StringBuilder("emotion,pixels,Usage\n");
        String[] usage = {"Training", "PublicTest", "PrivateTest"};
        for (int c = 0; c <= 6; c++) {
            csv.append(c).append(',').append(pixels(c * 30)).append(',')
                    .append(usage[c % 3]).append('\n');
        }
        csv.append("7,").append(pixels(5)).append(",Training\n");
        csv.append("3,1 2 3,Training\n");
        csv.append("3,").append(pixels(0)).append(",Training\n");
        Path file = tmp.resolve("fer2013.csv");
        Files.writeString(file, csv.toString());

        PrepResult result = Fer2013.prepare(file, tmp.resolve("fer-out"),
                PrepOptions.defaults());
        FaceSet set = result.set();
        assertEquals(8, set.size());
        assertEquals(List.of(Expression.ANGER, Expression.DISGUST, Expression.FEAR,
                Expression.HAPPINESS, Expression.SADNESS, Expression.SURPRISE,
                Expression.NEUTRAL, Expression.HAPPINESS), set.records().stream()
                .map(FaceRecord::expression).toList());
        assertEquals(List.of(Split.TRAIN, Split.VAL, Split.TEST, Split.TRAIN), set.records()
                .stream().limit(4).map(FaceRecord::split).toList());
        BufferedImage img = ImageIO.read(set.records().get(2).path().toFile());
        assertEquals(48, img.getWidth());
        assertEquals(60, img.getRaster().getSample(0, 0, 0));
        assertEquals(60 + 47, img.getRaster().getSample(47, 47, 0));
        assertEquals(Map.of(PrepIssue.Kind.UNKNOWN_CODE, 1, PrepIssue.Kind.UNREADABLE_IMAGE, 1,
                PrepIssue.Kind.DUPLICATE, 1), result.report().counts());
    }

    @Test
    void classFoldersReadNamesSubjectsAndReportStrays() throws IOException {
        Path in = tmp.resolve("tfeid");
        face(in.resolve("happy/f01_h1.jpg"), 1, "jpg");
        face(in.resolve("happy/m02_h1.jpg"), 2, "jpg");
        face(in.resolve("Anger/f01_a1.png"), 3, "png");
        face(in.resolve("bogus/f01_b1.png"), 4, "png");
        Files.writeString(in.resolve("Anger/notes.txt"), "not a face");
        Files.writeString(in.resolve("happy/broken.png"), "not a png either");

        PrepResult result = ClassFolders.prepare("tfeid", in, tmp.resolve("tfeid-out"),
                PrepOptions.defaults(), ClassFolders.TFEID_SUBJECT);
        FaceSet set = result.set();
        assertEquals(List.of(Expression.ANGER, Expression.HAPPINESS), set.classes());
        assertEquals(3, set.size());
        assertEquals(List.of(new Identity("tfeid", "f01"), new Identity("tfeid", "m02")),
                set.identities());
        assertEquals(Map.of(PrepIssue.Kind.UNKNOWN_CODE, 1, PrepIssue.Kind.UNREADABLE_IMAGE, 2),
                result.report().counts());
        assertEquals(3, result.report().facesSought());
        for (FaceRecord r : set.records()) {
            BufferedImage crop = ImageIO.read(r.path().toFile());
            assertEquals(crop.getWidth(), crop.getHeight(), r.path().toString());
        }
    }

    @Test
    void identityFoldersKeepTheFirstSubjects() throws IOException {
        Path in = tmp.resolve("CASIA-WebFace");
        for (int s = 0; s < 4; s++) {
            for (int k = 1; k <= 2; k++) {
                face(in.resolve(String.format("%07d/%03d.jpg", 45 + s, k)), s * 10 + k, "jpg");
            }
        }
        PrepResult result = IdentityFolders.prepare("casia", in, tmp.resolve("casia-out"),
                PrepOptions.defaults().withSubjects(3));
        FaceSet set = result.set();
        assertEquals(6, set.size());
        assertEquals(List.of("0000045", "0000046", "0000047"), set.identities().stream()
                .map(Identity::id).toList());
        assertTrue(set.records().stream().allMatch(r -> r.expression() == null));
    }

    @Test
    void badInputFailsWithOneLineNamingIt() throws IOException {
        DataException e = assertThrows(DataException.class, () -> CkPlus.prepare(
                tmp.resolve("nowhere"), tmp.resolve("x"), PrepOptions.defaults()));
        assertTrue(e.getMessage().contains("cohn-kanade-images"), e.getMessage());
        e = assertThrows(DataException.class, () -> RafDb.prepare(tmp, tmp.resolve("y"),
                PrepOptions.defaults()));
        assertTrue(e.getMessage().contains("list_patition_label.txt"), e.getMessage());
        e = assertThrows(DataException.class, () -> new FaceCropper(tmp.resolve("no.xml"),
                0.1));
        assertTrue(e.getMessage().contains("opencv-data"), e.getMessage());

        Path in = tmp.resolve("faces");
        face(in.resolve("happy/a.png"), 1, "png");
        Path out = tmp.resolve("faces-out");
        Files.createDirectories(out.resolve("old"));
        assertThrows(DataException.class, () -> ClassFolders.prepare("faces", in, out,
                PrepOptions.defaults(), null));
        assertTrue(Files.isDirectory(out.resolve("old")), "an existing folder is left alone");

        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream errs = new PrintStream(err, true, StandardCharsets.UTF_8);
        assertEquals(2, Main.run(new String[] {"nolayout", "--out", "x"}, System.out, errs));
        assertEquals(1, Main.run(new String[] {"fer2013", "--in", tmp.resolve("none.csv")
            .toString(), "--out", tmp.resolve("z").toString()}, System.out, errs));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("none.csv"));
        assertNoStagingLeft();
    }

    private void assertNoStagingLeft() throws IOException {
        try (Stream<Path> s = Files.list(tmp)) {
            List<Path> partial = s.filter(p -> p.getFileName().toString().contains(".partial-"))
                    .toList();
            assertEquals(List.of(), partial);
        }
    }

    /** A synthetic face on a wider backdrop, as an uncropped camera frame. */
    private static void frame(Path file, int picture) throws IOException {
        BufferedImage big = new BufferedImage(192, 144, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = big.createGraphics();
        g.setColor(Color.GRAY);
        g.fillRect(0, 0, 192, 144);
        g.drawImage(FACES.render(picture), 48, 24, null);
        g.dispose();
        Files.createDirectories(file.getParent());
        ImageIO.write(big, "png", file.toFile());
    }

    private static void face(Path file, int picture, String format) throws IOException {
        Files.createDirectories(file.getParent());
        ImageIO.write(FACES.render(picture), format, file.toFile());
    }

    private static void label(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    /** A 48 x 48 ramp starting at {@code base}, as FER2013's pixel text. */
    private static String pixels(int base) {
        StringBuilder s = new StringBuilder();
        for (int y = 0; y < 48; y++) {
            for (int x = 0; x < 48; x++) {
                s.append(s.length() == 0 ? "" : " ").append(Math.min(255, base + (x + y) / 2));
            }
        }
        return s.toString();
    }
}
