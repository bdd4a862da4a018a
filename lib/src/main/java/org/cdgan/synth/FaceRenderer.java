package org.cdgan.synth;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Area;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.WritableRaster;
import java.util.SplittableRandom;

/**
 * Draws one synthetic face from its {@link FaceFactors} with anti-aliased Java2D.
 *
 * <p>The face is laid out on a 100 x 100 canvas with the origin at the picture's centre, then
 * scaled to the image size and turned by the pose. Lighting (a linear gradient and a gain) and
 * Gaussian noise are applied to the pixels afterwards. Grey pictures are the luminance
 * {@code 0.299 R + 0.587 G + 0.114 B} of the colour drawing.
 */
final class FaceRenderer {

    private static final double CANVAS = 100;
    private static final Color SCLERA = new Color(236, 236, 232);
    private static final Color OUTLINE = new Color(40, 30, 28);
    private static final Color MOUTH_INSIDE = new Color(60, 20, 24);
    private static final Color TEETH = new Color(240, 240, 236);

    private FaceRenderer() {
    }

    /** Draws the picture at {@code size} x {@code size}, grey or colour. */
    static BufferedImage render(FaceFactors f, int size, boolean colour) {
        BufferedImage rgb = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = rgb.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING,
                    RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL,
                    RenderingHints.VALUE_STROKE_PURE);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            Nuisance n = f.nuisance();
            g.setColor(grey(n.background()));
            g.fillRect(0, 0, size, size);

            double k = size / CANVAS;
            AffineTransform t = new AffineTransform();
            t.translate(size / 2.0 + n.shiftX() * k, size / 2.0 + n.shiftY() * k);
            t.rotate(Math.toRadians(n.roll()));
            t.scale(k * n.scale(), k * n.scale());
            g.transform(t);
            drawFace(g, f.identity(), f.action(), n.yaw());
        } finally {
            g.dispose();
        }
        light(rgb, f.nuisance());
        return colour ? rgb : toGrey(rgb);
    }

    private static void drawFace(Graphics2D g, IdentityFactors id, ExpressionFactors ex,
            double yaw) {
        double fw = id.faceWidth();
        double fh = id.faceHeight();
        double cy = 4;
        double top = cy - fh / 2;
        double shift = yaw * fw;
        Color skin = skin(id.tone());
        Color hair = hair(id.hairTone());

        // Long hair falls behind the head and shoulders.
        if (id.hairStyle() == 3) {
            g.setColor(hair);
            double hw = fw + 10 + 8 * id.hairVolume();
            g.fill(new RoundRectangle2D.Double(-hw / 2, top - 4, hw, fh * 0.95, hw * 0.6, 30));
        }
        g.setColor(grey(0.15 + 0.7 * id.shirtTone()));
        g.fill(new Ellipse2D.Double(-fw * 0.95, cy + fh * 0.42, fw * 1.9, fh));
        g.setColor(darker(skin, 0.85));
        g.fill(new Rectangle2D.Double(-fw * 0.2, cy + fh * 0.2, fw * 0.4, fh * 0.4));

        double earY = id.eyeHeight() + 3;
        g.setColor(darker(skin, 0.92));
        g.fill(new Ellipse2D.Double(-fw / 2 - 4 + shift * 0.3, earY - 6, 8, 13));
        g.fill(new Ellipse2D.Double(fw / 2 - 4 + shift * 0.3, earY - 6, 8, 13));

        Shape face = faceOutline(fw, fh, cy, id.chin());
        g.setColor(skin);
        g.fill(face);
        drawHair(g, id, fw, fh, cy, hair, face);

        drawCheeks(g, id, ex, shift, skin);
        for (int side = -1; side <= 1; side += 2) {
            drawEye(g, id, ex, side, shift);
            drawBrow(g, id, ex, side, shift, hair);
        }
        drawNose(g, id, shift, skin);
        drawMouth(g, id, ex, shift, cy + fh / 2, skin);
    }

    private static Shape faceOutline(double fw, double fh, double cy, double chin) {
        double top = cy - fh / 2;
        double bottom = cy + fh / 2;
        double jaw = fw / 2 * (0.62 - 0.3 * chin);
        Path2D.Double p = new Path2D.Double();
        p.moveTo(-fw / 2, cy - fh * 0.05);
        p.curveTo(-fw / 2, top - fh * 0.02, fw / 2, top - fh * 0.02, fw / 2, cy - fh * 0.05);
        p.curveTo(fw / 2, cy + fh * 0.3, jaw * 1.4, bottom, 0, bottom);
        p.curveTo(-jaw * 1.4, bottom, -fw / 2, cy + fh * 0.3, -fw / 2, cy - fh * 0.05);
        p.closePath();
        return p;
    }

    private static void drawHair(Graphics2D g, IdentityFactors id, double fw, double fh,
            double cy, Color hair, Shape face) {
        double top = cy - fh / 2;
        double pad = 2 + 6 * id.hairVolume();
        Area cap = new Area(new Ellipse2D.Double(-fw / 2 - pad, top - pad, fw + 2 * pad,
                fh * 0.75 + pad));
        double line;
        switch (id.hairStyle()) {
            case 1 -> line = top + fh * 0.3;
            case 4 -> line = top + fh * 0.08;
            default -> line = top + fh * 0.2;
        }
        Path2D.Double keep = new Path2D.Double();
        double tilt = id.hairStyle() == 2 ? fh * 0.12 : 0;
        keep.moveTo(-CANVAS, -CANVAS);
        keep.lineTo(CANVAS, -CANVAS);
        keep.lineTo(CANVAS, line + tilt);
        keep.lineTo(-CANVAS, line - tilt);
        keep.closePath();
        Area hairArea = new Area(cap);
        Area above = new Area(keep);
        // The sides come down to the ears; the top stops at the hairline.
        Area sides = new Area(new Rectangle2D.Double(-fw / 2 - pad, top, fw * 0.12 + pad,
                fh * 0.42));
        sides.add(new Area(new Rectangle2D.Double(fw / 2 - fw * 0.12, top, fw * 0.12 + pad,
                fh * 0.42)));
        above.add(sides);
        hairArea.intersect(above);
        if (id.hairStyle() == 4) {
            Area scalp = new Area(new Ellipse2D.Double(-fw * 0.32, top - 2, fw * 0.64,
                    fh * 0.3));
            hairArea.subtract(scalp);
        }
        g.setColor(hair);
        g.fill(hairArea);
    }

    private static void drawCheeks(Graphics2D g, IdentityFactors id, ExpressionFactors ex,
            double shift, Color skin) {
        double c = Math.max(0, ex.cheekRaise());
        double y = id.eyeHeight() + 11 - 3 * c;
        double x = id.eyeSpacing() * 0.55;
        g.setColor(withAlpha(brighter(skin, 1.12), 0.35 + 0.5 * c));
        for (int side = -1; side <= 1; side += 2) {
            g.fill(new Ellipse2D.Double(side * x - 6 + shift, y - 4, 12, 8));
        }
        // The folds from the nose wings to the mouth corners deepen as the cheeks rise.
        double noseY = id.eyeHeight() + id.noseLength();
        double mouthY = noseY + 8;
        g.setStroke(new BasicStroke((float) (0.6 + 0.9 * c), BasicStroke.CAP_ROUND,
                BasicStroke.JOIN_ROUND));
        g.setColor(withAlpha(darker(skin, 0.6), 0.15 + 0.7 * c));
        for (int side = -1; side <= 1; side += 2) {
            Path2D.Double fold = new Path2D.Double();
            double nx = side * (id.noseWidth() / 2 + 2) + shift;
            double mx = side * (id.mouthWidth() / 2 + 3) + shift;
            fold.moveTo(nx, noseY - 2);
            fold.quadTo(mx + side * 2, noseY + 2, mx, mouthY + 2);
            g.draw(fold);
        }
    }

    private static void drawEye(Graphics2D g, IdentityFactors id, ExpressionFactors ex,
            int side, double shift) {
        double w = id.eyeSize();
        double x = side * id.eyeSpacing() / 2 + shift;
        double y = id.eyeHeight();
        double open = Math.max(0.15, ex.eyeOpen());
        double up = w * 0.32 * open;
        double down = w * 0.24 * open * (1 - 0.55 * Math.min(1, ex.cheekRaise()));
        Path2D.Double eye = new Path2D.Double();
        eye.moveTo(x - w / 2, y);
        eye.quadTo(x, y - 2 * up, x + w / 2, y);
        eye.quadTo(x, y + 2 * down, x - w / 2, y);
        eye.closePath();
        g.setColor(SCLERA);
        g.fill(eye);
        Shape clip = g.getClip();
        g.clip(eye);
        double r = w * 0.24;
        g.setColor(new Color(70, 50, 40));
        g.fill(new Ellipse2D.Double(x - r + shift * 0.2, y - r - 0.2 * up, 2 * r, 2 * r));
        g.setColor(new Color(15, 10, 10));
        g.fill(new Ellipse2D.Double(x - r / 2 + shift * 0.2, y - r / 2 - 0.2 * up, r, r));
        g.setClip(clip);
        g.setStroke(new BasicStroke(0.9f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.setColor(OUTLINE);
        g.draw(eye);
    }

    private static void drawBrow(Graphics2D g, IdentityFactors id, ExpressionFactors ex,
            int side, double shift, Color hair) {
        double w = id.eyeSize();
        double cx = side * id.eyeSpacing() / 2 + shift;
        double base = id.eyeHeight() - 5.5 - 3.5 * ex.browRaise();
        double inner = cx - side * w * 0.65;
        double outer = cx + side * w * 0.8;
        double innerY = base - 3.0 * ex.browAngle();
        double outerY = base + 0.8 * ex.browAngle();
        double arch = 1.5 + 1.5 * Math.max(0, ex.browRaise());
        Path2D.Double brow = new Path2D.Double();
        brow.moveTo(inner, innerY);
        brow.quadTo(cx, Math.min(innerY, outerY) - arch, outer, outerY);
        g.setStroke(new BasicStroke((float) id.browThickness(), BasicStroke.CAP_ROUND,
                BasicStroke.JOIN_ROUND));
        g.setColor(darker(hair, 0.8));
        g.draw(brow);
    }

    private static void drawNose(Graphics2D g, IdentityFactors id, double shift, Color skin) {
        double y0 = id.eyeHeight() + 2;
        double tip = id.eyeHeight() + id.noseLength();
        double half = id.noseWidth() / 2;
        g.setStroke(new BasicStroke(1.0f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.setColor(withAlpha(darker(skin, 0.55), 0.6));
        Path2D.Double ridge = new Path2D.Double();
        ridge.moveTo(shift * 1.3 - 1.5, y0);
        ridge.quadTo(shift * 1.3 - half * 0.5, tip - 3, shift * 1.3 - half * 0.3, tip - 1);
        g.draw(ridge);
        Path2D.Double base = new Path2D.Double();
        base.moveTo(shift * 1.3 - half, tip - 1);
        base.quadTo(shift * 1.3, tip + 2.5, shift * 1.3 + half, tip - 1);
        g.setStroke(new BasicStroke(1.4f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.setColor(darker(skin, 0.5));
        g.draw(base);
    }

    private static void drawMouth(Graphics2D g, IdentityFactors id, ExpressionFactors ex,
            double shift, double chinY, Color skin) {
        double y = Math.min(id.eyeHeight() + id.noseLength() + 9, chinY - 9);
        double half = id.mouthWidth() / 2 * (1 + 0.08 * ex.mouthCurve());
        double x = shift * 1.1;
        double curve = ex.mouthCurve();
        double open = Math.max(0, ex.mouthOpen());
        double cornerY = y - 4.5 * curve;
        double upperY = y + 1.5 * curve - 1.5 * open;
        double lowerY = y + 2.5 * Math.max(0, curve) + 11 * open + 0.5;

        Path2D.Double inside = new Path2D.Double();
        inside.moveTo(x - half, cornerY);
        inside.quadTo(x, 2 * upperY - cornerY, x + half, cornerY);
        inside.quadTo(x, 2 * lowerY - cornerY, x - half, cornerY);
        inside.closePath();
        if (open > 0.04 || curve > 0.3) {
            g.setColor(MOUTH_INSIDE);
            g.fill(inside);
            if (curve > 0.3) {
                Shape clip = g.getClip();
                g.clip(inside);
                g.setColor(TEETH);
                g.fill(new Rectangle2D.Double(x - half, Math.min(upperY, cornerY) - 4, 2 * half,
                        4 + 2.5 + Math.abs(upperY - cornerY)));
                g.setClip(clip);
            }
        }
        g.setStroke(new BasicStroke(1.6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.setColor(lip(skin));
        g.draw(inside);
    }

    /** Applies the light gradient, the gain and the noise to the drawn pixels. */
    private static void light(BufferedImage img, Nuisance n) {
        int size = img.getWidth();
        WritableRaster raster = img.getRaster();
        SplittableRandom noise = new SplittableRandom(n.noiseSeed());
        double dx = Math.cos(n.lightAngle());
        double dy = Math.sin(n.lightAngle());
        double half = size / 2.0;
        int[] px = new int[3];
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                raster.getPixel(x, y, px);
                double along = ((x - half) * dx + (y - half) * dy) / half;
                double gain = n.brightness() * (1 + n.lightStrength() * along);
                double jitter = n.noise() * 255 * ExpressionFactors.gaussian(noise);
                for (int c = 0; c < 3; c++) {
                    px[c] = (int) Math.round(Math.max(0, Math.min(255, px[c] * gain + jitter)));
                }
                raster.setPixel(x, y, px);
            }
        }
    }

    private static BufferedImage toGrey(BufferedImage rgb) {
        int size = rgb.getWidth();
        BufferedImage out = new BufferedImage(size, size, BufferedImage.TYPE_BYTE_GRAY);
        WritableRaster in = rgb.getRaster();
        WritableRaster grey = out.getRaster();
        int[] px = new int[3];
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                in.getPixel(x, y, px);
                grey.setSample(x, y, 0, (int) Math.round(0.299 * px[0] + 0.587 * px[1]
                        + 0.114 * px[2]));
            }
        }
        return out;
    }

    private static Color skin(double tone) {
        return mix(new Color(92, 60, 44), new Color(246, 218, 196), 0.1 + 0.9 * tone);
    }

    private static Color hair(double tone) {
        return mix(new Color(22, 16, 14), new Color(214, 180, 112), tone);
    }

    private static Color lip(Color skin) {
        return mix(skin, new Color(120, 40, 44), 0.6);
    }

    private static Color grey(double v) {
        int g = (int) Math.round(255 * Math.max(0, Math.min(1, v)));
        return new Color(g, g, g);
    }

    private static Color mix(Color a, Color b, double t) {
        return new Color(
                (int) Math.round(a.getRed() + t * (b.getRed() - a.getRed())),
                (int) Math.round(a.getGreen() + t * (b.getGreen() - a.getGreen())),
                (int) Math.round(a.getBlue() + t * (b.getBlue() - a.getBlue())));
    }

    private static Color darker(Color c, double f) {
        return new Color((int) (c.getRed() * f), (int) (c.getGreen() * f),
                (int) (c.getBlue() * f));
    }

    private static Color brighter(Color c, double f) {
        return new Color(Math.min(255, (int) (c.getRed() * f)),
                Math.min(255, (int) (c.getGreen() * f)), Math.min(255, (int) (c.getBlue() * f)));
    }

    private static Color withAlpha(Color c, double alpha) {
        int a = (int) Math.round(255 * Math.max(0, Math.min(1, alpha)));
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), a);
    }
}
