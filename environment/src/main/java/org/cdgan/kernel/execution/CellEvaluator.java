package org.cdgan.kernel.execution;

import java.io.File;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jdk.jshell.Diag;
import jdk.jshell.EvalException;
import jdk.jshell.JShell;
import jdk.jshell.JShellException;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.SourceCodeAnalysis.CompletionInfo;
import jdk.jshell.SourceCodeAnalysis.Completeness;
import jdk.jshell.UnresolvedReferenceException;
import jdk.jshell.VarSnippet;

/**
 * Evaluates Java cells with JShell in this JVM, so objects live across cells.
 *
 * <p>A cell is cut into snippets (statements, declarations, imports, expressions) and each is
 * evaluated in turn; the first snippet that fails to compile or throws ends the cell. The
 * cell's value is its last snippet's, when that is an expression without a closing semicolon.
 */
public final class CellEvaluator implements AutoCloseable {

    /** Imports every cell sees, as in the {@code jshell} tool's default start-up. */
    public static final List<String> DEFAULT_IMPORTS = List.of(
            "java.io.*", "java.math.*", "java.net.*", "java.nio.file.*", "java.util.*",
            "java.util.concurrent.*", "java.util.function.*", "java.util.regex.*",
            "java.util.stream.*");

    private final JShell shell;
    private final CellExecutionControl control;
    private final SourceCodeAnalysis analysis;
    /** Snippet id to where its source starts: cell number and line in that cell. */
    private final Map<String, int[]> origins = new ConcurrentHashMap<>();

    /**
     * Starts JShell with this JVM's class path and the given start-up snippets.
     *
     * @param startup snippets evaluated once, before any cell (imports, static imports)
     */
    public CellEvaluator(List<String> startup) {
        this.control = new CellExecutionControl();
        this.shell = JShell.builder()
                .executionEngine(new CellExecutionProvider(control), Map.of())
                .build();
        this.analysis = shell.sourceCodeAnalysis();
        addToClasspath(System.getProperty("java.class.path"));
        for (String snippet : startup) {
            eval(snippet, 0);
        }
    }

    /** Starts JShell with the default imports and no other start-up snippet. */
    public CellEvaluator() {
        this(DEFAULT_IMPORTS.stream().map(p -> "import " + p + ";").toList());
    }

    /**
     * Adds jars or folders, separated by the platform's path separator, to the class path of
     * the compiler and of the class loader of later cells.
     */
    public void addToClasspath(String path) {
        for (String entry : path.split(File.pathSeparator)) {
            if (!entry.isBlank()) {
                shell.addToClasspath(entry);
            }
        }
    }

    /**
     * Evaluates a cell.
     *
     * @param cell the Java source of the cell (magics already removed)
     * @param cellNumber the execution count, used in stack traces of later cells
     * @return the cell's value
     * @throws CompilationException when a snippet does not compile
     * @throws CellException when a snippet throws
     * @throws CellInterruptedException when the cell was interrupted
     */
    public CellValue eval(String cell, int cellNumber) {
        String remaining = cell;
        int offset = 0;
        CellValue value = CellValue.NONE;
        while (!remaining.isBlank()) {
            CompletionInfo info = analysis.analyzeCompletion(remaining);
            if (info.completeness() == Completeness.EMPTY) {
                break;
            }
            boolean complete = info.completeness().isComplete();
            String source = complete ? info.source() : remaining;
            int consumed = complete ? remaining.length() - info.remaining().length()
                    : remaining.length();
            String raw = remaining.substring(0, consumed);
            value = evalSnippet(source, raw, cell, offset, cellNumber);
            offset += consumed;
            remaining = complete ? info.remaining() : "";
        }
        return value;
    }

    private CellValue evalSnippet(String source, String raw, String cell, int rawOffset,
            int cellNumber) {
        int sourceOffset = rawOffset + locate(source, raw);
        int firstLine = lineOf(cell, sourceOffset);
        List<SnippetEvent> events = shell.eval(source);
        if (control.wasStopped()) {
            events.forEach(e -> control.takeValue(e.value()));
            throw new CellInterruptedException();
        }
        CellValue value = CellValue.NONE;
        for (SnippetEvent event : events) {
            Object object = control.takeValue(event.value());
            if (event.causeSnippet() != null) {
                continue;
            }
            Snippet snippet = event.snippet();
            origins.put(snippet.id(), new int[] {cellNumber, firstLine});
            if (event.status() == Snippet.Status.REJECTED) {
                throw compilationError(snippet, cell, sourceOffset);
            }
            if (event.exception() != null) {
                throw cellError(event.exception(), cellNumber);
            }
            if (showsValue(snippet) && !raw.strip().endsWith(";")) {
                value = CellValue.of(object);
            }
        }
        return value;
    }

    private static boolean showsValue(Snippet snippet) {
        return snippet.kind() == Snippet.Kind.EXPRESSION
                || snippet instanceof VarSnippet
                && snippet.subKind() == Snippet.SubKind.TEMP_VAR_EXPRESSION_SUBKIND;
    }

    private static int locate(String source, String raw) {
        String core = source.strip();
        if (core.endsWith(";")) {
            core = core.substring(0, core.length() - 1);
        }
        int at = core.isEmpty() ? -1 : raw.indexOf(core);
        return Math.max(at, 0);
    }

    private static int lineOf(String text, int offset) {
        int line = 1;
        for (int i = 0; i < Math.min(offset, text.length()); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    private CompilationException compilationError(Snippet snippet, String cell, int offset) {
        List<String> lines = new ArrayList<>();
        String first = null;
        for (Diag diag : shell.diagnostics(snippet).toList()) {
            if (!diag.isError()) {
                continue;
            }
            String message = diag.getMessage(Locale.ROOT);
            if (first == null) {
                first = message.lines().findFirst().orElse(message);
            }
            long position = diag.getStartPosition() < 0 ? 0 : diag.getStartPosition();
            int at = (int) Math.min(cell.length(), offset + position);
            int line = lineOf(cell, at);
            int lineStart = cell.lastIndexOf('\n', Math.max(at - 1, 0)) + 1;
            if (at == 0) {
                lineStart = 0;
            }
            int lineEnd = cell.indexOf('\n', lineStart);
            String code = cell.substring(lineStart, lineEnd < 0 ? cell.length() : lineEnd);
            String prefix = "cell line " + line + ": ";
            message.lines().forEach(lines::add);
            lines.add(prefix + code);
            lines.add(" ".repeat(prefix.length() + Math.max(0, at - lineStart)) + "^");
        }
        if (first == null) {
            first = "the snippet was rejected: " + snippet.source().strip();
            lines.add(first);
        }
        return new CompilationException(first, lines);
    }

    private CellException cellError(JShellException exception, int cellNumber) {
        String type = exception instanceof EvalException eval ? eval.getExceptionClassName()
                : exception.getClass().getName();
        String message = exception.getMessage();
        if (exception instanceof UnresolvedReferenceException unresolved) {
            message = unresolved.getSnippet().source().strip()
                    + " cannot run until what it uses is declared";
        }
        List<String> lines = new ArrayList<>();
        lines.add(type + (message == null ? "" : ": " + message));
        appendFrames(exception, cellNumber, lines);
        Throwable cause = exception.getCause();
        Set<Throwable> seen = new LinkedHashSet<>();
        while (cause != null && seen.add(cause)) {
            String causeType = cause instanceof EvalException eval
                    ? eval.getExceptionClassName() : cause.getClass().getName();
            lines.add("Caused by: " + causeType
                    + (cause.getMessage() == null ? "" : ": " + cause.getMessage()));
            appendFrames(cause, cellNumber, lines);
            cause = cause.getCause();
        }
        return new CellException(type, message, lines);
    }

    private void appendFrames(Throwable exception, int cellNumber, List<String> lines) {
        for (StackTraceElement frame : exception.getStackTrace()) {
            String file = frame.getFileName();
            if (file != null && file.startsWith("#")) {
                int[] origin = origins.get(file.substring(1));
                String method = frame.getMethodName();
                if (method.isEmpty() || method.equals("do_it$")) {
                    method = "cell";
                }
                if (origin == null) {
                    lines.add("    at " + method + " (snippet " + file + ")");
                } else {
                    int line = origin[1] + Math.max(frame.getLineNumber(), 1) - 1;
                    String where = origin[0] == cellNumber ? "cell line " + line
                            : "cell [" + origin[0] + "] line " + line;
                    lines.add("    at " + method + " (" + where + ")");
                }
            } else if (frame.getClassName().startsWith("jdk.internal.reflect")
                    || frame.getClassName().startsWith("java.lang.reflect")) {
                break;
            } else {
                lines.add("    at " + frame);
            }
        }
    }

    /**
     * Tells whether a cell is ready to run.
     *
     * @return "complete", "incomplete" or "invalid"
     */
    public String completeness(String code) {
        String rest = code;
        while (true) {
            CompletionInfo info = analysis.analyzeCompletion(rest);
            switch (info.completeness()) {
                case EMPTY:
                    return "complete";
                case COMPLETE:
                case COMPLETE_WITH_SEMI:
                    rest = info.remaining();
                    if (rest.isBlank()) {
                        return "complete";
                    }
                    break;
                case DEFINITELY_INCOMPLETE:
                case CONSIDERED_INCOMPLETE:
                    return "incomplete";
                default:
                    return "invalid";
            }
        }
    }

    /** Completion candidates at {@code cursor}, as JShell suggests them. */
    public Completion complete(String code, int cursor) {
        int[] anchor = new int[1];
        Set<String> matches = new LinkedHashSet<>();
        for (SourceCodeAnalysis.Suggestion s : analysis.completionSuggestions(code, cursor,
                anchor)) {
            matches.add(s.continuation());
        }
        return new Completion(new ArrayList<>(matches), anchor[0], cursor);
    }

    /**
     * Documentation of what is at {@code cursor}: signatures (and javadoc when the JDK's
     * sources are installed), or the type and value of a variable.
     *
     * @return the text, or null when nothing is known there
     */
    public String inspect(String code, int cursor) {
        int end = cursor;
        while (end < code.length() && Character.isJavaIdentifierPart(code.charAt(end))) {
            end++;
        }
        StringBuilder text = new StringBuilder();
        List<SourceCodeAnalysis.Documentation> docs = analysis.documentation(code, end, true);
        if (docs.isEmpty()) {
            // A method name without its parenthesis: ask as if the call were opened.
            docs = analysis.documentation(code.substring(0, end) + "(", end + 1, true);
        }
        for (SourceCodeAnalysis.Documentation doc : docs) {
            text.append(doc.signature()).append('\n');
            if (doc.javadoc() != null && !doc.javadoc().isBlank()) {
                text.append(doc.javadoc().strip()).append("\n\n");
            }
        }
        if (text.length() == 0) {
            int start = end;
            while (start > 0 && Character.isJavaIdentifierPart(code.charAt(start - 1))) {
                start--;
            }
            String name = code.substring(start, end);
            shell.variables()
                    .filter(v -> v.name().equals(name))
                    .filter(v -> shell.status(v).isActive())
                    .forEach(v -> text.append(v.typeName()).append(' ').append(v.name())
                            .append(" = ").append(shell.varValue(v)).append('\n'));
        }
        return text.length() == 0 ? null : text.toString().strip();
    }

    /** Stops the running cell, if any; see {@link CellExecutionControl#stop()}. */
    public void interrupt() {
        control.stop();
    }

    /** The JShell instance, for callers that need its snippet listing. */
    public JShell shell() {
        return shell;
    }

    @Override
    public void close() {
        shell.close();
    }
}
