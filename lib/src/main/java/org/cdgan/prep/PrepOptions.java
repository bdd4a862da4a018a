package org.cdgan.prep;

import java.nio.file.Path;

/**
 * How a data script prepares a data set; {@link #defaults()} holds every default.
 *
 * @param crop whether to detect and crop the face (for sets that are not cropped already)
 * @param cascade the Haar cascade file for face detection
 * @param margin extra border around a detected face, as a fraction of its size on each side
 * @param size side of the written images in pixels, or 0 to keep the crop's own size
 * @param frames how many last frames of each labelled CK+ sequence to keep
 * @param neutralFirstFrame whether to add the first frame of each labelled CK+ sequence as
 *     neutral
 * @param subjects how many subjects of an identity set such as CASIA-WebFace to keep (the
 *     first ones by folder name), or 0 for all
 * @param original whether to read RAF-DB's {@code Image/original/} (with face crop) rather
 *     than {@code Image/aligned/}
 * @param replace whether an existing output folder may be replaced
 */
public record PrepOptions(boolean crop, Path cascade, double margin, int size, int frames,
        boolean neutralFirstFrame, int subjects, boolean original, boolean replace) {

    /** Debian's opencv-data location of the default frontal face cascade. */
    public static final Path DEFAULT_CASCADE =
            Path.of("/usr/share/opencv4/haarcascades/haarcascade_frontalface_default.xml");

    public PrepOptions {
        if (!(margin >= 0 && margin <= 1)) {
            throw new IllegalArgumentException("margin = " + margin + ": use 0 to 1");
        }
        if (size < 0) {
            throw new IllegalArgumentException("size = " + size + ": use 0 (keep) or more");
        }
        if (frames < 1) {
            throw new IllegalArgumentException("frames = " + frames + ": keep at least 1");
        }
        if (subjects < 0) {
            throw new IllegalArgumentException("subjects = " + subjects + ": use 0 (all) or "
                    + "more");
        }
    }

    /**
     * Face crop on with the default cascade and a margin of 0.1, the crop's own size, the last
     * 3 frames of a CK+ sequence and no neutral first frame, the first 35 subjects of an
     * identity set (as the article used of CASIA-WebFace), RAF-DB's aligned images, no
     * replacing.
     */
    public static PrepOptions defaults() {
        return new PrepOptions(true, DEFAULT_CASCADE, 0.1, 0, 3, false, 35, false, false);
    }

    /** These options with the face crop on or off. */
    public PrepOptions withCrop(boolean crop) {
        return new PrepOptions(crop, cascade, margin, size, frames, neutralFirstFrame, subjects,
                original, replace);
    }

    /** These options with another cascade file. */
    public PrepOptions withCascade(Path cascade) {
        return new PrepOptions(crop, cascade, margin, size, frames, neutralFirstFrame, subjects,
                original, replace);
    }

    /** These options with another margin. */
    public PrepOptions withMargin(double margin) {
        return new PrepOptions(crop, cascade, margin, size, frames, neutralFirstFrame, subjects,
                original, replace);
    }

    /** These options with another output size (0 keeps the crop's size). */
    public PrepOptions withSize(int size) {
        return new PrepOptions(crop, cascade, margin, size, frames, neutralFirstFrame, subjects,
                original, replace);
    }

    /** These options with other CK+ frame choices. */
    public PrepOptions withFrames(int frames, boolean neutralFirstFrame) {
        return new PrepOptions(crop, cascade, margin, size, frames, neutralFirstFrame, subjects,
                original, replace);
    }

    /** These options keeping another number of subjects (0: all). */
    public PrepOptions withSubjects(int subjects) {
        return new PrepOptions(crop, cascade, margin, size, frames, neutralFirstFrame, subjects,
                original, replace);
    }

    /** These options reading RAF-DB's original images (with crop) or its aligned ones. */
    public PrepOptions withOriginal(boolean original) {
        return new PrepOptions(crop, cascade, margin, size, frames, neutralFirstFrame, subjects,
                original, replace);
    }

    /** These options allowing or refusing to replace an existing output folder. */
    public PrepOptions withReplace(boolean replace) {
        return new PrepOptions(crop, cascade, margin, size, frames, neutralFirstFrame, subjects,
                original, replace);
    }
}
