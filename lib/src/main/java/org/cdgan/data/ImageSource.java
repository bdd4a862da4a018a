package org.cdgan.data;

import java.awt.image.BufferedImage;
import java.io.IOException;

/**
 * Where the pixels of a {@link FaceRecord} come from: image files on disk for real data sets,
 * or pictures drawn in memory for the synthetic faces.
 */
@FunctionalInterface
public interface ImageSource {

    /**
     * Loads the image of one record.
     *
     * @throws DataException naming the file when it is missing, unreadable or not an image
     */
    BufferedImage load(FaceRecord record) throws IOException;
}
