package org.cdgan.kernel.execution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CellEvaluatorTest {

    private static CellEvaluator evaluator;
    private static int cell;

    @BeforeAll
    static void start() {
        ExitGuard.install();
        evaluator = new CellEvaluator();
    }

    @AfterAll
    static void stop() {
        evaluator.close();
    }

    private static CellValue run(String code) {
        return evaluator.eval(code, ++cell);
    }

    @Test
    void expressionWithoutSemicolonIsTheCellValue() {
        CellValue value = run("int a = 20;\nint b = 22;\na + b");
        assertTrue(value.present());
        assertEquals(42, value.value());
        assertFalse(run("a + b;").present());
        assertFalse(run("int c = 1;").present());
        CellValue list = run("List.of(1, 2)");
        assertEquals(List.of(1, 2), list.value());
    }

    @Test
    void valueSurvivesLaterImportsAndUnrelatedRedefinitions() {
        run("var kept = new StringBuilder(\"trained\"); int count = 7;");
        run("void helper() { }");
        run("import java.awt.image.BufferedImage;\nimport java.util.concurrent.atomic.*;");
        run("int helper() { return 3; }");
        run("import static java.lang.Math.*;");
        assertEquals("trained", run("kept.toString()").value());
        assertEquals(7, run("count").value());
        assertEquals(3, run("helper()").value());
    }

    @Test
    void libraryIsOnTheClassPath() {
        run("import org.cdgan.data.Expression;");
        Object values = run("Expression.values().length").value();
        assertTrue((Integer) values > 0, "Expression has constants");
    }

    @Test
    void compileErrorShowsMessageAndOffendingLine() {
        CompilationException e = assertThrows(CompilationException.class,
                () -> run("int ok = 1;\nint bad = missingName + 1;\nint after = 2;"));
        assertTrue(e.getMessage().contains("cannot find symbol"), e.getMessage());
        String text = String.join("\n", e.traceback());
        assertTrue(text.contains("cell line 2: int bad = missingName + 1;"), text);
        assertTrue(text.contains("missingName"), text);
        assertEquals(1, run("ok").value(), "snippets before the error ran");
    }

    @Test
    void exceptionShowsTypeMessageAndCellLines() {
        run("int divide(int n) {\n  return n / 0;\n}");
        CellException e = assertThrows(CellException.class,
                () -> run("int x = 1;\n\nint y = divide(x);"));
        assertEquals("java.lang.ArithmeticException", e.exceptionType());
        assertEquals("/ by zero", e.getMessage());
        String text = String.join("\n", e.traceback());
        assertTrue(text.startsWith("java.lang.ArithmeticException: / by zero"), text);
        assertTrue(text.contains("at divide (cell [" + (cell - 1) + "] line 2)"), text);
        assertTrue(text.contains("at cell (cell line 3)"), text);
        assertEquals(1, run("x").value(), "state is kept after the exception");
    }

    @Test
    void systemExitIsAnErrorOfTheCell() {
        CellException e = assertThrows(CellException.class, () -> run("System.exit(3);"));
        assertEquals("java.lang.SecurityException", e.exceptionType());
        assertTrue(e.getMessage().contains("System.exit(3)"), e.getMessage());
        assertEquals(5, run("2 + 3").value());
    }

    @Test
    void interruptStopsSleepingAndBusyLoops() throws Exception {
        run("long ticks = 0;");
        for (String loop : List.of("while (true) { Thread.sleep(10); ticks++; }",
                "while (true) { ticks++; }")) {
            CompletableFuture<Throwable> done = CompletableFuture.supplyAsync(() -> {
                try {
                    run(loop);
                    return null;
                } catch (RuntimeException e) {
                    return e;
                }
            });
            Thread.sleep(500);
            long start = System.nanoTime();
            evaluator.interrupt();
            Throwable outcome = done.get(5, TimeUnit.SECONDS);
            double seconds = (System.nanoTime() - start) / 1e9;
            assertTrue(outcome instanceof CellInterruptedException, String.valueOf(outcome));
            assertTrue(seconds < 2, "interrupt took " + seconds + " s");
            assertTrue((Long) run("ticks").value() > 0, "the loop ran and its state is kept");
        }
        assertEquals(4, run("2 * 2").value());
    }

    @Test
    void completenessCompletionAndInspection() {
        assertEquals("complete", evaluator.completeness("int z = 3;"));
        assertEquals("complete", evaluator.completeness("1 + 1"));
        assertEquals("incomplete", evaluator.completeness("for (int i = 0; i < 3; i++) {"));
        assertEquals("invalid", evaluator.completeness("int x = 3 +;"));
        Completion completion = evaluator.complete("Syste", 5);
        assertTrue(completion.matches().contains("System"), completion.toString());
        assertEquals(0, completion.start());
        String doc = evaluator.inspect("Math.max", 8);
        assertNotNull(doc);
        assertTrue(doc.contains("max("), doc);
    }
}
