package org.cdgan.kernel.execution;

/**
 * What a cell evaluated to: the value of its last snippet when that snippet is an expression
 * written without a closing semicolon, as in IPython; otherwise nothing.
 *
 * @param present whether the cell has a value to show
 * @param value the value, which may be null
 */
public record CellValue(boolean present, Object value) {

    /** A cell with nothing to show. */
    public static final CellValue NONE = new CellValue(false, null);

    /** A cell whose value is {@code value}. */
    public static CellValue of(Object value) {
        return new CellValue(true, value);
    }
}
