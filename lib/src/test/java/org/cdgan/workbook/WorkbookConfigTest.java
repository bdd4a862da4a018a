package org.cdgan.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.cdgan.data.DataException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkbookConfigTest {

    @TempDir
    Path tmp;

    /** A fake clone at tmp/repo with its notebooks/ folder; shared data beside it if asked. */
    private Path repo(boolean withSharedData) throws Exception {
        Path repo = tmp.resolve("repo");
        Files.createDirectories(repo.resolve("notebooks"));
        Files.writeString(repo.resolve("pom.xml"),
                "<project><artifactId>cdgan-parent</artifactId><modules><module>lib</module></modules></project>");
        // a module pom with another artifact must not be taken for the root
        Files.createDirectories(repo.resolve("lib"));
        Files.writeString(repo.resolve("lib/pom.xml"),
                "<project><parent><artifactId>cdgan-parent</artifactId></parent>"
                + "<artifactId>cdgan-lib</artifactId></project>");
        if (withSharedData) {
            Files.createDirectories(tmp.resolve("shared/data/ck48"));
            Files.createDirectories(tmp.resolve("shared/data/orl_faces"));
        }
        return repo;
    }

    @Test
    void findsTheRepoRootFromANotebookFolderAndTheSharedDataBesideIt() throws Exception {
        Path repo = repo(true);
        assertEquals(repo, WorkbookConfig.findRepoRoot(repo.resolve("lib")).orElseThrow());
        WorkbookConfig c = WorkbookConfig.builder(Profile.QUICK, repo.resolve("notebooks"))
                .build();
        assertFalse(c.synthetic());
        assertEquals(tmp.resolve("shared/data").toAbsolutePath(), c.dataRoot());
        assertEquals(c.dataRoot().resolve("ck48"), c.expressionSet());
        assertEquals(c.dataRoot().resolve("orl_faces"), c.identitySet());
        assertEquals(repo.resolve("runs/quick").toAbsolutePath(), c.outputDir());
        assertEquals(48, c.imageSize());
        assertEquals("cpu", c.device());
    }

    @Test
    void fallsBackToSynthFacesAndSaysSo() throws Exception {
        Path repo = repo(false);
        WorkbookConfig c = WorkbookConfig.builder(Profile.CI, repo.resolve("notebooks")).build();
        assertTrue(c.synthetic());
        assertNull(c.dataRoot());
        assertNull(c.expressionSet());
        assertTrue(c.describe().contains("SynthFaces"), c.describe());
    }

    @Test
    void aNamedMissingDataFolderIsAnErrorSayingHowToGetTheData() throws Exception {
        Path repo = repo(true);
        Path missing = tmp.resolve("nowhere");
        DataException e = assertThrows(DataException.class, () -> WorkbookConfig
                .builder(Profile.QUICK, repo).environment(Map.of("CDGAN_DATA",
                        missing.toString())).build());
        assertTrue(e.getMessage().contains(missing.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("data-scripts"), e.getMessage());
        Files.createDirectories(tmp.resolve("half/ck48"));
        DataException half = assertThrows(DataException.class, () -> WorkbookConfig
                .builder(Profile.QUICK, repo).dataRoot(tmp.resolve("half")).build());
        assertTrue(half.getMessage().contains("orl_faces"), half.getMessage());
    }

    @Test
    void environmentDrivesProfileOutputAndSingleValues() throws Exception {
        Path repo = repo(true);
        WorkbookConfig c = WorkbookConfig.builder(Profile.QUICK, repo.resolve("notebooks"))
                .environment(Map.of("CDGAN_PROFILE", "ci", "CDGAN_OUT",
                        tmp.resolve("out").toString(), "CDGAN_SEED", "7")).build();
        assertEquals(Profile.CI, c.profile());
        assertEquals(32, c.imageSize());
        assertEquals(1, c.epochs());
        assertEquals(160, c.trainLimit());
        assertEquals(7, c.seed());
        assertEquals(tmp.resolve("out").toAbsolutePath(), c.outputDir());

        WorkbookConfig article = WorkbookConfig.builder(Profile.ARTICLE, repo)
                .environment(Map.of("CDGAN_EPOCHS", "3", "CDGAN_DEVICE", "CPU")).build();
        assertEquals(224, article.imageSize());
        assertEquals(3, article.channels());
        assertTrue(article.pretrained());
        assertEquals(3, article.epochs());
        assertEquals(3, article.ganEpochs());
        assertEquals("cpu", article.device());
        assertEquals(10, article.folds());

        assertThrows(IllegalArgumentException.class, () -> WorkbookConfig
                .builder(Profile.QUICK, repo).environment(Map.of("CDGAN_PROFILE", "fast")));
        assertThrows(IllegalArgumentException.class, () -> WorkbookConfig
                .builder(Profile.QUICK, repo).environment(Map.of("CDGAN_EPOCHS", "ten")));
        assertThrows(IllegalArgumentException.class, () -> WorkbookConfig
                .builder(Profile.QUICK, repo).imageSize(8));
    }

    @Test
    void theRealCloneFindsTheSharedData() throws Exception {
        Path shared = Path.of(System.getProperty("cdgan.sharedData")).toAbsolutePath()
                .normalize();
        // surefire runs in lib/, inside the clone, whose ../shared/data is the real data
        WorkbookConfig c = WorkbookConfig.builder(Profile.CI).build();
        assertFalse(c.synthetic(), c.describe());
        assertEquals(shared, c.dataRoot());
        assertTrue(Files.isDirectory(c.expressionSet()), c.expressionSet().toString());
        assertTrue(Files.isDirectory(c.identitySet()));
    }
}
