package org.cdgan.prep;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.cdgan.data.DataException;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.imgcodecs.Imgcodecs;
import org.opencv.imgproc.Imgproc;

/**
 * Image files in and out of OpenCV: reading any format either Java or OpenCV knows (PNG, JPEG,
 * BMP, and PGM as ORL ships it), and converting to the grey matrices the face detector wants.
 */
final class OpenCvImages {

    private static boolean loaded;

    private OpenCvImages() {
    }

    /** Loads OpenCV's native library once (it ships inside the org.openpnp:opencv jar). */
    static synchronized void load() {
        if (!loaded) {
            nu.pattern.OpenCV.loadLocally();
            loaded = true;
        }
    }

    /**
     * Reads an image file.
     *
     * @throws DataException naming the file when it is missing or not an image
     */
    static BufferedImage read(Path file) throws DataException {
        if (!Files.isRegularFile(file)) {
            throw new DataException("image not found: " + file);
        }
        try {
            BufferedImage img = ImageIO.read(file.toFile());
            if (img != null) {
                return img;
            }
        } catch (IOException | RuntimeException e) {
            // Not a format Java reads (or a broken file): OpenCV gets its turn below.
        }
        load();
        Mat m = Imgcodecs.imread(file.toString(), Imgcodecs.IMREAD_UNCHANGED);
        if (m.empty()) {
            throw new DataException("not a readable image: " + file);
        }
        return toImage(m);
    }

    /** An 8-bit grey or BGR matrix as a grey or colour image. */
    static BufferedImage toImage(Mat m) {
        Mat src = m;
        if (m.depth() != CvType.CV_8U) {
            src = new Mat();
            m.convertTo(src, CvType.CV_8U);
        }
        if (src.channels() == 4) {
            Mat bgr = new Mat();
            Imgproc.cvtColor(src, bgr, Imgproc.COLOR_BGRA2BGR);
            src = bgr;
        }
        int type = src.channels() == 1 ? BufferedImage.TYPE_BYTE_GRAY
                : BufferedImage.TYPE_3BYTE_BGR;
        BufferedImage img = new BufferedImage(src.cols(), src.rows(), type);
        byte[] data = ((DataBufferByte) img.getRaster().getDataBuffer()).getData();
        src.get(0, 0, data);
        return img;
    }

    /** The luminance of an image as an 8-bit one-channel matrix. */
    static Mat toGreyMat(BufferedImage img) {
        BufferedImage grey = img;
        if (img.getType() != BufferedImage.TYPE_BYTE_GRAY) {
            grey = new BufferedImage(img.getWidth(), img.getHeight(),
                    BufferedImage.TYPE_BYTE_GRAY);
            grey.getGraphics().drawImage(img, 0, 0, null);
        }
        byte[] data = ((DataBufferByte) grey.getRaster().getDataBuffer()).getData();
        Mat m = new Mat(grey.getHeight(), grey.getWidth(), CvType.CV_8UC1);
        m.put(0, 0, data);
        return m;
    }
}
