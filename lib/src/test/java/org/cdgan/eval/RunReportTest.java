package org.cdgan.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.cdgan.data.Expression;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunReportTest {

    @TempDir
    Path tmp;

    @Test
    void writesCsvAndAJsonRecord() throws Exception {
        ConfusionMatrix m = new ConfusionMatrix(List.of(Expression.ANGER, Expression.SADNESS));
        m.addAll(new int[] {0, 0, 0, 1}, new int[] {0, 0, 1, 1});
        Path out = tmp.resolve("run");
        RunReport.write(out, Map.of("epochs", 3, "size", 48), "4:abcdef", 42L, m,
                Map.of("history", List.of(1.5, 1.2)));
        List<String> metrics = Files.readAllLines(out.resolve(RunReport.METRICS));
        assertEquals("metric,value", metrics.get(0));
        assertTrue(metrics.contains("accuracy,0.750000"), metrics.toString());
        assertTrue(metrics.contains("recall_anger,0.666667"), metrics.toString());
        assertTrue(metrics.contains("f1_sadness,0.666667"), metrics.toString());
        assertEquals(List.of("true\\predicted,anger,sadness", "anger,2,1", "sadness,0,1"),
                Files.readAllLines(out.resolve(RunReport.CONFUSION)));
        assertEquals("anger,0.666667,0.333333",
                Files.readAllLines(out.resolve(RunReport.CONFUSION_NORMALISED)).get(1));
        JsonObject json = JsonParser.parseString(Files.readString(out.resolve(RunReport.RECORD)))
                .getAsJsonObject();
        assertEquals("4:abcdef", json.get("dataFingerprint").getAsString());
        assertEquals(42, json.get("seed").getAsLong());
        assertEquals(3, json.getAsJsonObject("config").get("epochs").getAsInt());
        assertEquals(0.75, json.getAsJsonObject("metrics").get("accuracy").getAsDouble(), 1e-12);
        assertEquals("0.29.0", json.getAsJsonObject("versions").get("djl").getAsString());
        assertEquals(System.getProperty("java.version"),
                json.getAsJsonObject("versions").get("java").getAsString());
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(4, files.count(), "temporary files left behind");
        }
    }
}
