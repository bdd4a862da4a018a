package org.cdgan.kernel.display;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tech.tablesaw.plotly.components.Figure;

/**
 * HTML for a tablesaw-jsplot {@link Figure} that draws with plotly.js embedded in the
 * notebook, never loaded from a CDN, so the notebook renders with no network.
 *
 * <p>Rule: the first chart output of a kernel session inlines plotly.js (about 4.5 MB, loaded
 * as {@code window.Plotly}); later charts draw with it once it is there. Outputs are kept in
 * notebook order, so a saved notebook reopened offline defines plotly.js before its later
 * charts. If that first chart output is cleared, re-run a chart cell after
 * {@link #resetSession()} or choose {@link #setEveryOutput(boolean) every-output} embedding.
 */
public final class PlotlyEmbedding {

    /** The plotly.js version bundled in the kernel jar. */
    public static final String PLOTLY_VERSION = "2.35.3";

    private static final String RESOURCE = "plotly.min.js";
    private static final Pattern SCRIPT = Pattern.compile("<script>(.*)</script>",
            Pattern.DOTALL);
    private static volatile String plotlyScript;
    private static volatile boolean embedded;
    private static volatile boolean everyOutput;

    private PlotlyEmbedding() {
    }

    /** Inline plotly.js in every chart output (large notebooks) or only in the first. */
    public static void setEveryOutput(boolean every) {
        everyOutput = every;
    }

    /** Forgets that plotly.js was inlined, so the next chart inlines it again. */
    public static void resetSession() {
        embedded = false;
    }

    /** The bundled plotly.js source. */
    public static String plotlyScript() {
        String script = plotlyScript;
        if (script == null) {
            try (InputStream in = PlotlyEmbedding.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("plotly.min.js is missing from the kernel"
                            + " jar; rebuild environment/ with npm available");
                }
                script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the bundled plotly.min.js", e);
            }
            plotlyScript = script;
        }
        return script;
    }

    /**
     * The HTML of a chart: a div, plotly.js when this output must carry it, and the script
     * that draws the figure once {@code window.Plotly} exists.
     */
    public static synchronized String html(Figure figure) {
        // tablesaw-jsplot names a JavaScript variable after the div: letters and digits only.
        String div = "plot_" + UUID.randomUUID().toString().replace("-", "");
        Matcher code = SCRIPT.matcher(figure.asJavascript(div));
        String draw = code.find() ? code.group(1) : figure.asJavascript(div);
        StringBuilder html = new StringBuilder();
        html.append("<div id=\"").append(div).append("\"></div>\n");
        if (everyOutput || !embedded) {
            // The function's parameters hide AMD and CommonJS loaders (the notebook's
            // require.js), so the bundle defines window.Plotly.
            html.append("<script>/* plotly.js v").append(PLOTLY_VERSION)
                    .append(", inlined */\n(function (define, module, exports) {\n")
                    .append(plotlyScript())
                    .append("\n}).call(window);</script>\n");
            embedded = true;
        }
        html.append("<script>\n(function () {\n  function draw() {\n")
                .append(draw)
                .append("\n  }\n  var tries = 0;\n  (function wait() {\n")
                .append("    if (window.Plotly) { draw(); }\n")
                .append("    else if (++tries < 100) { setTimeout(wait, 100); }\n")
                .append("    else { document.getElementById('").append(div)
                .append("').textContent = 'plotly.js is not loaded: re-run the first chart"
                        + " cell of this notebook'; }\n")
                .append("  })();\n})();\n</script>\n");
        return html.toString();
    }
}
