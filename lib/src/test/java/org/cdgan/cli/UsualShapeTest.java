package org.cdgan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.cdgan.data.Expression;
import org.cdgan.data.FaceRecord;
import org.cdgan.data.FaceSet;
import org.cdgan.data.ImageFiles;
import org.cdgan.data.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UsualShapeTest {

    @TempDir
    Path tmp;

    @Test
    void aBadFirstImageDoesNotDecideTheShape() throws Exception {
        Path bad = Files.writeString(tmp.resolve("S001_001_00000001.png"), "not an image");
        List<FaceRecord> records = new ArrayList<>();
        records.add(new FaceRecord(bad, Expression.HAPPINESS, null, null, null));
        try (var files = Files.list(SharedData.set("ck48").resolve("happy"))) {
            files.sorted().limit(4).forEach(p -> records.add(new FaceRecord(p,
                    Expression.HAPPINESS, null, null, null)));
        }
        FaceSet set = new FaceSet("mixed", records);
        assertEquals(new ImageFiles.Shape(48, 48, 1), ExperimentData.shape("auto", set));
    }
}
