package org.cdgan.kernel.display;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;

import javax.imageio.ImageIO;

import org.dflib.jjava.jupyter.kernel.display.Renderer;
import org.dflib.jjava.jupyter.kernel.display.mime.MIMEType;

import tech.tablesaw.api.Table;
import tech.tablesaw.plotly.components.Figure;

/** The kernel's renderers, chosen by the type of the displayed object. */
public final class Renderers {

    private Renderers() {
    }

    /**
     * Registers: {@link BufferedImage} and DJL {@code Image} as {@code image/png}; Tablesaw
     * {@link Table} as {@code text/html}; tablesaw-jsplot {@link Figure} as {@code text/html}
     * with plotly.js embedded; {@link ProgressBar} as HTML and text. Other objects fall back to
     * {@code text/plain}.
     */
    public static void registerAll(Renderer renderer) {
        renderer.createRegistration(BufferedImage.class)
                .preferring(MIMEType.IMAGE_PNG)
                .register((image, context) -> context.renderIfRequested(MIMEType.IMAGE_PNG,
                        () -> png(image)));
        renderer.createRegistration(ai.djl.modality.cv.Image.class)
                .preferring(MIMEType.IMAGE_PNG)
                .register((image, context) -> context.renderIfRequested(MIMEType.IMAGE_PNG,
                        () -> png(image)));
        renderer.createRegistration(Table.class)
                .preferring(MIMEType.TEXT_HTML)
                .register((table, context) -> context.renderIfRequested(MIMEType.TEXT_HTML,
                        () -> TableHtml.html(table)));
        renderer.createRegistration(Figure.class)
                .preferring(MIMEType.TEXT_HTML)
                .register((figure, context) -> context.renderIfRequested(MIMEType.TEXT_HTML,
                        () -> PlotlyEmbedding.html(figure)));
        renderer.createRegistration(ProgressBar.class)
                .preferring(MIMEType.TEXT_HTML)
                .register((bar, context) -> context.renderIfRequested(MIMEType.TEXT_HTML,
                        bar::html));
    }

    /** Base64 PNG of an AWT image, as Jupyter's {@code image/png} wants it. */
    public static String png(BufferedImage image) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, "png", bytes)) {
                throw new IllegalArgumentException("no PNG writer for image type "
                        + image.getType());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode the image as PNG", e);
        }
        return Base64.getEncoder().encodeToString(bytes.toByteArray());
    }

    /** Base64 PNG of a DJL image. */
    public static String png(ai.djl.modality.cv.Image image) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            image.save(bytes, "png");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode the DJL image as PNG", e);
        }
        return Base64.getEncoder().encodeToString(bytes.toByteArray());
    }
}
