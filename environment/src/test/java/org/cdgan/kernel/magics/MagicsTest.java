package org.cdgan.kernel.magics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;

import org.cdgan.kernel.execution.CellEvaluator;
import org.cdgan.kernel.execution.CellException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MagicsTest {

    private static CellEvaluator evaluator;
    private static Magics magics;

    @BeforeAll
    static void start() {
        evaluator = new CellEvaluator();
        magics = new Magics(evaluator::addToClasspath, new MavenResolver("mvn",
                Boolean.getBoolean("cdgan.kernel.mavenOffline")));
    }

    @AfterAll
    static void stop() {
        evaluator.close();
    }

    private static Object run(String cell) {
        return evaluator.eval(magics.apply(cell).java(), 1).value();
    }

    @Test
    void classpathMagicAddsAFolderAndKeepsLineNumbers(@TempDir Path dir) throws Exception {
        Path props = dir.resolve("magic-test.properties");
        Files.writeString(props, "answer=42\n");
        Magics.Result result = magics.apply("%classpath " + dir + "\nint x = 1;");
        assertEquals("\nint x = 1;", result.java());
        Object value = run("new String(Thread.currentThread().getContextClassLoader()"
                + ".getResourceAsStream(\"magic-test.properties\").readAllBytes()).strip()");
        assertEquals("answer=42", value);
    }

    @Test
    void jarsMagicExpandsGlobs(@TempDir Path dir) throws Exception {
        Path jar = dir.resolve("extra.jar");
        try (OutputStream out = Files.newOutputStream(jar);
             JarOutputStream jarOut = new JarOutputStream(out, new Manifest())) {
            jarOut.putNextEntry(new ZipEntry("glob-marker.txt"));
            jarOut.write("from the jar".getBytes());
        }
        run("%jars " + dir + File.separator + "*.jar");
        Object value = run("new String(Thread.currentThread().getContextClassLoader()"
                + ".getResourceAsStream(\"glob-marker.txt\").readAllBytes())");
        assertEquals("from the jar", value);
        MagicException missing = assertThrows(MagicException.class,
                () -> magics.apply("%jars " + dir + "/none-*.jar"));
        assertTrue(missing.getMessage().contains("none-*.jar"), missing.getMessage());
    }

    @Test
    void mavenMagicResolvesFromTheLocalRepository() {
        assertThrows(CellException.class,
                () -> run("Class.forName(\"org.apache.tools.ant.launch.Launcher\").getName()"));
        run("%maven --offline org.apache.ant:ant-launcher:1.10.15");
        assertEquals("org.apache.tools.ant.launch.Launcher",
                run("Class.forName(\"org.apache.tools.ant.launch.Launcher\").getName()"));
        assertEquals("org.apache.tools.ant.launch.Launcher",
                run("org.apache.tools.ant.launch.Launcher.class.getName()"));
    }

    @Test
    void badMagicsSayWhatWasWrong() {
        MagicException unknown = assertThrows(MagicException.class,
                () -> magics.apply("%nosuch 1"));
        assertTrue(unknown.getMessage().contains("%nosuch"), unknown.getMessage());
        MagicException coordinate = assertThrows(MagicException.class,
                () -> magics.apply("%maven --offline justone"));
        assertTrue(coordinate.getMessage().contains("justone"), coordinate.getMessage());
        MagicException absent = assertThrows(MagicException.class,
                () -> magics.apply("%maven --offline org.cdgan.none:missing-artifact:9.9"));
        assertTrue(absent.getMessage().contains("missing-artifact"), absent.getMessage());
    }

    @Test
    void stripKeepsOffsets() {
        String cell = "%maven a:b:1\nint y = 2;";
        assertEquals(cell.length(), Magics.strip(cell).length());
        assertTrue(Magics.strip(cell).endsWith("\nint y = 2;"));
    }
}
