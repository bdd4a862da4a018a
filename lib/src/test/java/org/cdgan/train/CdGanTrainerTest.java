package org.cdgan.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.nn.Parameter;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.cdgan.data.FaceDataset;
import org.cdgan.model.CdGan;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Training behaviour on small real subsets of CK+48 and ORL (32 px, batch 4). */
class CdGanTrainerTest {

    private static FaceDataset expressions;
    private static FaceDataset identities;
    private static FaceDataset test;
    private static FaceDataset small;

    @TempDir
    Path dir;

    @BeforeAll
    static void data() throws IOException {
        expressions = TinyFaces.expressions(4, true);
        identities = TinyFaces.identities(4, 3);
        test = TinyFaces.expressions(2, true);
        small = TinyFaces.expressions(2, true);
    }

    private static Map<String, float[]> values(Map<String, Parameter> params) {
        Map<String, float[]> out = new LinkedHashMap<>();
        params.forEach((k, p) -> out.put(k, p.getArray().toFloatArray()));
        return out;
    }

    private static int changed(Map<String, float[]> before, Map<String, Parameter> after,
            String part) {
        int n = 0;
        for (Map.Entry<String, float[]> e : before.entrySet()) {
            if (e.getKey().contains(part) && !java.util.Arrays.equals(e.getValue(),
                    after.get(e.getKey()).getArray().toFloatArray())) {
                n++;
            }
        }
        return n;
    }

    private static void assertUnchanged(Map<String, float[]> before, Map<String, Parameter> p) {
        for (Map.Entry<String, float[]> e : before.entrySet()) {
            assertArrayEquals(e.getValue(), p.get(e.getKey()).getArray().toFloatArray(), 0f,
                    e.getKey() + " changed");
        }
    }

    @Test
    void eachStepLeavesTheOtherSideUntouched() {
        try (CdGanTrainer t = new CdGanTrainer(TinyFaces.config(Variant.CDGAN), expressions,
                identities, test, dir)) {
            Pairs p = t.pairs(1, 1);
            Map<String, float[]> g = values(t.generatorParameters());
            Map<String, float[]> d = values(t.discriminatorParameters());
            t.discriminatorStep(p);
            assertUnchanged(g, t.generatorParameters());
            assertTrue(changed(d, t.discriminatorParameters(), "_weight") > 40);
            assertTrue(changed(d, t.discriminatorParameters(), "runningMean") > 10,
                    "the discriminators' batch-norm statistics move in their own step");

            d = values(t.discriminatorParameters());
            g = values(t.generatorParameters());
            t.generatorStep(p);
            assertUnchanged(d, t.discriminatorParameters());
            for (String net : List.of(CdGan.EXPRESSION_ENCODER, CdGan.IDENTITY_ENCODER,
                    CdGan.FER_HEAD, CdGan.DECODER)) {
                assertTrue(changed(g, t.generatorParameters(), net + "/") > 0, net);
            }
            assertTrue(changed(g, t.generatorParameters(), "runningVar") > 10);
        }
    }

    @Test
    void stepsAfterTheOtherSidesStepUseCleanGradients() {
        // zeroGradients clears every gradient of the process, so the two runs go one after
        // the other: G, D, G with the trainer's own clearing, then the same with the
        // gradients of the side about to step set to zero by hand first
        Map<String, float[]> dirtyD;
        Map<String, float[]> dirtyG;
        StepLosses dirtyLoss;
        Pairs p1;
        Pairs p2;
        try (CdGanTrainer dirty = new CdGanTrainer(TinyFaces.config(Variant.CDGAN), expressions,
                identities, null, dir.resolve("a"))) {
            p1 = dirty.pairs(1, 1);
            p2 = dirty.pairs(1, 2);
            dirty.generatorStep(p1);
            assertTrue(maxGradient(dirty.discriminatorParameters()) > 0,
                    "the generator step's backward reaches the discriminators");
            dirty.discriminatorStep(p2);
            dirtyD = values(dirty.discriminatorParameters());
            dirtyLoss = dirty.generatorStep(p2);
            dirtyG = values(dirty.generatorParameters());
        }
        try (CdGanTrainer clean = new CdGanTrainer(TinyFaces.config(Variant.CDGAN), expressions,
                identities, null, dir.resolve("b"))) {
            clean.generatorStep(p1);
            zero(clean.discriminatorParameters());
            clean.discriminatorStep(p2);
            assertUnchanged(dirtyD, clean.discriminatorParameters());
            zero(clean.generatorParameters());
            assertEquals(dirtyLoss, clean.generatorStep(p2));
            assertUnchanged(dirtyG, clean.generatorParameters());
        }
    }

    private static float maxGradient(Map<String, Parameter> side) {
        float max = 0;
        for (Parameter p : side.values()) {
            if (p.requiresGradient()) {
                try (NDArray g = p.getArray().getGradient()) {
                    max = Math.max(max, g.abs().max().getFloat());
                }
            }
        }
        return max;
    }

    private static void zero(Map<String, Parameter> side) {
        for (Parameter p : side.values()) {
            if (p.requiresGradient()) {
                try (NDArray g = p.getArray().getGradient()) {
                    g.subi(g);
                }
            }
        }
    }

    @Test
    void twoRunsWithOneSeedGiveTheSameLosses() {
        StepLosses[] first = new StepLosses[3];
        StepLosses[] second = new StepLosses[3];
        for (StepLosses[] run : List.of(first, second)) {
            try (CdGanTrainer t = new CdGanTrainer(TinyFaces.config(Variant.CDGAN), expressions,
                    identities, null, dir)) {
                for (int s = 0; s < 3; s++) {
                    run[s] = t.trainStep(t.pairs(1, s + 1));
                }
            }
        }
        assertArrayEquals(first, second);
        assertTrue(first[0].lD() > 0 && first[0].lG() > 0 && first[0].lCL() > 0
                && first[0].lF() > 0 && first[0].lC() > 0);
    }

    @Test
    void baselineTrainsOnlyTheExpressionBranch() {
        try (CdGanTrainer t = new CdGanTrainer(TinyFaces.config(Variant.BASELINE), expressions,
                identities, null, dir)) {
            Map<String, float[]> d = values(t.discriminatorParameters());
            Map<String, float[]> g = values(t.generatorParameters());
            StepLosses l = t.trainStep(t.pairs(1, 1));
            assertUnchanged(d, t.discriminatorParameters());
            assertEquals(0, changed(g, t.generatorParameters(), CdGan.DECODER + "/"));
            assertEquals(0, changed(g, t.generatorParameters(), CdGan.IDENTITY_ENCODER + "/"));
            assertTrue(changed(g, t.generatorParameters(), CdGan.EXPRESSION_ENCODER + "/") > 0);
            assertEquals(l.lCls(), l.lG(), 1e-6f);
            assertEquals(0f, l.lD());
        }
    }

    @Test
    void setWithoutSubjectIdsUsesKnnPseudoIdentities() throws IOException {
        FaceDataset anonymous = TinyFaces.expressions(4, false);
        try (CdGanTrainer t = new CdGanTrainer(TinyFaces.config(Variant.CL), anonymous,
                identities, null, dir)) {
            EpochReport r = t.trainEpoch();
            assertEquals(4, r.steps());
            assertTrue(Float.isFinite(r.losses().lCL()) && r.losses().lCL() > 0);
            assertTrue(r.losses().contrastiveAnchors() > 0);
        }
    }

    @Test
    void epochWritesCheckpointGridAndMetrics() throws IOException {
        try (CdGanTrainer t = new CdGanTrainer(TinyFaces.config(Variant.CDGAN), expressions,
                identities, test, dir)) {
            List<EpochReport> reports = t.fit(1);
            assertEquals(1, reports.size());
            Path ckpt = new GanCheckpoint(dir).latest();
            assertEquals("epoch-001", ckpt.getFileName().toString());
            for (String f : List.of("networks.ndlist", "generator.adam", "discriminator.adam",
                    "history.csv")) {
                assertTrue(Files.size(ckpt.resolve(f)) > 0, f);
            }
            BufferedImage grid = ImageIO.read(dir.resolve("grid-epoch-001.png").toFile());
            // 4 classes as columns + the header column; 4 identities as rows + header row
            assertEquals(5 * TinyFaces.SIZE, grid.getWidth());
            assertEquals(5 * TinyFaces.SIZE, grid.getHeight());
            assertTrue(Files.readString(dir.resolve("metrics.csv")).contains("accuracy"));
            assertTrue(Files.readString(dir.resolve("run.json")).contains("\"lambdaF\": 6.0"));
            List<String> history = Files.readAllLines(dir.resolve(CdGanTrainer.HISTORY));
            assertEquals(2, history.size());
            double acc = reports.get(0).testAccuracy();
            assertTrue(acc >= 0 && acc <= 1);
        }
    }

    @Test
    void resumedRunReproducesTheUninterruptedOne() throws IOException {
        Path whole = dir.resolve("whole");
        Path split = dir.resolve("split");
        List<EpochReport> straight;
        try (CdGanTrainer t = new CdGanTrainer(TinyFaces.config(Variant.CDGAN), small,
                identities, test, whole)) {
            straight = t.fit(2);
        }
        try (CdGanTrainer t = new CdGanTrainer(TinyFaces.config(Variant.CDGAN), small,
                identities, test, split)) {
            t.fit(1);
        }
        List<EpochReport> resumed;
        try (CdGanTrainer t = new CdGanTrainer(TinyFaces.config(Variant.CDGAN).withSeed(42),
                small, identities, test, split)) {
            resumed = t.fit(2);
            assertEquals(2, t.completedEpochs());
        }
        assertEquals(1, resumed.size());
        EpochReport a = straight.get(1);
        EpochReport b = resumed.get(0);
        assertEquals(a.losses(), b.losses());
        assertEquals(a.testAccuracy(), b.testAccuracy());
        assertEquals(a.testMacroF1(), b.testMacroF1());
    }

    @Test
    void nonFiniteLossStopsNamingTermAndStepAndKeepsLastCheckpoint() throws IOException {
        try (CdGanTrainer t = new CdGanTrainer(TinyFaces.config(Variant.CDGAN), small,
                identities, null, dir)) {
            t.fit(1);
            Path ckpt = new GanCheckpoint(dir).latest();
            byte[] saved = Files.readAllBytes(ckpt.resolve("networks.ndlist"));
            Parameter fc = t.generatorParameters().entrySet().stream()
                    .filter(e -> e.getKey().startsWith(CdGan.DECODER + "/")
                            && e.getKey().endsWith("_weight"))
                    .findFirst().orElseThrow().getValue();
            fc.getArray().muli(Float.NaN);
            NonFiniteLossException e = assertThrows(NonFiniteLossException.class,
                    t::trainEpoch);
            assertEquals("L_Df", e.term());
            assertEquals(2, e.epoch());
            assertEquals(1, e.step());
            assertTrue(e.getMessage().contains("L_Df") && e.getMessage().contains("step 1"));
            assertEquals(ckpt, new GanCheckpoint(dir).latest());
            assertArrayEquals(saved, Files.readAllBytes(ckpt.resolve("networks.ndlist")));
            assertFalse(Files.exists(dir.resolve("checkpoints/epoch-002")));
        }
    }

    @Test
    void rejectsAnIdentitySetWithoutIds() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new CdGanTrainer(TinyFaces.config(Variant.CDGAN), expressions,
                        anonymous(), null, dir));
        assertTrue(e.getMessage().contains("no subject ids"), e.getMessage());
        assertNotEquals(null, e.getMessage());
    }

    private static FaceDataset anonymous() {
        try {
            return TinyFaces.expressions(2, false);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
