package org.cdgan.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;

/**
 * The notebooks are stored without outputs, so their diffs show only what a person wrote: no
 * code cell may carry outputs or an execution count, and every notebook names the project's
 * kernel. (The executed copies go to the run's output folder, never into notebooks/.)
 */
class NotebooksStoredCleanTest {

    private static final List<String> SERIES = List.of("01-data-preparation",
            "02-baseline", "03-cdgan-training", "04-ablations", "05-confusion-matrices",
            "06-tsne", "07-expression-transfer", "08-disentanglement");

    private static Path notebooks() {
        Path root = WorkbookConfig.findRepoRoot(Path.of(System.getProperty("user.dir")))
                .orElseThrow(() -> new AssertionError("tests run outside the repository"));
        return root.resolve("notebooks");
    }

    @Test
    void theSeriesIsCompleteAndInOrder() throws Exception {
        List<String> names = new ArrayList<>();
        try (Stream<Path> files = Files.list(notebooks())) {
            files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".ipynb"))
                    .sorted().forEach(n -> names.add(n.substring(0, n.length() - 6)));
        }
        assertEquals(SERIES, names);
    }

    @Test
    void noNotebookIsStoredWithOutputsOrExecutionCounts() throws Exception {
        ObjectMapper json = new ObjectMapper();
        List<String> dirty = new ArrayList<>();
        for (String name : SERIES) {
            Path file = notebooks().resolve(name + ".ipynb");
            JsonNode nb = json.readTree(file.toFile());
            assertEquals("cdgan-java", nb.path("metadata").path("kernelspec").path("name")
                    .asText(), name + " must name the cdgan-java kernel");
            int i = 0;
            for (JsonNode cell : nb.path("cells")) {
                i++;
                if (!"code".equals(cell.path("cell_type").asText())) {
                    continue;
                }
                if (cell.path("outputs").size() > 0) {
                    dirty.add(name + " cell " + i + " has outputs");
                }
                if (!cell.path("execution_count").isNull()) {
                    dirty.add(name + " cell " + i + " has an execution count");
                }
            }
            assertTrue(i >= 6, name + " has only " + i + " cells");
        }
        assertTrue(dirty.isEmpty(), "clear the outputs (Jupyter: Edit > Clear All Outputs, or "
                + "jupyter nbconvert --clear-output --inplace notebooks/*.ipynb): " + dirty);
    }
}
