package org.cdgan.kernel.execution;

import java.util.List;

/**
 * Completion candidates for the text between {@code start} and {@code end} of a cell.
 *
 * @param matches the candidate replacements, best first
 * @param start the offset where the replaced text starts
 * @param end the offset where it ends (the cursor)
 */
public record Completion(List<String> matches, int start, int end) {
}
