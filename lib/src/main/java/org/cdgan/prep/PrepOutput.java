package org.cdgan.prep;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.cdgan.data.DataException;
import org.cdgan.data.Expression;
import org.cdgan.data.FaceRecord;
import org.cdgan.data.FaceSet;
import org.cdgan.data.Identity;
import org.cdgan.data.Manifest;
import org.cdgan.data.Split;
import org.cdgan.data.StagedFolder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The output of one data script run: PNG images under {@code images/}, {@code manifest.csv}
 * and {@value PrepReport#FILE_NAME}, written in a temporary folder that becomes the output
 * folder only when {@link #finish()} completes.
 */
final class PrepOutput implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(PrepOutput.class);

    private final String name;
    private final PrepOptions options;
    private final StagedFolder folder;
    private final PrepReport report;
    private final FaceCropper cropper;
    private final List<FaceRecord> records = new ArrayList<>();

    /**
     * @param name the set's name (identity namespace), such as "ckplus"
     * @param out the output folder
     * @param crop whether this layout's images need a face crop (and the options allow it)
     */
    PrepOutput(String name, Path out, PrepOptions options, boolean crop) throws IOException {
        this.name = name;
        this.options = options;
        this.report = new PrepReport(name);
        this.cropper = crop && options.crop() ? new FaceCropper(options.cascade(),
                options.margin()) : null;
        this.folder = StagedFolder.create(out, options.replace());
    }

    PrepReport report() {
        return report;
    }

    /**
     * Reads, crops and writes one source image; a file that cannot be read is reported and
     * skipped.
     *
     * @param source the original image file
     * @param rel the output path under {@code images/}, without extension
     * @return whether the image was written
     */
    boolean add(Path source, String rel, Expression expression, String identity,
            String sequence, Split split) throws IOException {
        BufferedImage img;
        try {
            img = OpenCvImages.read(source);
        } catch (DataException e) {
            report.add(PrepIssue.Kind.UNREADABLE_IMAGE, source, e.getMessage() + "; left out");
            return false;
        }
        add(img, source.toString(), rel, expression, identity, sequence, split);
        return true;
    }

    /** Crops (if asked) and writes one picture, with {@code origin} naming it in reports. */
    void add(BufferedImage img, String origin, String rel, Expression expression,
            String identity, String sequence, Split split) throws IOException {
        BufferedImage out = img;
        if (cropper != null) {
            FaceCropper.Crop crop = cropper.crop(img);
            report.faceSearch(crop.faceFound());
            if (!crop.faceFound()) {
                report.add(PrepIssue.Kind.NO_FACE, origin, "no face found; kept the centre "
                        + crop.region().width + " px square");
                LOG.warn("no face found in {}: kept the centre square", origin);
            }
            out = crop.image();
        }
        out = FaceCropper.resize(out, options.size());
        Path file = folder.path().resolve("images").resolve(rel + ".png");
        Files.createDirectories(file.getParent());
        ImageIO.write(out, "png", file.toFile());
        records.add(new FaceRecord(file, expression, identity == null ? null
                : new Identity(name, identity), sequence, split));
    }

    /**
     * Writes the manifest and the report and moves the folder into place.
     *
     * @return the prepared set, as read back from its manifest, and the report
     * @throws DataException when no image at all could be prepared
     */
    PrepResult finish() throws IOException {
        if (records.isEmpty()) {
            throw new DataException("no image prepared for " + name + " into "
                    + folder.target() + ": " + report.counts() + "; check the input folder "
                    + "layout" + (report.issues().isEmpty() ? "" : ", first problem: "
                    + report.issues().get(0)));
        }
        FaceSet staged = new FaceSet(name, records);
        Path manifest = folder.path().resolve(Manifest.FILE_NAME);
        Manifest.write(manifest, staged);
        Path target = folder.target().resolve(Manifest.FILE_NAME);
        report.write(folder.path().resolve(PrepReport.FILE_NAME), staged, target);
        folder.commit();
        FaceSet written = Manifest.read(target, name);
        return new PrepResult(written, report, target);
    }

    @Override
    public void close() throws IOException {
        folder.close();
    }
}
