package org.cdgan.kernel.magics;

/** A magic that could not run: bad arguments, a missing file, an unresolvable artifact. */
public final class MagicException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** @param message what was wrong and what to do */
    public MagicException(String message) {
        super(message);
    }
}
