package org.cdgan.prep;

/**
 * One problem met while preparing a data set: what kind, which file or entry, and what
 * happened to it. Every issue is counted and listed in the summary and the report file.
 *
 * @param kind the kind of problem
 * @param where the file, folder or label entry concerned
 * @param detail what was wrong and what was done about it
 */
public record PrepIssue(Kind kind, String where, String detail) {

    /** The kinds of bad input a data script reports. */
    public enum Kind {
        /** A sequence or image without its label file; it is left out. */
        MISSING_LABEL_FILE,
        /** A label that names an image that is not there; the label is left out. */
        MISSING_IMAGE,
        /** A label code or class name outside the set's code table; the entry is left out. */
        UNKNOWN_CODE,
        /** The same image or label given twice; the first is kept. */
        DUPLICATE,
        /** A file that is not a readable image, or a row whose pixels do not parse. */
        UNREADABLE_IMAGE,
        /** No face found: the image is kept with a centre crop. */
        NO_FACE
    }

    @Override
    public String toString() {
        return kind + "\t" + where + "\t" + detail;
    }
}
