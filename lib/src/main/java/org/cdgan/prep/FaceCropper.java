package org.cdgan.prep;

import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import org.cdgan.data.DataException;
import org.opencv.core.Mat;
import org.opencv.core.MatOfRect;
import org.opencv.core.Size;
import org.opencv.imgproc.Imgproc;
import org.opencv.objdetect.CascadeClassifier;

/**
 * Face detection and crop with an OpenCV Haar cascade: the largest face found is kept, grown
 * by a margin on each side to a square and clamped to the picture; with no face, the centre
 * square is kept and the caller is told so.
 *
 * <p>Limitation: a Haar cascade finds frontal faces only; profile and strongly turned faces
 * fall back to the centre crop (and are reported).
 */
public final class FaceCropper {

    /** Detection scale step between pyramid levels. */
    static final double SCALE_FACTOR = 1.1;
    /** Overlapping detections needed to accept a face. */
    static final int MIN_NEIGHBOURS = 3;
    /** Smallest face side searched for, as a fraction of the picture's shorter side. */
    static final double MIN_FACE = 0.2;

    private final CascadeClassifier cascade;
    private final double margin;

    /** The result of one crop: the square picture, where it was taken, and whether a face was. */
    public record Crop(BufferedImage image, Rectangle region, boolean faceFound) {
    }

    /**
     * A cropper with a cascade file and a margin.
     *
     * @param cascadeFile a Haar cascade XML, such as opencv-data's
     *     {@code haarcascade_frontalface_default.xml}
     * @param margin the border added on each side, as a fraction of the face's size
     * @throws DataException when the cascade file is missing or not a cascade
     */
    public FaceCropper(Path cascadeFile, double margin) throws DataException {
        if (!Files.isRegularFile(cascadeFile)) {
            throw new DataException("Haar cascade not found: " + cascadeFile + "; install "
                    + "Debian's opencv-data package or give the cascade file with --cascade");
        }
        OpenCvImages.load();
        this.cascade = new CascadeClassifier(cascadeFile.toString());
        if (cascade.empty()) {
            throw new DataException("not a Haar cascade OpenCV can load: " + cascadeFile);
        }
        this.margin = margin;
    }

    /** The largest face in {@code img}, or {@code null} when none is found. */
    public synchronized Rectangle detect(BufferedImage img) {
        Mat grey = OpenCvImages.toGreyMat(img);
        Imgproc.equalizeHist(grey, grey);
        int min = (int) Math.max(20, MIN_FACE * Math.min(img.getWidth(), img.getHeight()));
        MatOfRect faces = new MatOfRect();
        cascade.detectMultiScale(grey, faces, SCALE_FACTOR, MIN_NEIGHBOURS, 0,
                new Size(min, min), new Size());
        Rectangle best = null;
        for (org.opencv.core.Rect r : faces.toArray()) {
            if (best == null || r.area() > best.getWidth() * best.getHeight()) {
                best = new Rectangle(r.x, r.y, r.width, r.height);
            }
        }
        return best;
    }

    /** Crops the largest face (or the centre, when none is found) to a square. */
    public Crop crop(BufferedImage img) {
        Rectangle face = detect(img);
        int w = img.getWidth();
        int h = img.getHeight();
        int side;
        double cx;
        double cy;
        if (face == null) {
            side = Math.min(w, h);
            cx = w / 2.0;
            cy = h / 2.0;
        } else {
            side = (int) Math.round(Math.max(face.width, face.height) * (1 + 2 * margin));
            side = Math.min(side, Math.min(w, h));
            cx = face.getCenterX();
            cy = face.getCenterY();
        }
        int x = clamp((int) Math.round(cx - side / 2.0), 0, w - side);
        int y = clamp((int) Math.round(cy - side / 2.0), 0, h - side);
        Rectangle region = new Rectangle(x, y, side, side);
        return new Crop(copy(img.getSubimage(x, y, side, side)), region, face != null);
    }

    /** Resizes a square picture to {@code size} pixels with bilinear interpolation. */
    static BufferedImage resize(BufferedImage img, int size) {
        if (size <= 0 || (img.getWidth() == size && img.getHeight() == size)) {
            return img;
        }
        int type = img.getType() == BufferedImage.TYPE_BYTE_GRAY ? BufferedImage.TYPE_BYTE_GRAY
                : BufferedImage.TYPE_INT_RGB;
        BufferedImage out = new BufferedImage(size, size, type);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION,
                RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(img, 0, 0, size, size, null);
        g.dispose();
        return out;
    }

    private static BufferedImage copy(BufferedImage sub) {
        int type = sub.getType() == BufferedImage.TYPE_BYTE_GRAY ? BufferedImage.TYPE_BYTE_GRAY
                : BufferedImage.TYPE_INT_RGB;
        BufferedImage out = new BufferedImage(sub.getWidth(), sub.getHeight(), type);
        Graphics2D g = out.createGraphics();
        g.drawImage(sub, 0, 0, null);
        g.dispose();
        return out;
    }

    private static int clamp(int v, int lo, int hi) {
        return Math.max(lo, Math.min(hi, v));
    }
}
