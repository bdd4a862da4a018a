package org.cdgan.prep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The data scripts' command line names a bad option or value on its first line. */
class PrepMainTest {

    @TempDir
    Path tmp;

    private record Outcome(int code, String out, String firstError) {
    }

    private static Outcome run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        String e = err.toString(StandardCharsets.UTF_8);
        return new Outcome(code, out.toString(StandardCharsets.UTF_8),
                e.isEmpty() ? "" : e.lines().findFirst().orElse(""));
    }

    @Test
    void badOptionsAndValuesAreNamed() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Path out = tmp.resolve("out");
        Outcome r = run("folder", "--in", in.toString(), "--out", out.toString(), "--bogus", "1");
        assertEquals(2, r.code());
        assertEquals("prep: unknown option --bogus", r.firstError());

        r = run("folder", "--in", in.toString(), "--out", out.toString(), "--margin", "wide");
        assertEquals(2, r.code());
        assertEquals("prep: --margin 'wide' is not a number", r.firstError());

        r = run("synth", "--out", out.toString(), "--samples", "many");
        assertEquals("prep: --samples 'many' is not a whole number", r.firstError());

        r = run("folder", "--in", in.toString(), "--out", out.toString(),
                "--identity-pattern", "(");
        assertEquals(2, r.code());
        assertTrue(r.firstError().startsWith("prep: --identity-pattern '(' is not a regular "
                + "expression"), r.firstError());
        assertFalse(Files.exists(out));

        r = run("--help");
        assertEquals(0, r.code());
        assertTrue(r.out().startsWith("usage: prep <layout>"), r.out());
    }
}
