package org.cdgan.kernel.display;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import javax.imageio.ImageIO;

import ai.djl.modality.cv.BufferedImageFactory;
import org.dflib.jjava.jupyter.kernel.display.DisplayData;
import org.dflib.jjava.jupyter.kernel.display.Renderer;
import org.dflib.jjava.jupyter.kernel.display.mime.MIMEType;
import org.junit.jupiter.api.Test;

import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.plotly.components.Figure;
import tech.tablesaw.plotly.components.Layout;
import tech.tablesaw.plotly.traces.ScatterTrace;

class RenderersTest {

    private static Renderer renderer() {
        Renderer renderer = new Renderer();
        Renderers.registerAll(renderer);
        return renderer;
    }

    private static BufferedImage decode(DisplayData data) throws Exception {
        String png = (String) data.getData(MIMEType.IMAGE_PNG);
        return ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(png)));
    }

    @Test
    void imagesAreRenderedAsPng() throws Exception {
        BufferedImage image = new BufferedImage(6, 4, BufferedImage.TYPE_INT_RGB);
        image.setRGB(2, 1, 0xFF0000);
        BufferedImage back = decode(renderer().render(image));
        assertEquals(6, back.getWidth());
        assertEquals(4, back.getHeight());
        assertEquals(0xFF0000, back.getRGB(2, 1) & 0xFFFFFF);

        var djl = BufferedImageFactory.getInstance().fromImage(image);
        BufferedImage fromDjl = decode(renderer().render(djl));
        assertEquals(0xFF0000, fromDjl.getRGB(2, 1) & 0xFFFFFF);
    }

    @Test
    void tablesAreRenderedAsHtmlWithHeadAndTail() {
        int[] numbers = new int[100];
        for (int i = 0; i < numbers.length; i++) {
            numbers[i] = i * 3;
        }
        Table table = Table.create("t<1>", IntColumn.create("n", numbers));
        String html = (String) renderer().render(table).getData(MIMEType.TEXT_HTML);
        assertTrue(html.contains("t&lt;1&gt; (100 rows"), html);
        assertTrue(html.contains("<td>27</td>"), "row 9 shown");
        assertFalse(html.contains("<td>30</td>"), "row 10 elided");
        assertTrue(html.contains("80 more rows"), html);
        assertTrue(html.contains("<td>297</td>"), "last row shown");
        Table words = Table.create("w", StringColumn.create("s", "a&b"));
        assertTrue(((String) renderer().render(words).getData(MIMEType.TEXT_HTML))
                .contains("<td>a&amp;b</td>"));
    }

    @Test
    void figuresEmbedPlotlyOncePerSession() {
        PlotlyEmbedding.resetSession();
        Figure figure = new Figure(Layout.builder().title("loss").build(),
                ScatterTrace.builder(new double[] {1, 2}, new double[] {3, 4}).build());
        String first = (String) renderer().render(figure).getData(MIMEType.TEXT_HTML);
        String second = (String) renderer().render(figure).getData(MIMEType.TEXT_HTML);
        assertTrue(first.contains("plotly.js v" + PlotlyEmbedding.PLOTLY_VERSION));
        assertTrue(first.length() > 1_000_000, "plotly.js inlined");
        assertFalse(first.matches("(?s).*<script[^>]+src=.*"), "no script from the network");
        assertTrue(second.length() < 10_000, "later charts reuse window.Plotly");
        assertTrue(second.contains("Plotly.newPlot") && second.contains("'loss'"), second);
        PlotlyEmbedding.setEveryOutput(true);
        try {
            String third = (String) renderer().render(figure).getData(MIMEType.TEXT_HTML);
            assertTrue(third.length() > 1_000_000);
        } finally {
            PlotlyEmbedding.setEveryOutput(false);
        }
    }

    @Test
    void progressBarUpdatesOneDisplayAndThrottles() {
        List<String> events = new ArrayList<>();
        DisplaySink sink = new DisplaySink() {
            @Override
            public String show(DisplayData data) {
                events.add("show " + data.getData(MIMEType.TEXT_PLAIN));
                return "bar-1";
            }

            @Override
            public void update(String id, DisplayData data) {
                events.add(id + " " + data.getData(MIMEType.TEXT_PLAIN));
            }
        };
        ProgressBar bar = new ProgressBar("epoch", 10_000, sink);
        for (int i = 0; i < 10_000; i++) {
            bar.message("loss 0.1").step();
        }
        assertTrue(events.get(0).startsWith("show epoch [") && events.get(0).contains("0/10000"));
        assertTrue(events.size() < 50, "throttled: " + events.size() + " messages");
        String last = events.get(events.size() - 1);
        assertTrue(last.startsWith("bar-1 epoch [" + "#".repeat(30) + "] 10000/10000 100%"),
                last);
        assertTrue(last.contains("epoch/s") && last.endsWith("00:00 left, loss 0.1"), last);
    }
}
