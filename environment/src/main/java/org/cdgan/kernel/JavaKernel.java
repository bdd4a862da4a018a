package org.cdgan.kernel;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.Stream;

import org.cdgan.kernel.display.Notebook;
import org.cdgan.kernel.display.NotebookContext;
import org.cdgan.kernel.display.Renderers;
import org.cdgan.kernel.execution.CellEvaluator;
import org.cdgan.kernel.execution.CellValue;
import org.cdgan.kernel.execution.Completion;
import org.cdgan.kernel.execution.KernelError;
import org.cdgan.kernel.history.CellHistory;
import org.cdgan.kernel.magics.MagicException;
import org.cdgan.kernel.magics.Magics;
import org.cdgan.kernel.magics.MavenResolver;
import org.dflib.jjava.jupyter.channels.ShellReplyEnvironment;
import org.dflib.jjava.jupyter.kernel.BaseKernel;
import org.dflib.jjava.jupyter.kernel.LanguageInfo;
import org.dflib.jjava.jupyter.kernel.ReplacementOptions;
import org.dflib.jjava.jupyter.kernel.comm.CommManager;
import org.dflib.jjava.jupyter.kernel.display.DisplayData;
import org.dflib.jjava.jupyter.kernel.display.Renderer;
import org.dflib.jjava.jupyter.kernel.display.mime.MIMEType;
import org.dflib.jjava.jupyter.kernel.util.StringStyler;
import org.dflib.jjava.jupyter.kernel.history.HistoryEntry;
import org.dflib.jjava.jupyter.kernel.history.HistoryManager;
import org.dflib.jjava.jupyter.messages.Header;
import org.dflib.jjava.jupyter.messages.Message;
import org.dflib.jjava.jupyter.messages.publish.PublishClearOutput;
import org.dflib.jjava.jupyter.messages.publish.PublishError;
import org.dflib.jjava.jupyter.messages.publish.PublishExecuteInput;
import org.dflib.jjava.jupyter.messages.publish.PublishExecuteResult;
import org.dflib.jjava.jupyter.messages.reply.ErrorReply;
import org.dflib.jjava.jupyter.messages.reply.ExecuteReply;
import org.dflib.jjava.jupyter.messages.request.ExecuteRequest;
import org.dflib.jjava.jupyter.messages.request.HistoryRequest;
import org.dflib.jjava.jupyter.messages.request.KernelInfoRequest;

/**
 * The CD-GAN workbook's Java kernel: Java cells evaluated by JShell in this JVM, with the
 * helper library on the class path, IJava-style magics and rich display.
 */
public final class JavaKernel extends BaseKernel implements NotebookContext {

    /** The kernel's name in {@code kernel_info}. */
    public static final String NAME = "cdgan-java";

    /** The kernel's version in {@code kernel_info}. */
    public static final String VERSION = "0.1.0";

    /** What every cell sees without importing it. */
    public static final List<String> STARTUP = Stream.concat(
            CellEvaluator.DEFAULT_IMPORTS.stream().map(p -> "import " + p + ";"),
            Stream.of("import static " + Notebook.class.getName() + ".*;")).toList();

    private final KernelIO kernelIO;
    private final CellHistory history;
    private final CompletableFuture<CellEvaluator> evaluator;
    private final Magics magics;
    private final List<Map<String, Object>> payloads = new ArrayList<>();
    private volatile ShellReplyEnvironment currentEnv;

    /**
     * Creates the kernel and starts JShell in the background, so {@code kernel_info} is
     * answered at once and the first cell waits for JShell only as long as needed.
     *
     * @param mavenOffline whether {@code %maven} resolves from the local repository only
     */
    public JavaKernel(boolean mavenOffline) {
        this(new KernelIO(), new CellHistory(), mavenOffline);
    }

    private JavaKernel(KernelIO io, CellHistory history, boolean mavenOffline) {
        super(NAME, VERSION, languageInfo(), List.of(), history, io, new CommManager(),
                new Renderer(), null, null, false, new StringStyler.Builder().build());
        this.kernelIO = io;
        this.history = history;
        Renderers.registerAll(renderer);
        this.evaluator = CompletableFuture.supplyAsync(() -> new CellEvaluator(STARTUP));
        String mvn = System.getenv().getOrDefault("CDGAN_MVN", "mvn");
        this.magics = new Magics(path -> evaluator().addToClasspath(path),
                new MavenResolver(mvn, mavenOffline));
    }

    private static LanguageInfo languageInfo() {
        return new LanguageInfo.Builder("java")
                .version(String.valueOf(Runtime.version().feature()))
                .mimetype("text/x-java-source")
                .fileExtension(".jshell")
                .pygments("java")
                .codemirror("text/x-java")
                .build();
    }

    private CellEvaluator evaluator() {
        try {
            return evaluator.join();
        } catch (CompletionException e) {
            throw new IllegalStateException("JShell did not start: " + e.getCause(), e);
        }
    }

    @Override
    public void onStartup() {
        super.onStartup();
        Notebook.attach(this);
    }

    @Override
    public void onShutdown(boolean isRestarting) {
        evaluator().interrupt();
        evaluator().close();
        super.onShutdown(isRestarting);
    }

    @Override
    protected synchronized void handleExecuteRequest(ShellReplyEnvironment env,
            Message<ExecuteRequest> message) {
        commManager.setMessageContext(message);
        ExecuteRequest request = message.getContent();
        boolean silent = request.isSilent();
        boolean store = request.shouldStoreHistory() && !silent;
        int count = store ? executionCount.getAndIncrement() : executionCount.get();

        env.setBusyDeferIdle();
        if (!silent) {
            env.publish(new PublishExecuteInput(request.getCode(), count));
        }
        replaceOutputStreams(env);
        kernelIO.attach(env, request.isStdinEnabled());
        env.defer(() -> kernelIO.detach(env));
        currentEnv = env;
        payloads.clear();

        String output = "";
        try {
            CellValue value = evaluate(request.getCode(), count);
            System.out.flush();
            System.err.flush();
            if (value.present() && !silent) {
                DisplayData data = value.value() instanceof DisplayData d ? d
                        : render(value.value());
                Object text = data.getData(MIMEType.TEXT_PLAIN);
                output = text == null ? "" : text.toString();
                env.publish(new PublishExecuteResult(count, data));
            }
            env.defer().reply(new PayloadExecuteReply(count, payloads));
        } catch (Exception e) {
            System.out.flush();
            System.err.flush();
            KernelError error = asKernelError(e);
            ErrorReply reply = new ErrorReply(error.errorName(), error.errorValue(),
                    error.traceback());
            reply.setExecutionCount(count);
            if (!silent) {
                env.publish(new PublishError(error.errorName(), error.errorValue(),
                        error.traceback()));
            }
            env.defer().replyError(ExecuteReply.MESSAGE_TYPE.error(), reply);
        } finally {
            currentEnv = null;
        }
        if (store) {
            history.add(count, request.getCode(), output);
        }
    }

    @Override
    protected void handleKernelInfoRequest(ShellReplyEnvironment env,
            Message<KernelInfoRequest> message) {
        env.setBusyDeferIdle();
        env.reply(new OkReplies.KernelInfo(Header.PROTOCOL_VERISON, name, version,
                getLanguageInfo(), getBanner(), getHelpLinks()));
    }

    @Override
    protected void handleHistoryRequest(ShellReplyEnvironment env,
            Message<HistoryRequest> message) {
        HistoryRequest request = message.getContent();
        env.setBusyDeferIdle();
        Set<HistoryManager.ResultFlag> flags = EnumSet.noneOf(HistoryManager.ResultFlag.class);
        if (request.includeOutput()) {
            flags.add(HistoryManager.ResultFlag.INCLUDE_OUTPUT);
        }
        List<HistoryEntry> entries = switch (request.getAccessType()) {
            case TAIL -> history.lookupTail(
                    ((HistoryRequest.Tail) request).getMaxReturnLength(), flags);
            case RANGE -> {
                HistoryRequest.Range range = (HistoryRequest.Range) request;
                yield history.lookupRange(range.getSessionIndex(), range.getStart(),
                        range.getStop(), flags);
            }
            case SEARCH -> {
                HistoryRequest.Search search = (HistoryRequest.Search) request;
                if (search.filterUnique()) {
                    flags.add(HistoryManager.ResultFlag.UNIQUE);
                }
                yield history.search(search.getPattern(), search.getMaxReturnLength(), flags);
            }
        };
        env.reply(new OkReplies.History(entries));
    }

    /** Runs a cell's magics, then its Java code. */
    CellValue evaluate(String cell, int count) {
        Magics.Result result = magics.apply(cell);
        if (!result.printed().isEmpty()) {
            System.out.print(result.printed());
            System.out.flush();
        }
        return evaluator().eval(result.java(), count);
    }

    private static KernelError asKernelError(Exception e) {
        if (e instanceof KernelError error) {
            return error;
        }
        String name = e instanceof MagicException ? "MagicException" : e.getClass().getName();
        List<String> lines = new ArrayList<>();
        lines.add(name + ": " + e.getMessage());
        if (!(e instanceof MagicException)) {
            StringWriter trace = new StringWriter();
            e.printStackTrace(new PrintWriter(trace));
            trace.toString().lines().skip(1).forEach(lines::add);
        }
        String message = e.getMessage() == null ? "" : e.getMessage();
        return new KernelError() {
            @Override
            public String errorName() {
                return name;
            }

            @Override
            public String errorValue() {
                return message;
            }

            @Override
            public List<String> traceback() {
                return lines;
            }
        };
    }

    @Override
    public Object evalRaw(String source) {
        CellValue value = evaluate(source, executionCount.get());
        return value.present() ? value.value() : null;
    }

    @Override
    public DisplayData inspect(String code, int at, boolean extraDetail) {
        String text = evaluator().inspect(Magics.strip(code), at);
        return text == null ? null : new DisplayData(text);
    }

    @Override
    public ReplacementOptions complete(String code, int at) {
        Completion completion = evaluator().complete(Magics.strip(code), at);
        return new ReplacementOptions(completion.matches(), completion.start(),
                completion.end());
    }

    @Override
    public String isComplete(String code) {
        return switch (evaluator().completeness(Magics.strip(code))) {
            case "complete" -> IS_COMPLETE_YES;
            case "invalid" -> IS_COMPLETE_BAD;
            default -> "";
        };
    }

    @Override
    public void interrupt() {
        if (evaluator.isDone()) {
            evaluator().interrupt();
        }
    }

    @Override
    public DisplayData render(Object value) {
        return value == null ? new DisplayData("null") : renderer.render(value);
    }

    @Override
    public String show(DisplayData data) {
        String id = UUID.randomUUID().toString();
        data.setDisplayId(id);
        io.display.display(data);
        return id;
    }

    @Override
    public void update(String id, DisplayData data) {
        io.display.updateDisplay(id, data);
    }

    @Override
    public void clearOutput(boolean wait) {
        ShellReplyEnvironment env = currentEnv;
        if (env != null) {
            System.out.flush();
            System.err.flush();
            env.publish(wait ? PublishClearOutput.BEFORE_NEXT_OUTPUT : PublishClearOutput.NOW);
        }
    }

    @Override
    public void page(String text) {
        payloads.add(Map.of("source", "page", "data", Map.of("text/plain", text), "start", 0));
    }
}
