package org.cdgan.synth;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.DataBufferInt;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.cdgan.data.DataException;
import org.cdgan.data.Expression;
import org.cdgan.data.FaceRecord;
import org.cdgan.data.FaceSet;
import org.cdgan.data.Identity;
import org.cdgan.data.Manifest;
import org.cdgan.data.Split;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SynthFacesTest {

    @Test
    void sameSeedGivesSamePixelsInAnyOrder() throws IOException {
        SynthConfig config = SynthConfig.defaults().withCounts(8, 2);
        SynthFaces a = new SynthFaces(config);
        SynthFaces b = new SynthFaces(config);
        int n = a.faceSet().size();
        for (int i = n - 1; i >= 0; i -= 5) {
            assertArrayEquals(grey(a.render(i)), grey(b.render(i)), "picture " + i);
        }
        FaceRecord r = a.faceSet().records().get(17);
        assertArrayEquals(grey(a.render(17)), grey(b.load(r)));

        SynthFaces other = new SynthFaces(config.withSeed(config.seed() + 1));
        assertFalse(java.util.Arrays.equals(grey(a.render(17)), grey(other.render(17))));
        // A different picture of the same person and expression differs (nuisance, jitter).
        assertFalse(java.util.Arrays.equals(grey(a.render(0)), grey(a.render(1))));

        SynthFaces colour = new SynthFaces(config.withColour(true).withSize(96));
        BufferedImage c = colour.render(3);
        assertEquals(96, c.getWidth());
        assertEquals(BufferedImage.TYPE_INT_RGB, c.getType());
        assertArrayEquals(((DataBufferInt) c.getRaster().getDataBuffer()).getData(),
                ((DataBufferInt) new SynthFaces(config.withColour(true).withSize(96)).render(3)
                        .getRaster().getDataBuffer()).getData());
    }

    @Test
    void everyIdentityAndExpressionIsPresentWithItsFactors() throws IOException {
        SynthFaces synth = SynthFaces.defaults();
        FaceSet set = synth.faceSet();
        assertEquals(20 * 7 * 6, set.size());
        assertEquals(SynthFaces.EXPRESSIONS, set.classes());
        assertEquals(20, set.identities().size());
        assertEquals(new Identity("synth", "id07"), set.identities().get(7));

        Map<String, Integer> combos = new HashMap<>();
        for (int i = 0; i < set.size(); i++) {
            FaceRecord r = set.records().get(i);
            combos.merge(r.identity().id() + "/" + r.expression(), 1, Integer::sum);
            FaceFactors f = synth.factors(r);
            assertEquals(r.expression(), f.expression());
            assertEquals(r.identity().id(), synth.identityId(f.identityIndex()));
            assertEquals(f, synth.factors(i));
        }
        assertEquals(20 * 7, combos.size());
        assertTrue(combos.values().stream().allMatch(c -> c == 6), combos.toString());

        // Subject-independent splits: 14 train, 2 val, 4 test people, no person in two.
        assertEquals(14, set.split(Split.TRAIN).identities().size());
        assertEquals(2, set.split(Split.VAL).identities().size());
        assertEquals(4, set.split(Split.TEST).identities().size());

        // Same person, same identity factors; expression factors follow the label.
        FaceFactors happy = synth.factors(3 * 42 + 3 * 6);
        FaceFactors sad = synth.factors(3 * 42 + 4 * 6);
        assertEquals(Expression.HAPPINESS, happy.expression());
        assertEquals(happy.identity(), sad.identity());
        assertTrue(happy.action().mouthCurve() > 0.4, happy.toString());
        assertTrue(sad.action().mouthCurve() < -0.4, sad.toString());

        assertThrows(IllegalArgumentException.class,
                () -> SynthConfig.defaults().withSize(40));
        assertThrows(DataException.class, () -> synth.load(new FaceRecord(
                Path.of("x/y.png"), null, null, null, null)));
    }

    @Test
    void writesPngsAndManifestWithFactors(@TempDir Path tmp) throws IOException {
        SynthConfig config = SynthConfig.defaults().withSplits(1, 1).withCounts(3, 2)
                .withSize(48);
        SynthFaces synth = new SynthFaces(config);
        Path dir = tmp.resolve("synth");
        FaceSet back = synth.write(dir, false);

        assertEquals(synth.faceSet().size(), back.size());
        assertEquals(synth.faceSet().fingerprint(), back.fingerprint());
        List<Map<String, String>> rows = Manifest.readColumns(dir.resolve("manifest.csv"));
        assertTrue(rows.get(0).keySet().containsAll(FaceFactors.names()));
        for (int i = 0; i < back.size(); i += 7) {
            FaceRecord r = back.records().get(i);
            BufferedImage png = ImageIO.read(r.path().toFile());
            assertArrayEquals(grey(synth.render(i)), grey(png), r.path().toString());
            assertArrayEquals(grey(synth.render(i)), grey(synth.load(r)));
            double[] v = synth.factors(i).values();
            List<String> names = FaceFactors.names();
            for (int c = 0; c < names.size(); c++) {
                assertEquals(String.format(Locale.ROOT, "%.4f", v[c]), rows.get(i).get(
                        names.get(c)), names.get(c));
            }
        }
        // The target exists now: refused without replace, replaced with it, no temp left.
        assertThrows(DataException.class, () -> synth.write(dir, false));
        synth.write(dir, true);
        try (Stream<Path> s = Files.list(tmp)) {
            assertEquals(List.of(dir), s.toList());
        }
    }

    private static byte[] grey(BufferedImage img) {
        if (img.getType() == BufferedImage.TYPE_BYTE_GRAY) {
            return ((DataBufferByte) img.getRaster().getDataBuffer()).getData();
        }
        BufferedImage g = new BufferedImage(img.getWidth(), img.getHeight(),
                BufferedImage.TYPE_BYTE_GRAY);
        g.getGraphics().drawImage(img, 0, 0, null);
        return ((DataBufferByte) g.getRaster().getDataBuffer()).getData();
    }
}
