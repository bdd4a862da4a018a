package org.cdgan.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataSetsTest {

    @TempDir
    Path tmp;

    @Test
    void readsCk48WithSubjectsAndSequences() throws Exception {
        FaceSet ck = DataSets.open(SharedData.set("ck48"));
        assertEquals(981, ck.size());
        assertEquals(118, ck.identities().size());
        assertTrue(ck.hasIdentities());
        Map<Expression, Integer> expected = new EnumMap<>(Expression.class);
        expected.put(Expression.ANGER, 135);
        expected.put(Expression.CONTEMPT, 54);
        expected.put(Expression.DISGUST, 177);
        expected.put(Expression.FEAR, 75);
        expected.put(Expression.HAPPINESS, 207);
        expected.put(Expression.SADNESS, 84);
        expected.put(Expression.SURPRISE, 249);
        assertEquals(expected, ck.classCounts());
        assertEquals(List.copyOf(expected.keySet()), ck.classes());
        FaceRecord first = ck.records().stream()
                .filter(r -> r.path().getFileName().toString().equals("S010_004_00000017.png"))
                .findFirst().orElseThrow();
        assertEquals(new Identity("ck48", "S010"), first.identity());
        assertEquals("004", first.sequence());
        assertEquals(Expression.ANGER, first.expression());
        assertNull(first.split());
    }

    @Test
    void readsFer2013WithItsOwnSplits() throws Exception {
        FaceSet fer = DataSets.open(SharedData.set("fer2013"));
        assertEquals(35_887, fer.size());
        assertEquals(28_709, fer.split(Split.TRAIN).size());
        assertEquals(3_589, fer.split(Split.VAL).size());
        assertEquals(3_589, fer.split(Split.TEST).size());
        Map<Expression, Integer> train = fer.split(Split.TRAIN).classCounts();
        assertEquals(3995, train.get(Expression.ANGER));
        assertEquals(436, train.get(Expression.DISGUST));
        assertEquals(4097, train.get(Expression.FEAR));
        assertEquals(7215, train.get(Expression.HAPPINESS));
        assertEquals(4965, train.get(Expression.NEUTRAL));
        assertEquals(4830, train.get(Expression.SADNESS));
        assertEquals(3171, train.get(Expression.SURPRISE));
        assertTrue(fer.identities().isEmpty());
        TrainTest own = new OwnSplit().split(fer);
        assertEquals(28_709, own.train().size());
        assertEquals(3_589, own.validation().size());
        assertEquals(3_589, own.test().size());
    }

    @Test
    void namesAreNormalisedAcrossSets() throws Exception {
        FaceSet ck = DataSets.open(SharedData.set("ck48"));
        FaceSet fer = DataSets.open(SharedData.set("fer2013"));
        // CK+48 says anger/happy/sadness, FER2013 angry/happy/sad: the same expressions.
        List<Expression> shared = ck.classes().stream().filter(fer.classes()::contains).toList();
        assertEquals(List.of(Expression.ANGER, Expression.DISGUST, Expression.FEAR,
                Expression.HAPPINESS, Expression.SADNESS, Expression.SURPRISE), shared);
        assertTrue(ck.classes().contains(Expression.CONTEMPT));
        assertTrue(fer.classes().contains(Expression.NEUTRAL));
    }

    @Test
    void readsOrlAsFortyIdentitiesOfTen() throws Exception {
        FaceSet orl = DataSets.open(SharedData.set("orl_faces"));
        assertEquals(400, orl.size());
        assertEquals(40, orl.identities().size());
        for (Identity id : orl.identities()) {
            assertEquals(10, orl.filter(r -> r.identity().equals(id)).size(), id.toString());
        }
        assertTrue(orl.classes().isEmpty());
        assertTrue(orl.records().stream().allMatch(r -> r.path().toString().endsWith(".pgm")));
    }

    @Test
    void manifestRoundTripKeepsEveryField() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("mine/happy"));
        FaceSet ck = DataSets.open(SharedData.set("ck48")).filter(r -> r.identity().id()
                .equals("S010"));
        List<FaceRecord> copied = new java.util.ArrayList<>();
        for (FaceRecord r : ck.records()) {
            Path to = dir.resolve(r.path().getFileName());
            Files.copy(r.path(), to);
            copied.add(new FaceRecord(to, r.expression(), r.identity(), r.sequence(),
                    Split.TRAIN));
        }
        FaceSet mine = new FaceSet("ck48", copied);
        Path manifest = tmp.resolve("mine").resolve(Manifest.FILE_NAME);
        Manifest.write(manifest, mine);
        FaceSet back = Manifest.read(manifest, "ck48");
        assertEquals(mine.records(), back.records());
        assertEquals(mine.fingerprint(), back.fingerprint());
        FaceSet opened = DataSets.open(tmp.resolve("mine"));
        assertEquals("mine", opened.name());
        assertEquals(mine.size(), opened.size());
    }

    @Test
    void badLayoutsAreNamed() throws Exception {
        Path missing = tmp.resolve("nowhere");
        DataException e = assertThrows(DataException.class, () -> DataSets.open(missing));
        assertTrue(e.getMessage().startsWith(missing + ": no such data folder"));

        Path set = tmp.resolve("set");
        Files.createDirectories(set.resolve("happy"));
        Files.copy(SharedData.set("ck48").resolve("happy/S010_006_00000013.png"),
                set.resolve("happy/S010_006_00000013.png"));
        Files.createDirectories(set.resolve("anger"));
        e = assertThrows(DataException.class, () -> DataSets.open(set));
        assertEquals(set.resolve("anger") + ": empty class folder; add images or remove it",
                e.getMessage());

        Files.delete(set.resolve("anger"));
        Files.createDirectories(set.resolve("boredom"));
        Files.writeString(set.resolve("boredom/x.png"), "x");
        e = assertThrows(DataException.class, () -> DataSets.open(set));
        assertTrue(e.getMessage().startsWith(set.resolve("boredom")
                + ": unknown expression name 'boredom'"), e.getMessage());
    }

    @Test
    void badManifestsAreNamed() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("m"));
        Path manifest = dir.resolve("manifest.csv");
        Files.writeString(manifest, "path,expression,split\na.png,happy,train\n");
        DataException e = assertThrows(DataException.class, () -> DataSets.open(dir));
        assertTrue(e.getMessage().contains("missing column 'identity'"), e.getMessage());
        Files.writeString(manifest, "path,expression,identity,split\n../a.png,happy,p1,train\n");
        e = assertThrows(DataException.class, () -> DataSets.open(manifest));
        assertTrue(e.getMessage().startsWith(manifest + " line 2: path '../a.png' lies outside"),
                e.getMessage());
        Files.writeString(manifest, "path,expression,identity,split\na.png,bored,p1,train\n");
        e = assertThrows(DataException.class, () -> DataSets.open(manifest));
        assertTrue(e.getMessage().contains("unknown expression name 'bored'"), e.getMessage());
    }
}
